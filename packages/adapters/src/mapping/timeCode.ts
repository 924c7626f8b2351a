import { formatPeriod, safeParsePeriod } from "@opptrapping/core";
import type { TimeUnit } from "./mappingSchema.js";

const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, january: 1,
  februar: 2, feb: 2, february: 2,
  mars: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nov: 11,
  desember: 12, des: 12, december: 12, dec: 12,
};
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** Codes read in a given unit: the year, then the part of it (any letters between are the producer's). */
const BY_UNIT: Record<Exclude<TimeUnit, "year" | "day">, { readonly pattern: RegExp; readonly max: number; readonly form: (y: string, n: number) => string }> = {
  half: { pattern: /^(\d{4})\s*[-_ ]?(?:H|S|HY)?\s*([12])$/i, max: 2, form: (y, n) => `${y}H${n}` },
  tertial: { pattern: /^(\d{4})\s*[-_ ]?(?:T|TE)?\s*([1-3])$/i, max: 3, form: (y, n) => `${y}T${n}` },
  quarter: { pattern: /^(\d{4})\s*[-_ ]?(?:Q|K|T|TR|KV)?\s*([1-4]|IV|I{1,3})$/i, max: 4, form: (y, n) => `${y}Q${n}` },
  month: { pattern: /^(\d{4})\s*[-_ ]?M?\s*(\d{2})$/i, max: 12, form: (y, n) => `${y}-${String(n).padStart(2, "0")}` },
  week: { pattern: /^(\d{4})\s*[-_ ]?[WU]?\s*(\d{2})$/i, max: 53, form: (y, n) => `${y}W${String(n).padStart(2, "0")}` },
};

/**
 * Turns a source's time code into a canonical period string, or `undefined` if it is not one:
 * SSB/PxWeb `2024M06` (month), `2024K2` (kvartal, quarter), `2024T2` (tertial), `2024H1`
 * (half-year), `2023U29` (uke, ISO week; also `2023W29`), plain `2024`, ISO `2024-06` and
 * `2024-06-15`, school years `2024/25`, a span of years `2024-2025` (the range `2024/2025`),
 * Norwegian or English month names (`juni 2025`, `June 2025`), and every canonical period form.
 *
 * With a `unit` (the mapping's `period.unit`, or a PX file's TIMEVAL) the code is read in that
 * unit: `2013T4` and `2005TIV` are quarters with `"quarter"`, `202406` is June 2024 with
 * `"month"`, `2023*` (a preliminary mark) the year 2023 with `"year"`. Without one, `T1`–`T3`
 * are tertials (the Norwegian convention) and `T4`/roman numerals are refused
 * ({@link timeCodeProblem} says how to resolve them).
 *
 * @example
 * ```ts
 * import { parseTimeCode } from "@opptrapping/adapters";
 * parseTimeCode("2024M06"); // "2024-06"
 * parseTimeCode("2024K2"); // "2024Q2"
 * parseTimeCode("2013T4", "quarter"); // "2013Q4"
 * parseTimeCode("2023U29"); // "2023W29"
 * ```
 */
export function parseTimeCode(code: string, unit?: TimeUnit): string | undefined {
  const s = code.trim();
  if (s.length > 40) return undefined;
  if (unit !== undefined) return inUnit(s, unit);
  let m = /^(\d{4})M(\d{2})$/.exec(s);
  if (m) return canonical(`${m[1]}-${m[2]}`);
  m = /^(\d{4})K([1-4])$/.exec(s);
  if (m) return canonical(`${m[1]}Q${m[2]}`);
  m = /^(\d{4})[UW](\d{2})$/.exec(s);
  if (m) return canonical(`${m[1]}W${m[2]}`);
  m = /^(\d{4})-(\d{4})$/.exec(s);
  if (m) return canonical(`${m[1]}/${m[2]}`);
  m = /^([A-Za-zæøåÆØÅ]+)\.?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    return month === undefined ? undefined : canonical(`${m[2]}-${String(month).padStart(2, "0")}`);
  }
  return canonical(s);
}

function inUnit(s: string, unit: TimeUnit): string | undefined {
  if (unit === "year") {
    // A trailing mark (`2023*`, `2023p`) flags a preliminary figure in some producers' labels.
    const m = /^(\d{4})\s*[*p]?$/i.exec(s);
    return m ? canonical(m[1]!) : undefined;
  }
  if (unit === "day") {
    const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(s);
    return m ? canonical(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
  }
  const rule = BY_UNIT[unit];
  const m = rule.pattern.exec(s);
  if (!m) {
    // Canonical forms of the same unit are fine too (`2024Q2` under quarter).
    const c = canonical(s);
    return c !== undefined && kindOf(c) === unit ? c : undefined;
  }
  const part = m[2]!.toUpperCase();
  const n = ROMAN[part] ?? Number(part);
  if (!(n >= 1 && n <= rule.max)) return undefined;
  return canonical(rule.form(m[1]!, n));
}

function kindOf(period: string): TimeUnit | undefined {
  const r = safeParsePeriod(period);
  if (!r.success) return undefined;
  const k = r.period.kind;
  return k === "range" || k === "schoolYear" ? undefined : k;
}

/**
 * Why a time code cannot be read without a unit, when the answer is known: `2013T4` and
 * `2005TI` use T for quarters (INE's trimestre), not tertials. `undefined` for other codes.
 *
 * @example
 * ```ts
 * import { timeCodeProblem } from "@opptrapping/adapters";
 * timeCodeProblem("2013T4"); // 'T4 cannot be a tertial (T1–T3): if T means quarter here (trimestre), give period: { from, unit: "quarter" }'
 * ```
 */
export function timeCodeProblem(code: string): string | undefined {
  const m = /^\d{4}\s*T\s*(4|IV|I{1,3})$/i.exec(code.trim());
  if (!m) return undefined;
  return `T${m[1]!.toUpperCase()} cannot be a tertial (T1–T3): if T means quarter here (trimestre), give period: { from, unit: "quarter" }`;
}

/** Whether a dimension's codes make `T` codes ambiguous: some read as tertials, some cannot. */
export function ambiguousTCodes(codes: readonly string[]): string | undefined {
  return codes.find((c) => timeCodeProblem(c) !== undefined);
}

function canonical(s: string): string | undefined {
  const r = safeParsePeriod(s);
  return r.success ? formatPeriod(r.period) : undefined;
}
