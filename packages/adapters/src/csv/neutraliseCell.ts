const TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * Guards a text cell against formula injection (OWASP's advice): a cell starting with `=`,
 * `+`, `-`, `@`, tab or CR gets a leading `'`, so a spreadsheet shows it as text instead of
 * running it. So that every cell reads back to its original text, a cell that already starts
 * with `'` followed by one of those characters or another `'` gets one too; `restoreCell`
 * undoes exactly this.
 *
 * @example
 * ```ts
 * import { neutraliseCell } from "@opptrapping/adapters/csv";
 * neutraliseCell("=HYPERLINK(\"http://x\")"); // "'=HYPERLINK(\"http://x\")"
 * neutraliseCell("Helse Vest"); // "Helse Vest"
 * ```
 */
export function neutraliseCell(text: string): string {
  const first = text.charAt(0);
  if (TRIGGERS.has(first)) return `'${text}`;
  if (first === "'" && text.length > 1) {
    const second = text.charAt(1);
    if (second === "'" || TRIGGERS.has(second)) return `'${text}`;
  }
  return text;
}

/**
 * Undoes {@link neutraliseCell}: drops one leading `'` when `=`, `+`, `-`, `@`, tab, CR or
 * another `'` follows it. `fromCsv` applies it to every cell, so neutralised exports (ours
 * and other tools' that follow OWASP) read back as the original text; a lone `'` or one
 * followed by anything else (`'abc`) is kept.
 *
 * @example
 * ```ts
 * import { restoreCell } from "@opptrapping/adapters/csv";
 * restoreCell("'-5"); // "-5"
 * restoreCell("'abc"); // "'abc"
 * ```
 */
export function restoreCell(text: string): string {
  if (text.charCodeAt(0) !== 39 || text.length < 2) return text;
  const second = text.charAt(1);
  return second === "'" || TRIGGERS.has(second) ? text.slice(1) : text;
}
