/** PX lines should stay within 256 characters; lists wrap after a comma before that. */
const WIDTH = 200;

/**
 * Writes one keyword entry with a list of quoted strings, wrapping long lists after a comma
 * as the format asks: `VALUES("år")="2023","2024";`. Items must already be PX-safe (no `"`).
 *
 * @example
 * ```ts
 * writeKeyword("VALUES", ["år"], ["2023", "2024"]); // 'VALUES("år")="2023","2024";'
 * ```
 */
export function writeKeyword(keyword: string, subkeys: readonly string[], items: readonly string[]): string {
  let out = `${keyword}${subkeys.length ? `(${subkeys.map((s) => `"${s}"`).join(",")})` : ""}=`;
  let line = out.length;
  items.forEach((item, i) => {
    const part = `"${item}"${i < items.length - 1 ? "," : ""}`;
    if (i > 0 && line + part.length > WIDTH) {
      out += "\n";
      line = 0;
    }
    out += part;
    line += part.length;
  });
  return `${out};`;
}
