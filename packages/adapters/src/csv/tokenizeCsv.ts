import { CsvTokenizer, type CsvRow, type CsvTokenizerOptions } from "./CsvTokenizer.js";

/**
 * Tokenizes a whole CSV text at once; the same rows {@link CsvTokenizer} gives chunk by chunk.
 *
 * @example
 * ```ts
 * import { tokenizeCsv } from "@opptrapping/adapters/csv";
 * tokenizeCsv('a,b\r\n1,"x ""y"""\r\n').map((r) => r.fields); // [["a", "b"], ["1", 'x "y"']]
 * ```
 */
export function tokenizeCsv(text: string, options?: CsvTokenizerOptions): CsvRow[] {
  const tokenizer = new CsvTokenizer(options);
  const rows = tokenizer.push(text);
  for (const row of tokenizer.end()) rows.push(row);
  return rows;
}
