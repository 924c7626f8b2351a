import type { Indicator, Observation, ObservationFlag, Target } from "@opptrapping/core";
import { createMeasurement } from "@opptrapping/sdk";
import { describe, expect, it } from "vitest";
import { assess } from "../assess.js";
import { AssessmentInputError } from "../errors.js";
import { createDefaultRule, deadlinePassed, defaultStatusPlugin, evidenceVerdict, preferredDirection, StatusRuleError } from "./index.js";

// Synthetic series, built by hand; every expected status is worked out in the test's comment.

const SOURCES = [{ doc: "synthetic" }] as const;
const wait: Indicator = { id: "wait", title: { nb: "Ventetid" }, unit: "days", aggregation: "mean", direction: "decrease", disaggregations: [], sources: SOURCES };
const waitTertial: Indicator = { ...wait, id: "waitT", reportingPeriod: "tertial" };
const places: Indicator = { id: "places", title: { nb: "Plasser" }, unit: "places", aggregation: "stock", direction: "increase", disaggregations: [], sources: SOURCES };
const share: Indicator = { id: "share", title: { nb: "Andel" }, unit: "percent", aggregation: "proportion", direction: "increase", disaggregations: [], sources: SOURCES };
const life: Indicator = { id: "life", title: { nb: "Levealder" }, unit: "years", aggregation: "mean", direction: "increase", disaggregations: [], sources: SOURCES };
const rest: Indicator = { ...life, id: "rest" };
const indicators = [wait, waitTertial, places, share, life, rest];

const base = { deadline: { kind: "longRun" }, sources: SOURCES } as const;
const below35: Target = { ...base, id: "T.below35", indicatorId: "wait", kind: "threshold", comparator: "<", value: 35 };
const minus25: Target = { ...base, id: "T.minus25", indicatorId: "wait", kind: "relativeChange", change: -0.25 };
const keepPlaces: Target = { ...base, id: "T.keep", indicatorId: "places", kind: "noDecline" };
const more430: Target = { ...base, id: "T.more", indicatorId: "places", kind: "capacity", increase: 430, deadline: { kind: "year", year: 2040 } };
const all: Target = { ...base, id: "T.all", indicatorId: "share", kind: "coverage", value: 100 };
const longer: Target = { ...base, id: "T.longer", indicatorId: "life", kind: "direction", direction: "increase" };
const narrower: Target = { ...base, id: "T.narrower", indicatorId: "life", kind: "gap", referenceIndicatorId: "rest" };

function obs(indicatorId: string, period: string, value: number, flags: ObservationFlag[] = [], orgUnit = "NO"): Observation {
  return { indicatorId, period, orgUnit, dimensions: {}, value, flags };
}
const series = (indicatorId: string, values: Record<string, number>, flags: ObservationFlag[] = []) =>
  Object.entries(values).map(([p, v]) => obs(indicatorId, p, v, flags));

const run = (target: Target, observations: readonly Observation[], asOf = "2026-01-31") => assess(target, observations, { asOf, indicators });

describe("the default rule", () => {
  it("has id default and comes, with Open SDG's rule, as the plugin opptrapping:default-status", () => {
    expect(createDefaultRule().id).toBe("default");
    expect(defaultStatusPlugin.name).toBe("opptrapping:default-status");
    expect(defaultStatusPlugin.statusRules.map((r) => r.id)).toEqual(["default", "openSdg"]);
  });

  it("refuses thresholds it cannot use, naming the option", () => {
    expect(() => createDefaultRule({ onTrackAt: 0.5, atRiskAt: 0.9 })).toThrow(StatusRuleError);
    expect(() => createDefaultRule({ atRiskAt: -1 })).toThrow(/atRiskAt must be a finite number ≥ 0, got -1/);
    expect(() => createDefaultRule({ onTrackAt: Number.NaN })).toThrow(/onTrackAt/);
  });

  describe("1. one point says nothing about progress", () => {
    it("relativeChange from its baseline alone: insufficientData (too_few_points), never offTrack", () => {
      const a = run(minus25, series("wait", { "2023": 44 }));
      expect(a.status).toBe("insufficientData");
      expect(a.insufficient?.code).toBe("too_few_points");
    });

    it("noDecline, capacity and gap from one point: insufficientData, never achieved or atRisk", () => {
      expect(run(keepPlaces, series("places", { "2023": 4200 })).status).toBe("insufficientData");
      expect(run(more430, series("places", { "2023": 4200 })).status).toBe("insufficientData");
      expect(run(narrower, [...series("life", { "2023": 60 }), ...series("rest", { "2023": 80 })]).status).toBe("insufficientData");
    });

    it("coverage of 87 % from one point: grey, not red or yellow", () => {
      expect(run(all, series("share", { "2025": 87 }))).toMatchObject({ status: "insufficientData", colour: "grey" });
    });

    it("a final value that already meets a threshold is achieved, even alone: 30 < 35", () => {
      expect(run(below35, series("wait", { "2025": 30 })).status).toBe("achieved");
    });

    it("a provisional value that meets it is not: insufficientData, saying the value is not final", () => {
      const a = run(below35, series("wait", { "2025": 33 }, ["provisional"]));
      expect(a.status).toBe("insufficientData");
      expect(a.reason.en).toMatch(/meets the target, but is not final/);
    });
  });

  describe("3. progress against the path (baseline 44 days in 2023, target < 35, long run → end of 2033)", () => {
    // Required share by 2025 (t = 2025.5) from 2023 (t = 2023.5) to 2034: 2 / 10.5 = 0.1905.
    it("42 days: covered 2/9 = 0.222 of the distance, ratio 1.17 ≥ 0.95 → onTrack", () => {
      const a = run(below35, series("wait", { "2023": 44, "2025": 42 }));
      expect(a.pace?.observed).toBeCloseTo(2 / 9, 12);
      expect(a.pace?.required).toBeCloseTo(2 / 10.5, 12);
      expect(a.pace?.ratio).toBeCloseTo((2 / 9) / (2 / 10.5), 12);
      expect(a.status).toBe("onTrack");
    });

    it("42.8 days: 1.2/9 = 0.133, ratio 0.7 → atRisk", () => {
      const a = run(below35, series("wait", { "2023": 44, "2025": 42.8 }));
      expect(a.pace?.ratio).toBeCloseTo(0.7, 12);
      expect(a.status).toBe("atRisk");
    });

    it("43.5 days: ratio 0.29 → offTrack; 45 days: moving away → offTrack", () => {
      expect(run(below35, series("wait", { "2023": 44, "2025": 43.5 })).status).toBe("offTrack");
      const away = run(below35, series("wait", { "2023": 44, "2025": 45 }));
      expect(away.status).toBe("offTrack");
      expect(away.reason.en).toMatch(/moving away/);
    });

    it("flat capacity (0 of +430 places) is offTrack, never yellow", () => {
      const a = run(more430, series("places", { "2023": 4200, "2025": 4200 }));
      expect(a.progress).toBe(0);
      expect(a.status).toBe("offTrack");
    });

    it("beds lost every year against noDecline: offTrack", () => {
      expect(run(keepPlaces, series("places", { "2023": 4200, "2024": 4150, "2025": 4100 })).status).toBe("offTrack");
    });

    it("no decline so far: onTrack, and never achieved before the end of a long-run target", () => {
      expect(run(keepPlaces, series("places", { "2023": 4200, "2024": 4200, "2025": 4210 })).status).toBe("onTrack");
    });

    it("a 5-point shortfall gives the same verdict whether coverage is a fraction or a percent", () => {
      const pct = run(all, series("share", { "2023": 80, "2025": 85 }));
      const frac = assess({ ...all, value: 1 }, series("share", { "2023": 0.8, "2025": 0.85 }), { asOf: "2026-01-31", indicators: [{ ...share, unit: "share" }] });
      expect(frac.status).toBe(pct.status);
      expect(frac.pace?.ratio).toBeCloseTo(pct.pace!.ratio!, 12);
    });
  });

  describe("6. achievement is final data for the reporting period", () => {
    it("one provisional summer month of 33 days after 40 in 2023 is on track, not achieved", () => {
      const a = run(below35, [obs("wait", "2023", 40), obs("wait", "2025-07", 33, ["provisional"])]);
      expect(a.met).toBe(true);
      expect(a.finality).toEqual({ final: false, reason: "provisional" });
      expect(a.status).toBe("onTrack");
    });

    it("a final month does not achieve a target whose indicator reports per tertial; a final tertial does", () => {
      const t = { ...below35, indicatorId: "waitT" };
      const month = run(t, [obs("waitT", "2023", 40), obs("waitT", "2025-07", 33)]);
      expect(month.notComparable).toEqual([{ period: "2025-07", value: 33 }]);
      expect(month.status).not.toBe("achieved");
      expect(run(t, [obs("waitT", "2023", 40), obs("waitT", "2025T2", 33)]).status).toBe("achieved");
    });

    it("compares a monthly value with the same month a year earlier", () => {
      const a = run(below35, [obs("wait", "2023", 40), obs("wait", "2024-07", 34), obs("wait", "2025-07", 36)]);
      expect(a.yearOnYear).toEqual({ period: "2024-07", value: 34, change: 2 });
    });
  });

  describe("8. a verdict at or after the deadline needs data for the deadline period", () => {
    const by2025: Target = { ...below35, deadline: { kind: "year", year: 2025 } };

    it("only 2023–2024 data, as of 2027-02: insufficientData (no_data_for_deadline), not offTrack", () => {
      const a = run(by2025, series("wait", { "2023": 44, "2024": 40 }), "2027-02-28");
      expect(a.status).toBe("insufficientData");
      expect(a.insufficient?.code).toBe("no_data_for_deadline");
    });

    it("with 2025 data: offTrack when missed, achieved when met on final figures", () => {
      expect(run(by2025, series("wait", { "2023": 44, "2025": 40 }), "2027-02-28").status).toBe("offTrack");
      expect(run(by2025, series("wait", { "2023": 44, "2025": 34 }), "2027-02-28").status).toBe("achieved");
    });

    it("a target met after the deadline on provisional figures waits for the final ones", () => {
      expect(run(by2025, [obs("wait", "2023", 44), obs("wait", "2025", 34, ["provisional"])], "2027-02-28").status).toBe("insufficientData");
    });
  });

  describe("9. noise is not success", () => {
    it("life expectancy +0.01 years is no clear change: offTrack, never achieved", () => {
      const a = run(longer, series("life", { "2023": 70, "2025": 70.01 }));
      expect(a.change?.clear).toBe(false);
      expect(a.status).toBe("offTrack");
      expect(a.reason.en).toMatch(/No clear change/);
    });

    it("+0.01 with a declared minimum meaningful change of 0.5 years, likewise; +0.6 is achieved", () => {
      const declared = [wait, { ...life, minimumMeaningfulChange: 0.5 }, rest];
      expect(assess(longer, series("life", { "2023": 70, "2025": 70.01 }), { asOf: "2026-01-31", indicators: declared }).status).toBe("offTrack");
      expect(assess(longer, series("life", { "2023": 70, "2025": 70.6 }), { asOf: "2026-01-31", indicators: declared }).status).toBe("achieved");
    });

    it("confidence intervals that overlap are no clear change; a threshold is met only when the whole interval is", () => {
      const withCi = (period: string, value: number, lower: number, upper: number): Observation => ({ ...obs("life", period, value), lower, upper, level: 0.95 });
      expect(run(longer, [withCi("2023", 70, 69, 71), withCi("2025", 70.8, 69.9, 71.7)]).change).toMatchObject({ clear: false, basis: "interval" });
      const over80: Target = { ...base, id: "T.over80", indicatorId: "life", kind: "threshold", comparator: ">", value: 80 };
      expect(run(over80, [withCi("2023", 79, 78, 80), withCi("2025", 80.5, 79.5, 81.5)]).met).toBe(false);
      expect(run(over80, [withCi("2023", 79, 78, 80), withCi("2025", 81, 80.5, 81.5)]).status).toBe("achieved");
    });
  });

  describe("10. interim milestones", () => {
    it("a missed milestone lowers onTrack to atRisk, and says which", () => {
      const withMilestone: Target = { ...below35, milestones: [{ period: "2025", value: 41 }] };
      const a = run(withMilestone, series("wait", { "2023": 44, "2025": 42 }));
      expect(a.milestones).toEqual([{ period: "2025", value: 41, observed: 42, state: "missed" }]);
      expect(a.status).toBe("atRisk");
      expect(a.reason.en).toMatch(/Interim milestone missed: 2025/);
      expect(a.explanation.en).toMatch(/Interim milestone missed: 2025/);
    });

    it("a milestone met, one not yet due and one with no data are reported but change nothing", () => {
      const t: Target = { ...below35, milestones: [{ period: "2024", value: 43 }, { period: "2025", value: 42 }, { period: "2030", value: 38 }] };
      const a = run(t, series("wait", { "2023": 44, "2025": 42 }));
      expect(a.milestones.map((m) => m.state)).toEqual(["noData", "met", "pending"]);
      expect(a.status).toBe("onTrack");
      expect(createDefaultRule({ missedMilestone: "none" }).id).toBe("default");
    });
  });

  describe("the evidence rules, on their own", () => {
    it("no value → insufficientData; achieved only on a met, final value", () => {
      expect(evidenceVerdict(below35, createMeasurement({}), "2026-01-31")?.status).toBe("insufficientData");
      const metProvisional = createMeasurement({ value: 30, met: true, finality: { final: false, reason: "provisional" } });
      expect(evidenceVerdict(below35, metProvisional, "2026-01-31")).toBeNull();
      const metFinal = createMeasurement({ value: 30, met: true, finality: { final: true, reason: null } });
      expect(evidenceVerdict(below35, metFinal, "2026-01-31")?.status).toBe("achieved");
    });
  });
});

describe("assess, at the edges of its input", () => {
  it("7. refuses overlapping periods in one series, naming both observations", () => {
    const data = [obs("wait", "2025", 40), obs("wait", "2025-06/2025-12", 37.5)];
    expect(() => run(below35, data)).toThrow(AssessmentInputError);
    expect(() => run(below35, data)).toThrow(/2025 \(at 0\) and 2025-06\/2025-12 \(at 1\)/);
  });

  it("12. with only sub-national observations, says which levels it found and where to go", () => {
    const a = run(below35, [obs("wait", "2025", 40, [], "03"), obs("wait", "2025", 42, [], "46"), obs("wait", "2025", 41, [], "0301")]);
    expect(a.insufficient?.code).toBe("no_national_data");
    expect(a.reason.en).toMatch(/county \(2\), municipality \(1\).*evaluatePlan/);
  });

  it("5. clamps an impossible forecast to the unit's domain and says so", () => {
    // 44 → 20 in two years: the line reaches −4 + … below 0 days by 2034.
    const a = run(below35, series("wait", { "2023": 44, "2025": 20 }));
    expect(a.forecast?.unclamped).toBeLessThan(0);
    expect(a.forecast).toMatchObject({ value: 0, clamped: true });
    expect(a.explanation.en).toMatch(/outside what is possible, so it is clamped/);
  });

  it("refuses a non-finite value, naming the observation", () => {
    expect(() => run(below35, [obs("wait", "2023", Number.NaN)])).toThrow(/Observation 0 of wait \(2023, NO\) has value NaN/);
  });
});

describe("helpers", () => {
  it("preferredDirection follows each kind's wording", () => {
    expect([below35, minus25, keepPlaces, more430, all, longer, narrower].map(preferredDirection)).toEqual([
      "decrease", "decrease", "increase", "increase", "increase", "increase", "decrease",
    ]);
  });

  it("deadlinePassed: only after the last day of the deadline year; never for long-run targets", () => {
    const by2025: Target = { ...below35, deadline: { kind: "year", year: 2025 } };
    expect(deadlinePassed(by2025, "2025-12-31")).toBe(false);
    expect(deadlinePassed(by2025, "2026-01-01")).toBe(true);
    expect(deadlinePassed(below35, "2099-12-31")).toBe(false);
  });
});
