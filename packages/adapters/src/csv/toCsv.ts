import { observationSchema, type Observation } from "@opptrapping/core";
import { AdapterError } from "../AdapterError.js";
import { formatCsvNumber } from "./formatCsvNumber.js";
import { neutraliseCell } from "./neutraliseCell.js";
import { quoteCsvCell } from "./quoteCsvCell.js";

/**
 * Options of {@link toCsv}.
 *
 * @example
 * ```ts
 * import { toCsv, type ToCsvOptions } from "@opptrapping/adapters/csv";
 * const forNorwegianExcel: ToCsvOptions = { delimiter: ";", locale: "nb" };
 * toCsv(observations, forNorwegianExcel);
 * ```
 */
export interface ToCsvOptions {
  /** `","` (RFC 4180) or `";"` (what Norwegian spreadsheets expect). @default "," */
  readonly delimiter?: "," | ";";
  /** Decimal point (`"en"`) or comma (`"nb"`) in number cells. @default "en" */
  readonly locale?: "en" | "nb";
}

/**
 * The prefix of dimension columns: `dimensions.service`, as the observation's JSON path.
 *
 * @example
 * ```ts
 * import { DIMENSION_PREFIX } from "@opptrapping/adapters/csv";
 * `${DIMENSION_PREFIX}service`; // "dimensions.service"
 * ```
 */
export const DIMENSION_PREFIX = "dimensions.";

const NUMBER_COLUMNS = ["value", "count", "numerator", "denominator"] as const;
/** The value cell of a suppressed observation: SSB's symbol for "not shown for confidentiality". */
const SUPPRESSED = ":";
const LEADING = ["indicatorId", "period", "orgUnit"] as const;
const TRAILING = ["flags", "note", "source.doc", "source.section", "source.note"] as const;

/**
 * Writes observations as CSV that `fromCsv(text, csvNativeMapping)` reads back exactly.
 *
 * - Columns, each named by the observation field it holds: `indicatorId`, `period`,
 *   `orgUnit`, one `dimensions.<key>` per dimension key in any observation (sorted; empty
 *   where an observation lacks it), `value`, `count`, `numerator`, `denominator`, `flags`,
 *   `note`, `source.doc`, `source.section`, `source.note`.
 * - Numbers by `formatCsvNumber`: shortest exact decimal, no exponent, no thousands separator,
 *   `-` for negatives, decimal comma with `locale: "nb"`; a missing (`null`) value is empty.
 * - Flags sorted and joined by a space, which can clash with neither delimiter nor quoting.
 * - Rows in canonical order: by indicatorId, period, orgUnit, the dimension columns, then the
 *   remaining cells in column order, comparing the cells' text by UTF-16 code units (not by
 *   locale), so the same observations always give the same text, whatever their order.
 * - RFC 4180: CRLF after every line (the last too); a cell is quoted when it holds the
 *   delimiter, a quote, CR or LF, or starts or ends with a space or tab; quotes are doubled.
 * - Formula injection: every cell except those of the four number columns goes through
 *   `neutraliseCell` (a leading `'` before `=`, `+`, `-`, `@`, tab or CR); number cells hold
 *   only numbers, so `-3.5` stays a number. `fromCsv` strips the `'` again (`restoreCell`).
 *
 * @throws {AdapterError} `invalid_observation` (with its index) for an observation that is not valid.
 * @example
 * ```ts
 * import { toCsv } from "@opptrapping/adapters/csv";
 * toCsv([{ indicatorId: "R5.wait", period: "2024T2", orgUnit: "rhf-vest", dimensions: { service: "PHBU" }, value: 41.5, flags: [] }]);
 * // "indicatorId,period,orgUnit,dimensions.service,value,count,numerator,denominator,flags,note,source.doc,source.section,source.note\r\n"
 * // + "R5.wait,2024T2,rhf-vest,PHBU,41.5,,,,,,,,\r\n"
 * ```
 */
export function toCsv(observations: readonly Observation[], options: ToCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ",";
  const locale = options.locale ?? "en";
  if (delimiter !== "," && delimiter !== ";") throw new AdapterError("invalid_option", `the delimiter must be "," or ";", got ${JSON.stringify(delimiter)}`);
  if (locale !== "en" && locale !== "nb") throw new AdapterError("invalid_option", `the locale must be "en" or "nb", got ${JSON.stringify(locale)}`);
  const keys = new Set<string>();
  observations.forEach((o, i) => {
    const r = observationSchema.safeParse(o);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new AdapterError("invalid_observation", `observation ${i} is not valid: ${issue.path.join(".")}: ${issue.message}`, { path: ["observations", i, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))] });
    }
    for (const key of Object.keys(o.dimensions)) keys.add(key);
  });
  const dimensionKeys = [...keys].sort();
  const number = (n: number | null | undefined) => (n === null || n === undefined ? "" : formatCsvNumber(n, locale));
  const text = (s: string | undefined) => (s === undefined ? "" : neutraliseCell(s));
  const rows = observations.map((o) => [
    text(o.indicatorId),
    text(o.period),
    text(o.orgUnit),
    ...dimensionKeys.map((k) => text(Object.hasOwn(o.dimensions, k) ? o.dimensions[k] : undefined)),
    // A suppressed value is SSB's ":" (not shown for confidentiality), which fromCsv reads back as suppressed.
    o.value === null && o.flags.includes("suppressed") ? SUPPRESSED : number(o.value),
    ...NUMBER_COLUMNS.slice(1).map((k) => number(o[k as Exclude<(typeof NUMBER_COLUMNS)[number], "value">])),
    [...new Set(o.flags)].sort().join(" "),
    text(o.note),
    text(o.source?.doc),
    text(o.source?.section),
    text(o.source?.note),
  ]);
  rows.sort(compareRows);
  const header = [...LEADING, ...dimensionKeys.map((k) => text(DIMENSION_PREFIX + k)), ...NUMBER_COLUMNS, ...TRAILING];
  let out = `${header.map((c) => quoteCsvCell(c, delimiter)).join(delimiter)}\r\n`;
  for (const row of rows) out += `${row.map((c) => quoteCsvCell(c, delimiter)).join(delimiter)}\r\n`;
  return out;
}

function compareRows(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
