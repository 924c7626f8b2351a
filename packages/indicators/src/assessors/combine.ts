import type { SeriesPoint } from "@opptrapping/sdk";

/** Pairs two series by period and combines each pair's values; periods in only one are skipped. */
export function combineByPeriod(
  a: readonly SeriesPoint[],
  b: readonly SeriesPoint[],
  combine: (x: number, y: number) => number,
): SeriesPoint[] {
  const other = new Map(b.map((p) => [p.period, p]));
  const out: SeriesPoint[] = [];
  for (const p of a) {
    const q = other.get(p.period);
    if (!q) continue;
    const value = combine(p.value, q.value);
    if (Number.isFinite(value)) out.push({ period: p.period, t: p.t, value, observations: [...p.observations, ...q.observations] });
  }
  return out;
}

/**
 * Growth in percent between consecutive points: (vᵢ / vᵢ₋₁ − 1) · 100, at the later point.
 * A step from zero has no growth and yields no point.
 */
export function growthSeries(points: readonly SeriesPoint[]): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1]!;
    const cur = points[i]!;
    if (prev.value === 0) continue;
    const value = (cur.value / prev.value - 1) * 100;
    if (Number.isFinite(value)) out.push({ period: cur.period, t: cur.t, value, observations: [...prev.observations, ...cur.observations] });
  }
  return out;
}
