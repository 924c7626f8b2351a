/**
 * Σ xs with Neumaier's compensated summation, so a long run of monthly values adds up to the
 * same total however it is split. Returns a non-finite number only when the sum overflows.
 *
 * @example
 * ```ts
 * sum([0.1, 0.2, 0.3]); // 0.6 (a plain loop gives 0.6000000000000001)
 * ```
 */
export function sum(xs: readonly number[]): number {
  let total = 0;
  let compensation = 0;
  for (const x of xs) {
    const next = total + x;
    compensation += Math.abs(total) >= Math.abs(x) ? total - next + x : x - next + total;
    total = next;
  }
  return Number.isFinite(total) ? total + compensation : total;
}

/**
 * Σ(values·weights) / Σweights, or `null` when the weights sum to zero. When the plain formula
 * overflows although the mean itself is representable, values and weights are rescaled by
 * powers of two (exact in binary floating point) and the mean is computed again.
 *
 * @example
 * ```ts
 * weightedMean([30, 40], [100, 300]); // 37.5
 * ```
 */
export function weightedMean(values: readonly number[], weights: readonly number[]): number | null {
  const total = sum(weights);
  if (total === 0) return null;
  const plain = sum(values.map((v, i) => v * (weights[i] ?? 0))) / total;
  if (Number.isFinite(plain) && Number.isFinite(total)) return plain;
  const vScale = powerOfTwoBelow(Math.max(...values.map(Math.abs)));
  const wScale = powerOfTwoBelow(Math.max(...weights));
  const w = weights.map((x) => x / wScale);
  return (sum(values.map((v, i) => (v / vScale) * (w[i] ?? 0))) / sum(w)) * vScale;
}

/** 2^⌊log2 x⌋ for x > 0 (1 for 0), a divisor that keeps every digit of x. */
function powerOfTwoBelow(x: number): number {
  if (!(x > 0)) return 1;
  return 2 ** Math.max(-1074, Math.min(1023, Math.floor(Math.log2(x))));
}
