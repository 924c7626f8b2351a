/**
 * Writes a number as PX wants it — digits, one `.` and a leading `-`, never an exponent —
 * with every digit JavaScript needs to read the same number back (`1e21` →
 * `1000000000000000000000`, `1.5e-7` → `0.00000015`, `-0` → `-0`).
 *
 * @example
 * ```ts
 * formatPxNumber(1.5e-7); // "0.00000015"
 * ```
 */
export function formatPxNumber(n: number): string {
  if (Object.is(n, -0)) return "-0";
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign = "", lead = "", fraction = "", exponent = "0"] = m;
  const digits = lead + fraction;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
