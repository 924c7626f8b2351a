/** A fitted line `value = intercept + slope · t`. */
export interface Line {
  readonly slope: number;
  readonly intercept: number;
}

/**
 * Weighted least squares fit of `value` on `t`. Returns `null` when the fit is undefined
 * (fewer than two distinct `t`, non-positive total weight) or not finite. With all weights 1
 * it is ordinary least squares.
 *
 * The sums are centred on the weighted means first, so large `t` (years like 2025) and large
 * values do not lose precision.
 *
 * @example
 * ```ts
 * import { fitLine } from "@opptrapping/indicators";
 * fitLine([2023, 2024, 2025], [40, 38, 36]); // { slope: -2, intercept: 4086 }
 * ```
 */
export function fitLine(t: readonly number[], value: readonly number[], weight?: readonly number[]): Line | null {
  const n = Math.min(t.length, value.length);
  if (n < 2) return null;
  let sw = 0;
  let st = 0;
  let sv = 0;
  for (let i = 0; i < n; i++) {
    const w = weight?.[i] ?? 1;
    sw += w;
    st += w * t[i]!;
    sv += w * value[i]!;
  }
  if (!(sw > 0)) return null;
  const mt = st / sw;
  const mv = sv / sw;
  let stt = 0;
  let stv = 0;
  for (let i = 0; i < n; i++) {
    const w = weight?.[i] ?? 1;
    const dt = t[i]! - mt;
    stt += w * dt * dt;
    stv += w * dt * (value[i]! - mv);
  }
  // Relative test: t values that differ by less than rounding are one point in time.
  if (!(stt > 1e-12 * Math.max(1, mt * mt) * sw)) return null;
  const slope = stv / stt;
  const intercept = mv - slope * mt;
  return Number.isFinite(slope) && Number.isFinite(intercept) ? { slope, intercept } : null;
}

/**
 * Exponential time weights: a point `halfLife` years older than the newest weighs half as much.
 *
 * @example
 * ```ts
 * import { timeWeights } from "@opptrapping/indicators";
 * timeWeights([2023, 2025], 2); // [0.5, 1]
 * ```
 */
export function timeWeights(t: readonly number[], halfLife: number): number[] {
  const newest = Math.max(...t);
  return t.map((x) => Math.pow(0.5, (newest - x) / halfLife));
}
