import { createMeasurement } from "../measurement.js";
import type { Indicator, Target, TargetKind } from "@opptrapping/core";
import type { AssessOptions, Measurement, Series, SeriesPoint } from "../assessment.js";

/** A small deterministic PRNG (mulberry32), so checks are reproducible from a seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOURCE = [{ doc: "SYNTHETIC", note: "synthetic fixture of the conformance kit" }] as const;

/** A synthetic indicator of the conformance kit. */
export function sampleIndicator(id = "X.ind", direction: "decrease" | "increase" = "decrease"): Indicator {
  return {
    id,
    title: { nb: "Syntetisk indikator", en: "Synthetic indicator" },
    unit: "days",
    aggregation: "mean",
    direction,
    disaggregations: [],
    sources: SOURCE,
  };
}

/** A synthetic target of each kind, on indicator `X.ind` (and `X.ref` as reference). */
export function sampleTarget(kind: TargetKind): Target {
  const base = { id: `X.${kind}`, indicatorId: "X.ind", deadline: { kind: "year", year: 2030 }, sources: SOURCE } as const;
  switch (kind) {
    case "threshold":
      return { ...base, kind, comparator: "<", value: 35 };
    case "relativeChange":
      return { ...base, kind, change: -0.25, baseline: "2023" };
    case "direction":
      return { ...base, kind, direction: "decrease", baseline: "2023" };
    case "coverage":
      return { ...base, kind, value: 100 };
    case "noDecline":
      return { ...base, kind, baseline: "2023" };
    case "capacity":
      return { ...base, kind, increase: 10, baseline: "2023" };
    case "gap":
      return { ...base, kind, referenceIndicatorId: "X.ref", baseline: "2023" };
    case "growthExceeds":
      return { ...base, kind, referenceIndicatorId: "X.ref", basis: "growthRate" };
  }
}

/** A synthetic yearly series from 2023 with `n` points drawn from `random`, in [lo, hi). */
export function sampleSeries(random: () => number, n: number, indicatorId = "X.ind", lo = -1e6, hi = 1e6): Series {
  const points: SeriesPoint[] = [];
  for (let i = 0; i < n; i++) {
    const year = 2023 + i;
    const value = lo + random() * (hi - lo);
    points.push({
      period: String(year),
      t: year + 0.5,
      value,
      observations: [{ indicatorId, period: String(year), orgUnit: "NO", dimensions: {}, value, provisional: false }],
    });
  }
  return { indicatorId, orgUnit: "NO", filter: {}, points };
}

/** Default options for the kit's runs. */
export const sampleOptions: AssessOptions = {
  asOf: "2033-12-31",
  forecastMethod: "linearLeastSquares",
  minPointsForTrend: 2,
  longRunHorizon: 2033,
  halfLifeYears: 2,
  baselinePolicy: { kind: "lastAtOrBefore", period: "2023" },
  defaultRelativeNoise: 0.01,
};

/** Measurements a status rule must handle: insufficient data, met, not met, with and without forecasts. */
export function sampleMeasurements(random: () => number, count: number): Measurement[] {
  const out: Measurement[] = [
    createMeasurement({ insufficient: { code: "no_observations", explanation: { nb: "Ingen data.", en: "No data." } } }),
  ];
  for (let i = 0; i < count; i++) {
    const value = random() * 100;
    const targetValue = random() * 100;
    const met = value < targetValue;
    const hasForecast = random() < 0.7;
    const slope = (random() - 0.5) * 10;
    const forecastValue = Math.max(0, value + slope * 5);
    const final = random() < 0.5;
    const passed = random() < 0.2;
    out.push(
      createMeasurement({
        value, valuePeriod: "2025", baseline: { value: 50, period: "2023", basis: "policy" }, targetValue, met,
        gap: met ? 0 : value - targetValue,
        progress: (50 - value) / (50 - targetValue || 1),
        trend: { slopePerYear: slope, improving: slope < 0, points: 3, method: "linearLeastSquares" },
        forecast: hasForecast
          ? { value: forecastValue, at: 2030, method: "linearLeastSquares", meets: forecastValue < targetValue, unclamped: value + slope * 5, clamped: forecastValue !== value + slope * 5 }
          : null,
        domain: { min: 0, max: null },
        finality: final ? { final: true, reason: null } : { final: false, reason: "provisional" },
        deadline: { passed, hasData: passed && random() < 0.5 },
        // A provisional or one-point measurement: the rule must not call it achieved.
        insufficient: random() < 0.2 ? { code: "too_few_points", explanation: { nb: "For få målinger.", en: "Too few points." } } : null,
      }),
    );
  }
  return out;
}
