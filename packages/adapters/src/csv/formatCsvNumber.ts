/**
 * Writes a number for a CSV cell so that `parseNumber` reads back exactly the same number in
 * `"auto"` style: the shortest decimal that round-trips (as `String(n)`), never in exponent
 * form, without thousands separators, with `-` for negatives (`-0` stays `-0`) and a decimal
 * point (`en`) or comma (`nb`). A number that would look like a thousands group (`1.234`,
 * `-12,345`) gets a trailing zero (`1.2340`), which no style reads as thousands.
 *
 * @example
 * ```ts
 * import { formatCsvNumber } from "@opptrapping/adapters/csv";
 * formatCsvNumber(1234.5, "nb"); // "1234,5"
 * formatCsvNumber(1.234, "en"); // "1.2340"
 * formatCsvNumber(1e21, "en"); // "1000000000000000000000"
 * ```
 */
export function formatCsvNumber(value: number, locale: "en" | "nb"): string {
  const negative = value < 0 || Object.is(value, -0);
  let digits = plainDecimal(Math.abs(value));
  if (/^[1-9]\d{0,2}\.\d{3}$/.test(digits)) digits += "0";
  if (locale === "nb") digits = digits.replace(".", ",");
  return negative ? `-${digits}` : digits;
}

/** `String(n)` for a finite n ≥ 0, with any exponent written out. */
function plainDecimal(n: number): string {
  const s = String(n);
  const e = s.indexOf("e");
  if (e === -1) return s;
  const mantissa = s.slice(0, e);
  const exponent = Number(s.slice(e + 1));
  const point = mantissa.indexOf(".");
  const digits = mantissa.replace(".", "");
  const at = (point === -1 ? mantissa.length : point) + exponent;
  if (at <= 0) return `0.${"0".repeat(-at)}${digits}`;
  if (at >= digits.length) return digits + "0".repeat(at - digits.length);
  return `${digits.slice(0, at)}.${digits.slice(at)}`;
}
