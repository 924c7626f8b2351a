import { OpptrappingError, type Indicator, type Observation, type Target } from "@opptrapping/core";
import { createMeasurement, createToolkit, definePlugin, MissingExtensionError, type StatusRule } from "@opptrapping/sdk";
import { describe, expect, it } from "vitest";
import { assess, resolveAsOf, resolveOptions } from "./assess.js";
import { assessorsPlugin } from "./assessors/index.js";
import { AssessmentInputError } from "./errors.js";
import { createBandRule, defaultStatusPlugin } from "./rules/index.js";

// Synthetic indicator and observations shaped like R5 (PHBU mean waiting time < 35 days).

const SOURCES = [{ doc: "synthetic" }] as const;
const wait: Indicator = {
  id: "wait",
  title: { nb: "Gjennomsnittlig ventetid", en: "Mean waiting time" },
  unit: "days",
  aggregation: "mean",
  direction: "decrease",
  disaggregations: [
    { id: "service", values: ["PHBU", "PHV"] },
    { id: "sex", values: ["F", "M"] },
  ],
  sources: SOURCES,
};
const life: Indicator = { ...wait, id: "life", unit: "years", direction: "increase", disaggregations: [] };
const plan = { indicators: [wait, life] };

const phbu: Target = {
  id: "R5.phbu", indicatorId: "wait", kind: "threshold", comparator: "<", value: 35, filter: { service: "PHBU" }, deadline: { kind: "longRun" }, sources: SOURCES,
};

function obs(period: string, value: number | null, dimensions: Record<string, string> = { service: "PHBU" }, extra: Partial<Observation> = {}): Observation {
  return { indicatorId: "wait", period, orgUnit: "NO", dimensions, value, flags: value === null ? ["missing"] : [], ...extra };
}

function thrown<E extends Error>(type: new (...args: never[]) => E, f: () => unknown): E {
  try {
    f();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}`);
}

function expectDeeplyFrozen(value: unknown, path = "$"): void {
  if (value === null || typeof value !== "object") return;
  expect(Object.isFrozen(value), `${path} is frozen`).toBe(true);
  for (const [k, v] of Object.entries(value)) expectDeeplyFrozen(v, `${path}.${k}`);
}

describe("resolveAsOf and resolveOptions", () => {
  it("reads a period as its last day and a date as itself", () => {
    expect(resolveAsOf("2026-01")).toBe("2026-01-31");
    expect(resolveAsOf("2024-02")).toBe("2024-02-29");
    expect(resolveAsOf("2025")).toBe("2025-12-31");
    expect(resolveAsOf("2025T1")).toBe("2025-04-30");
    expect(resolveAsOf("2026-01-15")).toBe("2026-01-15");
  });

  it("fills in the documented defaults", () => {
    expect(resolveOptions({ asOf: "2026-01" })).toEqual({
      asOf: "2026-01-31", forecastMethod: "linearLeastSquares", minPointsForTrend: 2, longRunHorizon: 2033, halfLifeYears: 2,
      baselinePolicy: { kind: "lastAtOrBefore", period: "2023" }, defaultRelativeNoise: 0.01,
    });
  });

  it("takes the baseline policy from the settings, else the plan's, else the plan's start year", () => {
    expect(resolveOptions({ asOf: "2026", plan: { indicators: [], period: "2024/2033" } }).baselinePolicy).toEqual({ kind: "lastAtOrBefore", period: "2024" });
    const planPolicy = { kind: "firstAtOrAfter", period: "2025" } as const;
    expect(resolveOptions({ asOf: "2026", plan: { indicators: [], period: "2024/2033", baselinePolicy: planPolicy } }).baselinePolicy).toEqual(planPolicy);
    expect(resolveOptions({ asOf: "2026", baselinePolicy: { kind: "lastAtOrBefore", period: "2019" }, plan: { indicators: [], baselinePolicy: planPolicy } }).baselinePolicy.period).toBe("2019");
    expect(() => resolveOptions({ asOf: "2026", defaultRelativeNoise: -1 })).toThrow(AssessmentInputError);
  });
});

describe("assess", () => {
  const three = [obs("2023", 44), obs("2024", 41), obs("2025", 38)];

  it("assesses 44, 41, 38 days against < 35: 6/9 of the way when the path asks 2/10.5 → onTrack; forecast 12.5 at the end of 2033", () => {
    const a = assess(phbu, three, { asOf: "2026-01", plan });
    expect(a).toMatchObject({
      targetId: "R5.phbu", kind: "threshold", indicatorId: "wait", asOf: "2026-01-31", rule: "default",
      value: 38, targetValue: 35, met: false, gap: 3, status: "onTrack", colour: "green",
      baseline: { value: 44, period: "2023", basis: "policy" },
    });
    expect(a.pace?.ratio).toBeCloseTo((6 / 9) / (2 / 10.5), 12);
    expect(a.forecast).toEqual({ value: 12.5, at: 2034, method: "linearLeastSquares", meets: true, unclamped: 12.5, clamped: false });
  });

  it("rates one point of 37.5 days (2025-06/2025-12) with no baseline as insufficientData, not a colour", () => {
    const a = assess(phbu, [obs("2025-06/2025-12", 37.5)], { asOf: "2026-01", plan });
    expect(a).toMatchObject({ value: 37.5, valuePeriod: "2025-06/2025-12", status: "insufficientData", colour: "grey", forecast: null });
    expect(a.insufficient?.code).toBe("no_baseline");
  });

  it("reads asOf 2026-01 as 31 January 2026: 2026-01 counts, 2026-02 and the year 2026 do not", () => {
    const a = assess(phbu, [obs("2023", 44), obs("2025-12", 40), obs("2026-01", 30), obs("2026-02", 20), obs("2026", 10)], { asOf: "2026-01", plan });
    expect(a.asOf).toBe("2026-01-31");
    expect(a.used.map((p) => p.period)).toEqual(["2023", "2025-12", "2026-01"]);
    expect(a.value).toBe(30);
  });

  it("leaves figures not comparable with the reporting period off the trajectory: June–December against tertials and years", () => {
    const tertials = { indicators: [{ ...wait, reportingPeriod: "tertial" as const }, life] };
    const a = assess(phbu, [obs("2023", 44), obs("2024T3", 41), obs("2025-06/2025-12", 37.5), obs("2024-07", 30)], { asOf: "2026-01", ...tertials });
    expect(a.used.map((p) => p.period)).toEqual(["2023", "2024T3"]);
    expect(a.notComparable).toEqual([{ period: "2024-07", value: 30 }, { period: "2025-06/2025-12", value: 37.5 }]);
    expect(a.explanation.en).toContain("Left off the trajectory, as its period is not comparable with the indicator's reporting period: 2024-07 = 30 days; 2025-06/2025-12 = 37.5 days.");
    // A year is made of whole tertials: final, and it can achieve the target.
    expect(assess(phbu, [obs("2023", 44), obs("2025", 34)], { asOf: "2026-01", ...tertials }).status).toBe("achieved");
  });

  it("does not refuse a figure it leaves off the trajectory as overlapping: 2025 next to June–December 2025, reported per tertial", () => {
    const tertials = { indicators: [{ ...wait, reportingPeriod: "tertial" as const }, life] };
    const a = assess(phbu, [obs("2023", 44), obs("2025", 40), obs("2025-06/2025-12", 37.5)], { asOf: "2026-01", ...tertials });
    expect(a.used.map((p) => p.period)).toEqual(["2023", "2025"]);
    expect(a.notComparable).toEqual([{ period: "2025-06/2025-12", value: 37.5 }]);
  });

  it("leaves out observations of periods ending after an ISO asOf, even by one day", () => {
    const a = assess(phbu, [obs("2025-12", 40), obs("2026-01", 30)], { asOf: "2026-01-30", plan });
    expect(a.used.map((p) => p.period)).toEqual(["2025-12"]);
  });

  it("uses only observations whose dimensions equal the filter: PHBU × sex is not the PHBU total", () => {
    const a = assess(phbu, [obs("2025", 37.5), obs("2025", 10, { service: "PHBU", sex: "F" }), obs("2025", 99, { service: "PHV" }), obs("2025", 5, {})], { asOf: "2026-01", plan });
    expect(a.value).toBe(37.5);
    expect(a.used.flatMap((p) => p.observations.map((o) => o.dimensions))).toEqual([{ service: "PHBU" }]);
  });

  it("uses the target's org unit, the nation by default", () => {
    const county = [obs("2025", 20, { service: "PHBU" }, { orgUnit: "03" }), obs("2025", 37.5)];
    expect(assess(phbu, county, { asOf: "2026-01", plan }).value).toBe(37.5);
    expect(assess({ ...phbu, orgUnit: "03" }, county, { asOf: "2026-01", plan }).value).toBe(20);
  });

  it("leaves out missing and suppressed values", () => {
    const a = assess(phbu, [obs("2024", 41), obs("2025", null), obs("2025-06", null, { service: "PHBU" }, { flags: ["suppressed"] })], { asOf: "2026-01", plan });
    expect(a.value).toBe(41);
    expect(a.used).toHaveLength(1);
  });

  it("throws AssessmentInputError duplicate_observation naming both, never summing them", () => {
    const error = thrown(AssessmentInputError, () => assess(phbu, [obs("2025", 37.5), obs("2024", 40), obs("2025", 36)], { asOf: "2026-01", plan }));
    expect(error).toBeInstanceOf(OpptrappingError);
    expect(error.code).toBe("duplicate_observation");
    expect(error.message).toContain("Two observations of wait for 2025, NO (service=PHBU): at 0 and 2");
    expect(error.path).toEqual([2]);
  });

  it("does not count a duplicate of an observation outside the slice", () => {
    expect(() => assess(phbu, [obs("2025", 37.5), obs("2025", 36, { service: "PHBU", sex: "M" })], { asOf: "2026-01", plan })).not.toThrow();
  });

  it("throws AssessmentInputError unknown_indicator for an indicator not given, and for a reference indicator", () => {
    expect(thrown(AssessmentInputError, () => assess({ ...phbu, indicatorId: "nope" }, three, { asOf: "2026-01", plan })).code).toBe("unknown_indicator");
    const gap: Target = { id: "R7", indicatorId: "life", kind: "gap", referenceIndicatorId: "lifeAll", deadline: { kind: "longRun" }, sources: SOURCES };
    const error = thrown(AssessmentInputError, () => assess(gap, [], { asOf: "2026-01", plan }));
    expect(error.code).toBe("unknown_indicator");
    expect(error.message).toContain('"lifeAll"');
  });

  it("throws AssessmentInputError missing_indicators without plan or indicators", () => {
    expect(thrown(AssessmentInputError, () => assess(phbu, three, { asOf: "2026-01" })).code).toBe("missing_indicators");
  });

  it("takes indicators as a list too", () => {
    expect(assess(phbu, three, { asOf: "2026-01", indicators: [wait] }).value).toBe(38);
  });

  it("rates a target without observations as insufficientData (no_observations), with no NaN", () => {
    const a = assess(phbu, [], { asOf: "2026-01", plan });
    expect(a).toMatchObject({ status: "insufficientData", colour: "grey", insufficient: { code: "no_observations" }, value: null, gap: null });
  });

  it("assesses a gap target against its reference indicator", () => {
    const gap: Target = { id: "R7", indicatorId: "life", kind: "gap", referenceIndicatorId: "all", deadline: { kind: "longRun" }, sources: SOURCES };
    const all: Indicator = { ...life, id: "all" };
    const lifeObs = (indicatorId: string, period: string, value: number): Observation => ({ indicatorId, period, orgUnit: "NO", dimensions: {}, value, flags: [] });
    const a = assess(gap, [lifeObs("life", "2020", 60), lifeObs("all", "2020", 80), lifeObs("life", "2024", 65), lifeObs("all", "2024", 81)], {
      asOf: "2026-01", indicators: [life, all],
    });
    // Baseline gap 20 (2020, the last at or before 2023); 16 in 2024: a clear narrowing on final figures.
    expect(a).toMatchObject({ value: 16, baseline: { value: 20, period: "2020" }, met: true, status: "achieved" });
  });

  it("passes the assessor options through: lastValue forecasts 38", () => {
    const a = assess(phbu, three, { asOf: "2026-01", plan, forecastMethod: "lastValue" });
    expect(a.forecast).toEqual({ value: 38, at: 2034, method: "lastValue", meets: false, unclamped: 38, clamped: false });
    // The verdict is on progress against the path, whatever the forecast method: still on track.
    expect(a.status).toBe("onTrack");
  });

  describe("explanation", () => {
    it("names the target, the status, the values and every observation used, in bokmål and English", () => {
      const a = assess(phbu, [...three, obs("2025", 5, { service: "PHBU", sex: "F" })], { asOf: "2026-01", plan });
      expect(a.explanation.en).toContain("R5.phbu: on track.");
      expect(a.explanation.en).toContain("Latest value 38 days (2025), target value 35 days.");
      expect(a.explanation.en).toContain("Forecast 12.5 days at the deadline (straight line through the values).");
      expect(a.explanation.en).toContain("Baseline 44 days (2023; the plan's baseline rule).");
      expect(a.explanation.en).not.toContain("linearLeastSquares");
      expect(a.explanation.en).toContain("Based on 3 observations: NO 2023 (service=PHBU) = 44 days; NO 2024 (service=PHBU) = 41 days; NO 2025 (service=PHBU) = 38 days.");
      expect(a.explanation.nb).toContain("R5.phbu: i rute.");
      expect(a.explanation.nb).toContain("Siste verdi 38 dager (2025), målverdi 35 dager.");
      expect(a.explanation.nb).toContain("Prognose 12,5 dager ved fristen");
      expect(a.explanation.nb).toContain("Bygger på 3 observasjoner: NO 2023 (service=PHBU) = 44 dager; NO 2024 (service=PHBU) = 41 dager; NO 2025 (service=PHBU) = 38 dager.");
      // The PHBU × sex observation was not used, so it is not named.
      expect(a.explanation.en).not.toContain("sex=F");
    });

    it("marks provisional observations and says when none were used", () => {
      const a = assess(phbu, [obs("2025", 37.5, { service: "PHBU" }, { flags: ["provisional"] })], { asOf: "2026-01", plan });
      expect(a.explanation.en).toContain("Based on 1 observation: NO 2025 (service=PHBU) = 37.5 days (provisional).");
      expect(a.explanation.nb).toContain("Bygger på 1 observasjon: NO 2025 (service=PHBU) = 37,5 dager (foreløpig).");
      const none = assess(phbu, [], { asOf: "2026-01", plan });
      expect(none.explanation.en).toContain("No observations used.");
      expect(none.explanation.nb).toContain("Ingen observasjoner brukt.");
    });
  });

  it("hands out a deeply frozen assessment, without freezing the caller's observations", () => {
    const input = [obs("2023", 44), obs("2024", 41), obs("2025", 38)];
    const a = assess(phbu, input, { asOf: "2026-01", plan });
    expectDeeplyFrozen(a);
    expect(Object.isFrozen(input[0]!.dimensions)).toBe(false);
    const relative: Target = { id: "R1", indicatorId: "wait", kind: "relativeChange", change: -0.25, baseline: "2024", filter: { service: "PHBU" }, deadline: { kind: "longRun" }, sources: SOURCES };
    expectDeeplyFrozen(assess(relative, input, { asOf: "2026-01", plan }));
    expect(Object.isFrozen(input[0]!.dimensions)).toBe(false);
  });

  describe("status rules and toolkits", () => {
    const strict: StatusRule = {
      id: "strict",
      decide: ({ measurement }) =>
        measurement.met
          ? { status: "achieved", colour: "green", reason: { nb: "Nådd.", en: "Met." } }
          : { status: "offTrack", colour: "red", reason: { nb: "Ikke nådd.", en: "Not met." } },
    };

    it("takes a rule object", () => {
      const a = assess(phbu, three, { asOf: "2026-01", plan, rule: strict });
      expect(a).toMatchObject({ rule: "strict", status: "offTrack", colour: "red" });
      expect(a.explanation.en).toContain("Not met.");
    });

    it("takes a rule by id from the toolkit", () => {
      const toolkit = createToolkit({ plugins: [assessorsPlugin, defaultStatusPlugin, definePlugin({ name: "test:strict", statusRules: [strict] })] });
      expect(assess(phbu, three, { asOf: "2026-01", plan, toolkit, rule: "strict" })).toMatchObject({ rule: "strict", status: "offTrack" });
      expect(assess(phbu, three, { asOf: "2026-01", plan, toolkit, rule: "default" })).toMatchObject({ rule: "default", status: "onTrack" });
    });

    it("takes a band rule object: 38 days in [35, 45) → atRisk", () => {
      const bands = createBandRule({ bands: { "R5.phbu": [
        { from: null, to: 35, status: "achieved", colour: "green" },
        { from: 35, to: 45, status: "atRisk", colour: "yellow" },
        { from: 45, to: null, status: "offTrack", colour: "red" },
      ] } });
      expect(assess(phbu, three, { asOf: "2026-01", plan, rule: bands })).toMatchObject({ rule: "bands", status: "atRisk", colour: "yellow" });
    });

    it("throws MissingExtensionError for an unknown rule id", () => {
      // @ts-expect-error: the built-in toolkit has no rule "nope" (a compile error; this checks the runtime error)
      expect(() => assess(phbu, three, { asOf: "2026-01", plan, rule: "nope" })).toThrow(MissingExtensionError);
    });

    it("uses a custom toolkit's assessor", () => {
      const fixed = definePlugin({
        name: "test:fixed-threshold",
        assessors: [{
          kind: "threshold",
          assess: ({ series }) =>
            createMeasurement({ value: 1, valuePeriod: "2025", targetValue: 35, met: true, gap: -34, finality: { final: true, reason: null }, used: series.points }),
        }],
      });
      const toolkit = createToolkit({ plugins: [fixed, defaultStatusPlugin] });
      expect(assess(phbu, three, { asOf: "2026-01", plan, toolkit })).toMatchObject({ value: 1, status: "achieved" });
    });
  });
});
