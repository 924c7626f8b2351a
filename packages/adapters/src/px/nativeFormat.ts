/**
 * The layout `toPx` writes and `pxNativeMapping` reads: STUB `indicator`, `period`,
 * `orgUnit` and one `dimension:<id>` per disaggregation (code `""` where an observation has
 * none), HEADING `measure` (`value`, `count`, `numerator`, `denominator`). Cells of
 * combinations with no observation hold six dots; flags beyond what a symbol says, notes and
 * sources ride in ATTRIBUTES under these ids.
 *
 * @example
 * ```ts
 * `${NATIVE.dimensionPrefix}service`; // the variable of the disaggregation "service"
 * ```
 */
export const NATIVE = {
  indicator: "indicator",
  period: "period",
  orgUnit: "orgUnit",
  measure: "measure",
  dimensionPrefix: "dimension:",
  measures: ["value", "count", "numerator", "denominator"],
  /** A missing value (`..`, SSB: data missing). */
  missing: "..",
  /** A suppressed value: four dots, presented as SSB's `:` through DATASYMBOL4 (the format has no confidentiality symbol). */
  suppressed: "....",
  /** A combination of codes with no observation at all. */
  noObservation: "......",
  attributes: {
    flags: "opptrapping:flags",
    note: "opptrapping:note",
    sourceDoc: "opptrapping:source-doc",
    sourceSection: "opptrapping:source-section",
    sourceNote: "opptrapping:source-note",
  },
} as const;

/**
 * The attribute ids in the order `toPx` writes them.
 *
 * @example
 * ```ts
 * NATIVE_ATTRIBUTE_IDS[0]; // "opptrapping:flags"
 * ```
 */
export const NATIVE_ATTRIBUTE_IDS = Object.values(NATIVE.attributes);

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, "0");
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Makes any text safe inside a PX string, which cannot hold `"` or a line break and, in
 * ISO-8859-1, nothing beyond U+00FF: `%`, `"`, control characters and lone surrogates become
 * `%XX`/`%uXXXX`, as do characters the code page lacks. Ids never change.
 *
 * @example
 * ```ts
 * escapePxText('50 % "ok"', "utf-8"); // "50 %25 %22ok%22"
 * ```
 */
export function escapePxText(text: string, codepage: "utf-8" | "iso-8859-1"): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x25 || c === 0x22 || c < 0x20 || c === 0x7f) out += `%${hex(c, 2)}`;
    else if (isHigh(c) && isLow(text.charCodeAt(i + 1)) && codepage === "utf-8") {
      out += text.slice(i, i + 2);
      i++;
    }
    else if (isHigh(c) || isLow(c) || (codepage === "iso-8859-1" && c > 0xff)) out += `%u${hex(c, 4)}`;
    else out += text[i];
  }
  return out;
}

/**
 * Undoes {@link escapePxText}.
 *
 * @example
 * ```ts
 * unescapePxText("50 %25 %22ok%22"); // '50 % "ok"'
 * ```
 */
export function unescapePxText(text: string): string {
  return text.replace(/%u([0-9A-F]{4})|%([0-9A-F]{2})/g, (_, u: string | undefined, b: string | undefined) => String.fromCharCode(parseInt(u ?? b ?? "", 16)));
}
