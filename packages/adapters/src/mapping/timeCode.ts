import { formatPeriod, safeParsePeriod } from "@opptrapping/core";

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

/**
 * Turns a source's time code into a canonical period string, or `undefined` if it is not one:
 * SSB/PxWeb `2024M06` (month), `2024K2` (kvartal, quarter), `2024T2` (tertial), `2024H1`
 * (half-year), plain `2024`, ISO `2024-06` and `2024-06-15`, school years `2024/25`, a span
 * of years `2024-2025` (the range `2024/2025`), Norwegian or English month names (`juni 2025`,
 * `June 2025`), and every canonical period form.
 *
 * @example
 * ```ts
 * import { parseTimeCode } from "@opptrapping/adapters";
 * parseTimeCode("2024M06"); // "2024-06"
 * parseTimeCode("2024K2"); // "2024Q2"
 * parseTimeCode("juni 2025"); // "2025-06"
 * ```
 */
export function parseTimeCode(code: string): string | undefined {
  const s = code.trim();
  let m = /^(\d{4})M(\d{2})$/.exec(s);
  if (m) return canonical(`${m[1]}-${m[2]}`);
  m = /^(\d{4})K([1-4])$/.exec(s);
  if (m) return canonical(`${m[1]}Q${m[2]}`);
  m = /^(\d{4})-(\d{4})$/.exec(s);
  if (m) return canonical(`${m[1]}/${m[2]}`);
  m = /^([A-Za-zæøåÆØÅ]+)\.?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    return month === undefined ? undefined : canonical(`${m[2]}-${String(month).padStart(2, "0")}`);
  }
  return canonical(s);
}

function canonical(s: string): string | undefined {
  const r = safeParsePeriod(s);
  return r.success ? formatPeriod(r.period) : undefined;
}
