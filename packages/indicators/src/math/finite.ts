/** A number if finite, otherwise `null`: results never carry NaN or Infinity (nor −0, which reads as 0 but compares apart). */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? (x === 0 ? 0 : x) : null;
}

/** `a / b`, or `null` when `b` is zero or the quotient is not finite. */
export function ratio(a: number, b: number): number | null {
  if (b === 0) return null;
  return finiteOrNull(a / b);
}
