/**
 * Quotes a cell as RFC 4180 asks, when it must be: it holds the delimiter, a quote, CR or LF
 * — or starts or ends with a space or tab, which some readers would trim. Quotes inside are
 * doubled.
 *
 * @example
 * ```ts
 * import { quoteCsvCell } from "@opptrapping/adapters/csv";
 * quoteCsvCell('14" skjerm; ny', ";"); // '"14"" skjerm; ny"'
 * quoteCsvCell("Tromsø", ";"); // "Tromsø"
 * ```
 */
export function quoteCsvCell(text: string, delimiter: string): string {
  if (text === "") return text;
  const edge = (c: string) => c === " " || c === "\t";
  const needs =
    text.includes(delimiter) || text.includes('"') || text.includes("\n") || text.includes("\r") || edge(text.charAt(0)) || edge(text.charAt(text.length - 1));
  return needs ? `"${text.replaceAll('"', '""')}"` : text;
}
