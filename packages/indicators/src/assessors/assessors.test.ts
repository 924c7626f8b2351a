import { parsePeriod, periodMidpoint, type Indicator, type Target, type TargetKind, type TargetOfKind } from "@opptrapping/core";
import type { AssessOptions, AssessorInput, Measurement, Series, SeriesPoint, TargetAssessor } from "@opptrapping/sdk";
import { describe, expect, it } from "vitest";
import {
  assessorsPlugin,
  capacityAssessor,
  coverageAssessor,
  directionAssessor,
  gapAssessor,
  growthExceedsAssessor,
  noDeclineAssessor,
  relativeChangeAssessor,
  thresholdAssessor,
} from "./index.js";

// Synthetic fixtures: series are built by hand, points at their period's midpoint (2025 → 2025.5).

const SOURCES = [{ doc: "synthetic" }] as const;

function indicator(id = "ind"): Indicator {
  return { id, title: { nb: "Syntetisk" }, unit: "days", aggregation: "mean", direction: "decrease", disaggregations: [], sources: SOURCES };
}

function point(period: string, value: number, indicatorId = "ind"): SeriesPoint {
  return {
    period,
    t: periodMidpoint(parsePeriod(period)),
    value,
    observations: [{ indicatorId, period, orgUnit: "NO", dimensions: {}, value, provisional: false }],
  };
}

function series(values: Record<string, number> | readonly (readonly [string, number])[], indicatorId = "ind"): Series {
  const entries = Array.isArray(values) ? values : Object.entries(values);
  return { indicatorId, orgUnit: "NO", filter: {}, points: entries.map(([p, v]) => point(p, v, indicatorId)) };
}

const OPTIONS: AssessOptions = {
  asOf: "2026-01-31",
  forecastMethod: "linearLeastSquares",
  minPointsForTrend: 2,
  longRunHorizon: 2033,
  halfLifeYears: 2,
  baselinePolicy: { kind: "lastAtOrBefore", period: "2023" },
  defaultRelativeNoise: 0.01,
};

type TargetSpec<K extends TargetKind> = Omit<TargetOfKind<K>, "id" | "indicatorId" | "sources" | "deadline" | "kind"> &
  Partial<Pick<Target, "deadline">>;

function target<K extends TargetKind>(kind: K, spec: TargetSpec<K>): TargetOfKind<K> {
  return { id: `T.${kind}`, indicatorId: "ind", kind, deadline: { kind: "longRun" }, sources: SOURCES, ...spec } as unknown as TargetOfKind<K>;
}

function run<K extends TargetKind>(
  assessor: TargetAssessor<K>,
  t: TargetOfKind<K>,
  s: Series,
  extra: { reference?: Series; options?: Partial<AssessOptions>; indicator?: Partial<Indicator> } = {},
): Measurement {
  const input: AssessorInput<TargetOfKind<K>> = {
    target: t,
    indicator: { ...indicator(), ...extra.indicator },
    series: s,
    ...(extra.reference ? { reference: { indicator: indicator("ref"), series: extra.reference } } : {}),
    options: { ...OPTIONS, ...extra.options },
  };
  return assessor.assess(input);
}

function expectInsufficient(m: Measurement, code: NonNullable<Measurement["insufficient"]>["code"]) {
  expect(m.insufficient?.code).toBe(code);
  expect(m.insufficient?.explanation.nb).toBeTruthy();
  expect(m.insufficient?.explanation.en).toBeTruthy();
  // Without evidence of progress there is no progress, pace, trend or forecast.
  expect([m.progress, m.pace, m.trend, m.forecast]).toEqual(Array(4).fill(null));
}

describe("the assessors plugin", () => {
  it("has one assessor for each of the eight target kinds", () => {
    expect(assessorsPlugin.name).toBe("opptrapping:assessors");
    expect(assessorsPlugin.assessors.map((a) => a.kind).sort()).toEqual(
      ["capacity", "coverage", "direction", "gap", "growthExceeds", "noDecline", "relativeChange", "threshold"],
    );
  });
});

describe("threshold", () => {
  const below35 = target("threshold", { comparator: "<", value: 35 });
  const falling = series({ "2023": 44, "2024": 41, "2025": 38 });

  it("measures 44, 41, 38 days against < 35 (long run)", () => {
    const m = run(thresholdAssessor, below35, falling);
    expect(m).toMatchObject({
      value: 38,
      valuePeriod: "2025",
      baseline: { value: 44, period: "2023" }, // the earliest point
      targetValue: 35,
      met: false,
      gap: 3, // 38 − 35: three days still to go
      insufficient: null,
    });
    // (38 − 44) / (35 − 44) = −6 / −9 = ⅔ of the way from the baseline.
    expect(m.progress).toBeCloseTo(2 / 3, 15);
    expect(m.trend).toEqual({ slopePerYear: -3, improving: true, points: 3, method: "linearLeastSquares" });
    // Long run → end of 2033, t = 2034: 41 − 3·(2034 − 2024.5) = 41 − 28.5 = 12.5 < 35.
    expect(m.forecast).toEqual({ value: 12.5, at: 2034, method: "linearLeastSquares", meets: true, unclamped: 12.5, clamped: false });
    expect(m.used.map((p) => p.period)).toEqual(["2023", "2024", "2025"]);
  });

  it("forecasts at the end of the deadline year: deadline 2025 → t = 2026, 41 − 3·1.5 = 36.5, not < 35", () => {
    const m = run(thresholdAssessor, { ...below35, deadline: { kind: "year", year: 2025 } }, falling);
    expect(m.forecast).toEqual({ value: 36.5, at: 2026, method: "linearLeastSquares", meets: false, unclamped: 36.5, clamped: false });
  });

  it("forecasts long-run targets at the end of longRunHorizon: 2030 → t = 2031, 41 − 3·6.5 = 21.5", () => {
    const m = run(thresholdAssessor, below35, falling, { options: { longRunHorizon: 2030 } });
    expect(m.forecast?.at).toBe(2031);
    expect(m.forecast?.value).toBe(21.5);
  });

  describe("forecast methods on 40, 40, 37 (2023–2025), deadline 2030 (t = 2031), target < 28", () => {
    const flatThenDown = series({ "2023": 40, "2024": 40, "2025": 37 });
    const below28 = target("threshold", { comparator: "<", value: 28, deadline: { kind: "year", year: 2030 } });

    it("linearLeastSquares: slope −1.5 through (2024.5, 39) → 39 − 1.5·6.5 = 29.25, not < 28", () => {
      const m = run(thresholdAssessor, below28, flatThenDown);
      expect(m.forecast).toEqual({ value: 29.25, at: 2031, method: "linearLeastSquares", meets: false, unclamped: 29.25, clamped: false });
    });

    it("timeWeightedLeastSquares with half-life 1: weights ¼, ½, 1 give 352/13 ≈ 27.08, < 28", () => {
      // With x = t − 2025.5: x̄ = −4/7, v̄ = 268/7, slope = (−12/7)/(13/14) = −24/13;
      // at x = 5.5: 268/7 + (−24/13)(5.5 + 4/7) = 352/13.
      const m = run(thresholdAssessor, below28, flatThenDown, { options: { forecastMethod: "timeWeightedLeastSquares", halfLifeYears: 1 } });
      expect(m.forecast?.method).toBe("timeWeightedLeastSquares");
      expect(m.forecast?.value).toBeCloseTo(352 / 13, 10);
      expect(m.forecast?.meets).toBe(true);
      // One fit serves both: the trend is the time-weighted slope too, so the two never disagree.
      expect(m.trend?.slopePerYear).toBeCloseTo(-24 / 13, 12);
      expect(m.trend?.method).toBe("timeWeightedLeastSquares");
    });

    it("lastValue carries 37 forward", () => {
      const m = run(thresholdAssessor, below28, flatThenDown, { options: { forecastMethod: "lastValue" } });
      expect(m.forecast).toEqual({ value: 37, at: 2031, method: "lastValue", meets: false, unclamped: 37, clamped: false });
    });
  });

  it("has no trend and no forecast below minPointsForTrend points", () => {
    const m = run(thresholdAssessor, below35, falling, { options: { minPointsForTrend: 4 } });
    expect(m.trend).toBeNull();
    expect(m.forecast).toBeNull();
    expect(m.value).toBe(38);
  });

  it("with a single point after the plan start has no baseline (policy: last value at or before 2023) — value, met and gap, but no progress", () => {
    const m = run(thresholdAssessor, below35, series({ "2025-06/2025-12": 37.5 }));
    expect(m).toMatchObject({ value: 37.5, valuePeriod: "2025-06/2025-12", targetValue: 35, met: false, gap: 2.5, baseline: null });
    expectInsufficient(m, "no_baseline");
  });

  it("with only the baseline point says too_few_points: no trajectory, no verdict on progress", () => {
    const m = run(thresholdAssessor, below35, series({ "2023": 37.5 }));
    expect(m.baseline).toEqual({ value: 37.5, period: "2023", basis: "policy" });
    expectInsufficient(m, "too_few_points");
  });

  it("meets < 35 with 34.9 but not with 35; meets <= 35 with 35", () => {
    expect(run(thresholdAssessor, below35, series({ "2025": 34.9 })).met).toBe(true);
    expect(run(thresholdAssessor, below35, series({ "2025": 35 })).met).toBe(false);
    expect(run(thresholdAssessor, target("threshold", { comparator: "<=", value: 35 }), series({ "2025": 35 })).met).toBe(true);
  });

  it("measures increasing thresholds the other way: >= 90 with 80 → gap 90 − 80 = 10; > 90 with 90 not met", () => {
    const m = run(thresholdAssessor, target("threshold", { comparator: ">=", value: 90, baseline: "2024" }), series({ "2024": 70, "2025": 80 }));
    expect(m).toMatchObject({ met: false, gap: 10, progress: 0.5 }); // (80 − 70) / (90 − 70)
    expect(m.trend).toEqual({ slopePerYear: 10, improving: true, points: 2, method: "linearLeastSquares" });
    expect(run(thresholdAssessor, target("threshold", { comparator: ">", value: 90 }), series({ "2025": 90 })).met).toBe(false);
  });

  it("gives a negative gap once met: < 35 with 30 → 30 − 35 = −5", () => {
    expect(run(thresholdAssessor, below35, series({ "2025": 30 })).gap).toBe(-5);
  });

  it("has no progress when the baseline is the target value (x = b)", () => {
    expect(run(thresholdAssessor, { ...below35, baseline: "2024" }, series({ "2024": 35, "2025": 36 })).progress).toBeNull();
  });

  it("gives negative progress when the series moves the wrong way from a baseline that already met the target: 30 → 34 against < 35", () => {
    const m = run(thresholdAssessor, below35, series({ "2023": 30, "2025": 34 }));
    // −(34 − 30) / |35 − 30| = −0.8: the margin shrank by 80 %, never "+0.8 of the way".
    expect(m.progress).toBeCloseTo(-0.8, 12);
    expect(m.pace).toBeNull(); // nothing to cover: the baseline already met the target
  });

  it("says no_observations for an empty series", () => {
    expectInsufficient(run(thresholdAssessor, below35, series({})), "no_observations");
  });
});

describe("relativeChange", () => {
  const minus25 = target("relativeChange", { change: -0.25, baseline: "2023", deadline: { kind: "year", year: 2030 } });
  const s = series({ "2022": 90, "2023": 80, "2024": 70, "2025": 66 });

  it("measures −25 % from the 2023 baseline of 80: target 60, 66 is 70 % of the way", () => {
    const m = run(relativeChangeAssessor, minus25, s);
    expect(m).toMatchObject({
      value: 66,
      valuePeriod: "2025",
      baseline: { value: 80, period: "2023" },
      targetValue: 60, // 80 · (1 − 0.25)
      met: false,
      gap: 6, // 66 − 60
      progress: 0.7, // (66 − 80) / (60 − 80) = −14 / −20
    });
    // Only points from the baseline on: 80, 70, 66 → mean 72, slope ((−1)(8) + (1)(−6)) / 2 = −7.
    expect(m.used.map((p) => p.period)).toEqual(["2023", "2024", "2025"]);
    expect(m.trend).toEqual({ slopePerYear: -7, improving: true, points: 3, method: "linearLeastSquares" });
    // Deadline 2030 → t = 2031: 72 − 7·(2031 − 2024.5) = 72 − 45.5 = 26.5 ≤ 60.
    expect(m.forecast).toEqual({ value: 26.5, at: 2031, method: "linearLeastSquares", meets: true, unclamped: 26.5, clamped: false });
  });

  it("takes the plan's policy baseline when the target names none (the last value at or before 2023: 80), however much history is loaded", () => {
    const m = run(relativeChangeAssessor, target("relativeChange", { change: -0.25 }), s);
    expect(m.baseline).toEqual({ value: 80, period: "2023", basis: "policy" });
    expect(m.targetValue).toBe(60);
    const withHistory = run(relativeChangeAssessor, target("relativeChange", { change: -0.25 }), series({ "2015": 120, "2019": 100, ...Object.fromEntries(s.points.map((p) => [p.period, p.value])) }));
    expect(withHistory.baseline).toEqual(m.baseline);
    expect(withHistory.targetValue).toBe(60);
    expect(withHistory.trend).toEqual(m.trend);
  });

  it("uses a stated baseline value over the data: baselineValue 100 → target 75", () => {
    const m = run(relativeChangeAssessor, target("relativeChange", { change: -0.25, baseline: "2023", baselineValue: 100 }), s);
    expect(m.baseline).toEqual({ value: 100, period: "2023", basis: "stated" });
    expect(m.targetValue).toBe(75);
  });

  it("meets a decrease at exactly the target value (v ≤ x)", () => {
    expect(run(relativeChangeAssessor, minus25, series({ "2023": 80, "2025": 60 })).met).toBe(true);
  });

  it("measures an increase of 50 % from 100: target 150; 120 is 40 % of the way and 30 short", () => {
    const m = run(relativeChangeAssessor, target("relativeChange", { change: 0.5, baseline: "2023" }), series({ "2023": 100, "2025": 120 }));
    expect(m).toMatchObject({ targetValue: 150, met: false, gap: 30, progress: 0.4 });
    expect(run(relativeChangeAssessor, target("relativeChange", { change: 0.5, baseline: "2023" }), series({ "2023": 100, "2025": 150 })).met).toBe(true);
  });

  it("says no_baseline when the baseline period has no point", () => {
    expectInsufficient(run(relativeChangeAssessor, { ...minus25, baseline: "2019" }, s), "no_baseline");
  });

  it("says no_observations for an empty series", () => {
    expectInsufficient(run(relativeChangeAssessor, minus25, series({})), "no_observations");
  });
});

describe("direction", () => {
  const lower = target("direction", { direction: "decrease", baseline: "2023" });

  it("measures 10, 9, 9.5 as lower than the 2023 baseline of 10", () => {
    const m = run(directionAssessor, lower, series({ "2023": 10, "2024": 9, "2025": 9.5 }));
    expect(m).toMatchObject({
      value: 9.5,
      baseline: { value: 10, period: "2023", basis: "statedPeriod" },
      targetValue: null, // no stated size
      met: true, // 9.5 − 10 = −0.5, clear of the default noise 1 % × 10 = 0.1
      gap: null,
      progress: null,
      change: { value: -0.5, preferred: 0.5, clear: true, threshold: 0.1, basis: "defaultRelative" },
    });
    // Mean 9.5, deviations (0.5, −0.5, 0) → slope ((−1)(0.5) + (1)(0)) / 2 = −0.25.
    expect(m.trend).toEqual({ slopePerYear: -0.25, improving: true, points: 3, method: "linearLeastSquares" });
    // Long run, t = 2034: 9.5 − 0.25·9.5 = 7.125 < 10.
    expect(m.forecast).toEqual({ value: 7.125, at: 2034, method: "linearLeastSquares", meets: true, unclamped: 7.125, clamped: false });
  });

  it("needs strictly better: back at the baseline value is not met, and a slope of 0 is not improving", () => {
    const m = run(directionAssessor, lower, series({ "2023": 10, "2025": 10 }));
    expect(m.met).toBe(false);
    expect(m.trend).toEqual({ slopePerYear: 0, improving: false, points: 2, method: "linearLeastSquares" });
  });

  it("measures an increase: 5 → 6 is higher", () => {
    const m = run(directionAssessor, target("direction", { direction: "increase", baseline: "2023" }), series({ "2023": 5, "2024": 6 }));
    expect(m).toMatchObject({ met: true, targetValue: null, change: { value: 1, preferred: 1, clear: true } });
  });

  it("calls a change inside the noise no clear change, never met: life expectancy 70 → 70.01 years", () => {
    const m = run(directionAssessor, target("direction", { direction: "increase", baseline: "2023" }), series({ "2023": 70, "2025": 70.01 }));
    expect(m.change).toMatchObject({ clear: false, basis: "defaultRelative" });
    expect(m.change?.threshold).toBeCloseTo(0.7, 12); // 1 % of 70
    expect(m.met).toBe(false);
  });

  it("uses the indicator's minimum meaningful change when it declares one: 0.5 years", () => {
    const input = { target: target("direction", { direction: "increase", baseline: "2023" }), indicator: { ...indicator(), unit: "years" as const, minimumMeaningfulChange: 0.5 }, series: series({ "2023": 70, "2025": 70.4 }), options: OPTIONS };
    expect(directionAssessor.assess(input).change).toMatchObject({ clear: false, threshold: 0.5, basis: "minimumMeaningfulChange" });
    expect(directionAssessor.assess({ ...input, series: series({ "2023": 70, "2025": 70.5 }) }).met).toBe(true);
  });

  it("ignores points before the baseline", () => {
    const m = run(directionAssessor, lower, series({ "2021": 1, "2023": 10, "2024": 11 }));
    expect(m.used.map((p) => p.period)).toEqual(["2023", "2024"]);
    expect(m.met).toBe(false);
  });

  it("says too_few_points with only the baseline point, naming it as used", () => {
    const m = run(directionAssessor, lower, series({ "2022": 12, "2023": 10 }));
    expectInsufficient(m, "too_few_points");
    expect(m.used.map((p) => p.period)).toEqual(["2023"]);
  });

  it("takes the policy baseline when none is named (last value at or before 2023), and still needs one after it", () => {
    expectInsufficient(run(directionAssessor, target("direction", { direction: "decrease" }), series({ "2025": 10 })), "no_baseline");
    expectInsufficient(run(directionAssessor, target("direction", { direction: "decrease" }), series({ "2023": 10 })), "too_few_points");
    expect(run(directionAssessor, target("direction", { direction: "decrease" }), series({ "2022": 10, "2024": 9 })).met).toBe(true);
  });

  it("says no_baseline when the baseline period has no point, no_observations when there are none", () => {
    expectInsufficient(run(directionAssessor, lower, series({ "2024": 10, "2025": 9 })), "no_baseline");
    expectInsufficient(run(directionAssessor, lower, series({})), "no_observations");
  });
});

describe("coverage", () => {
  const all = target("coverage", { value: 100, deadline: { kind: "year", year: 2027 } });

  it("measures 60, 75, 87 % against 100 %", () => {
    const m = run(coverageAssessor, all, series({ "2023": 60, "2024": 75, "2025": 87 }), { indicator: { unit: "percent" } });
    expect(m).toMatchObject({
      value: 87,
      baseline: { value: 60, period: "2023", basis: "policy" },
      targetValue: 100,
      met: false,
      gap: 13, // 100 − 87
      progress: 0.675, // (87 − 60) / (100 − 60) = 27/40
    });
    // Mean 74, deviations (−14, 1, 13) → slope (14 + 13) / 2 = 13.5.
    expect(m.trend).toEqual({ slopePerYear: 13.5, improving: true, points: 3, method: "linearLeastSquares" });
    // Deadline 2027 → t = 2028: 74 + 13.5·3.5 = 121.25 — impossible in percent: clamped to 100, and says so.
    expect(m.forecast).toEqual({ value: 100, at: 2028, method: "linearLeastSquares", meets: true, unclamped: 121.25, clamped: true });
    expect(m.domain).toEqual({ min: 0, max: 100 });
  });

  it("is met at exactly 100 % even from a lone point, but has no progress, trend or forecast", () => {
    const m = run(coverageAssessor, all, series({ "2025": 100 }));
    expect(m).toMatchObject({ met: true, gap: 0, progress: null, trend: null, forecast: null, finality: { final: true } });
  });

  it("says no_observations for an empty series", () => {
    expectInsufficient(run(coverageAssessor, all, series({})), "no_observations");
  });
});

describe("noDecline", () => {
  const keep = target("noDecline", { baseline: "2023" });

  it("is not met when any point since the baseline fell below it, even if the latest is above", () => {
    const m = run(noDeclineAssessor, keep, series({ "2023": 100, "2024": 98, "2025": 103 }));
    expect(m).toMatchObject({ value: 103, targetValue: null, met: false, gap: null, progress: null, baseline: { value: 100, period: "2023" } });
    // Mean 301/3, slope ((−1)(100 − m) + (1)(103 − m)) / 2 = 1.5.
    expect(m.trend).toEqual({ slopePerYear: 1.5, improving: true, points: 3, method: "linearLeastSquares" });
    // Forecast at 2034: 301/3 + 1.5·9.5 ≈ 114.58, at or above 100.
    expect(m.forecast?.value).toBeCloseTo(301 / 3 + 14.25, 10);
    expect(m.forecast?.meets).toBe(true);
  });

  it("is met when every point since the baseline is at or above it; earlier points do not count", () => {
    expect(run(noDeclineAssessor, keep, series({ "2022": 50, "2023": 100, "2024": 100, "2025": 101 })).met).toBe(true);
  });

  it("forecasts a decline as not meeting: 100, 99.5 … but met is judged on 99.5 < 100 too", () => {
    const m = run(noDeclineAssessor, keep, series({ "2023": 100, "2024": 99.5 }));
    expect(m.met).toBe(false);
    expect(m.forecast?.meets).toBe(false); // slope −0.5 → 99.5 − 0.5·9.5 = 94.75
    expect(m.forecast?.value).toBe(94.75);
  });

  it("says no_baseline and no_observations", () => {
    expectInsufficient(run(noDeclineAssessor, keep, series({ "2024": 100 })), "no_baseline");
    expectInsufficient(run(noDeclineAssessor, keep, series({})), "no_observations");
  });
});

describe("capacity", () => {
  const more430 = target("capacity", { increase: 430, baseline: "2023", deadline: { kind: "year", year: 2040 } });

  it("measures +430 places over 5000: target 5430; 5215 is half way", () => {
    const m = run(capacityAssessor, more430, series({ "2023": 5000, "2024": 5100, "2025": 5215 }));
    expect(m).toMatchObject({
      value: 5215,
      baseline: { value: 5000, period: "2023" },
      targetValue: 5430,
      met: false,
      gap: 215, // 5430 − 5215
      progress: 0.5, // (5215 − 5000) / 430
    });
    // Mean 5105, deviations (−105, −5, 110) → slope (105 + 110) / 2 = 107.5.
    expect(m.trend).toEqual({ slopePerYear: 107.5, improving: true, points: 3, method: "linearLeastSquares" });
    // Deadline 2040 → t = 2041: 5105 + 107.5·16.5 = 6878.75 ≥ 5430.
    expect(m.forecast).toEqual({ value: 6878.75, at: 2041, method: "linearLeastSquares", meets: true, unclamped: 6878.75, clamped: false });
  });

  it("is met at baseline + increase", () => {
    expect(run(capacityAssessor, more430, series({ "2023": 5000, "2030": 5430 })).met).toBe(true);
  });

  it("divides progress by the increase itself, even where baseline + increase rounds away the increase", () => {
    // 2⁵³ + 1 rounds to 2⁵³ in floating point; (v − b) / n = 2 / 1 = 2 regardless.
    const b = 2 ** 53;
    const m = run(capacityAssessor, target("capacity", { increase: 1, baseline: "2023" }), series({ "2023": b, "2025": b + 2 }));
    expect(m.progress).toBe(2);
  });

  it("says no_baseline and no_observations", () => {
    expectInsufficient(run(capacityAssessor, more430, series({ "2024": 5000 })), "no_baseline");
    expectInsufficient(run(capacityAssessor, more430, series({})), "no_observations");
  });
});

describe("gap", () => {
  const narrower = target("gap", { referenceIndicatorId: "ref", baseline: "2020", deadline: { kind: "year", year: 2030 } });
  const group = series({ "2020": 60, "2021": 61, "2022": 63 });
  const rest = series({ "2020": 80, "2021": 80.5, "2022": 81, "2023": 81.5 }, "ref");

  it("measures the gap |A − B| over periods with both: 20, 19.5, 18 from a baseline gap of 20", () => {
    const m = run(gapAssessor, narrower, group, { reference: rest });
    expect(m).toMatchObject({
      value: 18,
      valuePeriod: "2022", // 2023 has no value for the group
      baseline: { value: 20, period: "2020", basis: "statedPeriod" },
      targetValue: null,
      met: true, // 18 < 20, clear of the noise 1 % × 20 = 0.2
      change: { value: -2, preferred: 2, clear: true, threshold: 0.2 },
    });
    // Mean 115/6; slope ((−1)(20 − m) + (1)(18 − m)) / 2 = −1.
    expect(m.trend).toEqual({ slopePerYear: -1, improving: true, points: 3, method: "linearLeastSquares" });
    // Deadline 2030 → t = 2031: 115/6 − 1·(2031 − 2021.5) = 115/6 − 9.5 ≈ 9.67 < 20.
    expect(m.forecast?.value).toBeCloseTo(115 / 6 - 9.5, 10);
    expect(m.forecast?.meets).toBe(true);
    // Every point cites both observations.
    expect(m.used.map((p) => p.observations.map((o) => `${o.indicatorId} ${o.period}`))).toEqual([
      ["ind 2020", "ref 2020"],
      ["ind 2021", "ref 2021"],
      ["ind 2022", "ref 2022"],
    ]);
  });

  it("takes the absolute difference, whichever series is higher; the policy baseline is the last common period at or before 2023", () => {
    const m = run(gapAssessor, target("gap", { referenceIndicatorId: "ref" }), series({ "2020": 90, "2021": 85, "2024": 84 }), { reference: series({ "2020": 80, "2021": 80, "2024": 80 }, "ref") });
    expect(m.baseline).toEqual({ value: 5, period: "2021", basis: "policy" });
    expect(m.value).toBe(4);
    expect(m.domain).toEqual({ min: 0, max: null });
  });

  it("is not met when the gap is unchanged (a clear narrowing is needed)", () => {
    const m = run(gapAssessor, narrower, series({ "2020": 60, "2021": 61 }), { reference: series({ "2020": 80, "2021": 81 }, "ref") });
    expect(m.met).toBe(false);
    expect(m.change).toMatchObject({ value: 0, clear: false });
  });

  it("says no_reference without reference data, empty or absent", () => {
    expectInsufficient(run(gapAssessor, narrower, group), "no_reference");
    expectInsufficient(run(gapAssessor, narrower, group, { reference: series({}, "ref") }), "no_reference");
  });

  it("says no_observations when no period has both, and no_baseline when the baseline period lacks one", () => {
    expectInsufficient(run(gapAssessor, narrower, series({ "2019": 1 }), { reference: rest }), "no_observations");
    expectInsufficient(run(gapAssessor, narrower, series({ "2021": 61 }), { reference: rest }), "no_baseline");
  });
});

describe("growthExceeds", () => {
  const above = target("growthExceeds", { referenceIndicatorId: "ref", basis: "growthRate", deadline: { kind: "year", year: 2026 } });

  it("measures excess growth in percentage points for the deadline year: (3 − 1.5, 2.5 − 2) = (1.5, 0.5)", () => {
    const m = run(growthExceedsAssessor, above, series({ "2025": 3, "2026": 2.5 }), { reference: series({ "2025": 1.5, "2026": 2 }, "ref"), options: { asOf: "2027-03-31" } });
    expect(m).toMatchObject({ value: 0.5, valuePeriod: "2026", baseline: null, targetValue: 0, met: true, gap: -0.5, progress: null, insufficient: null });
    expect(m.deadline).toEqual({ passed: true, hasData: true });
    expect(m.used.map((p) => p.period)).toEqual(["2026"]);
  });

  it("says no_data_for_deadline before the deadline year's figure is in, however the earlier years went", () => {
    const m = run(growthExceedsAssessor, above, series({ "2024": 3, "2025": 2.5 }), { reference: series({ "2024": 1.5, "2025": 2 }, "ref") });
    expect(m.insufficient?.code).toBe("no_data_for_deadline");
    expect(m.met).toBeNull();
  });

  it("is not met at exactly 0 excess", () => {
    expect(run(growthExceedsAssessor, above, series({ "2026": 2 }), { reference: series({ "2026": 2 }, "ref") }).met).toBe(false);
  });

  it("with basis level computes growth first: 100 → 150 → 225 (+50 %, +50 %) against 100 → 125 → 125 (+25 %, 0 %)", () => {
    const levels = target("growthExceeds", { referenceIndicatorId: "ref", basis: "level", deadline: { kind: "year", year: 2025 } });
    const m = run(growthExceedsAssessor, levels, series({ "2023": 100, "2024": 150, "2025": 225 }), {
      reference: series({ "2023": 100, "2024": 125, "2025": 125 }, "ref"),
    });
    // Excess growth 2024: 50 − 25 = 25; 2025: 50 − 0 = 50, the deadline year's, which decides.
    expect(m.used.map((p) => [p.period, p.value])).toEqual([["2025", 50]]);
    expect(m).toMatchObject({ value: 50, met: true, gap: -50 });
    expect(m.trend).toEqual({ slopePerYear: 25, improving: true, points: 2, method: "linearLeastSquares" });
  });

  it("with basis level skips a step from zero, which has no growth", () => {
    const levels = target("growthExceeds", { referenceIndicatorId: "ref", basis: "level", deadline: { kind: "year", year: 2025 } });
    const m = run(growthExceedsAssessor, levels, series({ "2023": 0, "2024": 10, "2025": 20 }), {
      reference: series({ "2023": 10, "2024": 10, "2025": 10 }, "ref"),
    });
    expect(m.used.map((p) => [p.period, p.value])).toEqual([["2025", 100]]); // (20/10 − 1)·100 − 0
  });

  it("says too_few_points with basis level and one level each", () => {
    const levels = target("growthExceeds", { referenceIndicatorId: "ref", basis: "level" });
    expectInsufficient(run(growthExceedsAssessor, levels, series({ "2025": 100 }), { reference: series({ "2025": 100 }, "ref") }), "too_few_points");
  });

  it("says no_reference without reference data, no_observations without a common period", () => {
    expectInsufficient(run(growthExceedsAssessor, above, series({ "2025": 3 })), "no_reference");
    expectInsufficient(run(growthExceedsAssessor, above, series({ "2025": 3 }), { reference: series({}, "ref") }), "no_reference");
    expectInsufficient(run(growthExceedsAssessor, above, series({ "2025": 3 }), { reference: series({ "2024": 1 }, "ref") }), "no_observations");
  });
});
