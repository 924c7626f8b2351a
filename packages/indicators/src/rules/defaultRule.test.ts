import type { Indicator, Target } from "@opptrapping/core";
import type { AssessOptions, Measurement } from "@opptrapping/sdk";
import { describe, expect, it } from "vitest";
import { createDefaultRule, deadlinePassed, defaultStatusPlugin, preferredDirection, shortfall } from "./index.js";

// Synthetic measurements, built by hand so each branch of the rule is reached on purpose.

const SOURCES = [{ doc: "synthetic" }] as const;
const indicator: Indicator = { id: "wait", title: { nb: "Ventetid" }, unit: "days", aggregation: "mean", direction: "decrease", disaggregations: [], sources: SOURCES };

const below35 = (deadline: Target["deadline"] = { kind: "longRun" }): Target => ({
  id: "T", indicatorId: "wait", kind: "threshold", comparator: "<", value: 35, deadline, sources: SOURCES,
});
const coverage100: Target = { id: "C", indicatorId: "wait", kind: "coverage", value: 100, deadline: { kind: "longRun" }, sources: SOURCES };

const options = (asOf = "2026-01-31"): AssessOptions => ({
  asOf, forecastMethod: "linearLeastSquares", minPointsForTrend: 2, longRunHorizon: 2033, halfLifeYears: 2,
});

function measured(value: number, extra: Partial<Measurement> = {}): Measurement {
  return {
    value, valuePeriod: "2025", baseline: null, targetValue: 35, met: false, gap: value - 35, progress: null,
    trend: null, forecast: null, insufficient: null, used: [], ...extra,
  };
}

const forecast = (value: number, meets: boolean) => ({ value, at: 2034, method: "linearLeastSquares" as const, meets });
const trend = (slopePerYear: number, improving: boolean) => ({ slopePerYear, improving, points: 3 });

const rule = createDefaultRule();
const decide = (m: Measurement, target = below35(), asOf?: string) => rule.decide({ target, indicator, measurement: m, options: options(asOf) });

describe("the default rule", () => {
  it("has id default and comes as the plugin opptrapping:default-status", () => {
    expect(rule.id).toBe("default");
    expect(defaultStatusPlugin.name).toBe("opptrapping:default-status");
    expect(defaultStatusPlugin.statusRules.map((r) => r.id)).toEqual(["default"]);
  });

  it("1. rates insufficient data as insufficientData (grey), with the assessor's reason", () => {
    const explanation = { nb: "Ingen observasjoner.", en: "No observations." };
    const m: Measurement = { ...measured(0), value: null, valuePeriod: null, targetValue: null, met: null, gap: null, insufficient: { code: "no_observations", explanation } };
    expect(decide(m)).toEqual({ status: "insufficientData", colour: "grey", reason: explanation });
  });

  it("2. rates a met target as achieved (green) — even after its deadline", () => {
    expect(decide(measured(30, { met: true }))).toMatchObject({ status: "achieved", colour: "green" });
    expect(decide(measured(30, { met: true }), below35({ kind: "year", year: 2024 }))).toMatchObject({ status: "achieved" });
  });

  it("3. rates an unmet target past its deadline as offTrack (red), whatever the forecast", () => {
    const m = measured(36, { forecast: forecast(20, true), trend: trend(-5, true) });
    // As of 2026-01-31 the deadline year 2025 is over.
    expect(decide(m, below35({ kind: "year", year: 2025 }))).toMatchObject({ status: "offTrack", colour: "red" });
    // On 31 December 2025 it is not over yet.
    expect(decide(m, below35({ kind: "year", year: 2025 }), "2025-12-31")).toMatchObject({ status: "onTrack" });
  });

  it("3. never lets a long-run target pass its deadline", () => {
    expect(deadlinePassed(below35(), "2099-12-31")).toBe(false);
    expect(deadlinePassed(below35({ kind: "year", year: 2025 }), "2026-01-01")).toBe(true);
    expect(deadlinePassed(below35({ kind: "year", year: 2025 }), "2025-12-31")).toBe(false);
  });

  it("4a. rates a forecast that meets the target as onTrack (green)", () => {
    expect(decide(measured(38, { forecast: forecast(12.5, true), trend: trend(-3, true) }))).toMatchObject({ status: "onTrack", colour: "green" });
  });

  it("4b. rates a forecast at most 10 % short as atRisk (yellow): 38.5 vs 35 is 3.5/35 = exactly 10 %", () => {
    const v = decide(measured(38.5, { forecast: forecast(38.5, false), trend: trend(0.1, false) }));
    expect(v).toMatchObject({ status: "atRisk", colour: "yellow" });
    expect(v.reason.en).toContain("10 %");
    expect(v.reason.nb).toContain("10 %");
  });

  it("4c. rates a forecast more than 10 % short as atRisk when the trend improves", () => {
    // 40 vs 35 is 5/35 ≈ 14.3 % short, but the series is falling.
    expect(decide(measured(45, { forecast: forecast(40, false), trend: trend(-0.5, true) }))).toMatchObject({ status: "atRisk", colour: "yellow" });
  });

  it("4d. rates a forecast more than 10 % short without an improving trend as offTrack, naming the shortfall", () => {
    const v = decide(measured(40, { forecast: forecast(40, false), trend: trend(1, false) }));
    expect(v).toMatchObject({ status: "offTrack", colour: "red" });
    expect(v.reason.en).toBe("The forecast misses by 14.3 % of the target value."); // 5/35 = 0.142857…
    expect(v.reason.nb).toBe("Prognosen bommer med 14,3 % av målverdien.");
  });

  it("5. without a forecast rates the latest value: 37.5 is 2.5/35 ≈ 7.1 % short → atRisk; 40 is 14.3 % → offTrack", () => {
    const atRisk = decide(measured(37.5));
    expect(atRisk).toMatchObject({ status: "atRisk", colour: "yellow" });
    expect(atRisk.reason.en).toContain("7.1 %");
    expect(decide(measured(40))).toMatchObject({ status: "offTrack", colour: "red" });
  });

  it("5. measures the shortfall upwards for increasing targets: 91 % vs 100 → atRisk, 87 % → offTrack", () => {
    const m = (v: number) => measured(v, { targetValue: 100, gap: 100 - v });
    expect(decide(m(91), coverage100).status).toBe("atRisk");
    expect(decide(m(87), coverage100).status).toBe("offTrack"); // 13/100 > 10 %
    expect(decide(m(90), coverage100).status).toBe("atRisk"); // exactly 10 %
  });

  it("judges shortfall against 1 when the target value is 0: −0.05 vs 0 (increase) is 5 % short", () => {
    const growth: Target = { id: "G", indicatorId: "wait", kind: "growthExceeds", referenceIndicatorId: "wait", basis: "growthRate", deadline: { kind: "longRun" }, sources: SOURCES };
    expect(decide(measured(-0.05, { targetValue: 0 }), growth).status).toBe("atRisk");
    expect(decide(measured(-0.2, { targetValue: 0 }), growth).status).toBe("offTrack");
  });

  it("takes a custom tolerance: 40 vs 35 (14.3 % short) is atRisk with tolerance 0.2, offTrack with 0.1", () => {
    const lenient = createDefaultRule({ tolerance: 0.2 });
    expect(lenient.decide({ target: below35(), indicator, measurement: measured(40), options: options() }).status).toBe("atRisk");
    expect(decide(measured(40)).status).toBe("offTrack");
  });

  it("with tolerance 0 rates any shortfall without an improving trend as offTrack", () => {
    const strict = createDefaultRule({ tolerance: 0 });
    expect(strict.decide({ target: below35(), indicator, measurement: measured(35.01), options: options() }).status).toBe("offTrack");
  });

  it("refuses a negative, NaN or infinite tolerance", () => {
    expect(() => createDefaultRule({ tolerance: -0.1 })).toThrow(RangeError);
    expect(() => createDefaultRule({ tolerance: Number.NaN })).toThrow(RangeError);
    expect(() => createDefaultRule({ tolerance: Number.POSITIVE_INFINITY })).toThrow(/finite number ≥ 0/);
  });

  it("does not throw when there is no target value to measure a shortfall against", () => {
    const v = decide(measured(40, { targetValue: null, gap: null, forecast: forecast(40, false), trend: trend(1, false) }));
    expect(v.status).toBe("offTrack");
    expect(v.reason.en).toContain("∞ %");
  });

  it("gives every verdict a reason in nb and en", () => {
    for (const m of [measured(30, { met: true }), measured(37.5), measured(40), measured(38, { forecast: forecast(12.5, true) })]) {
      const v = decide(m);
      expect(v.reason.nb.length).toBeGreaterThan(0);
      expect(v.reason.en.length).toBeGreaterThan(0);
    }
  });
});

describe("preferredDirection and shortfall", () => {
  it("read the direction from the target", () => {
    expect(preferredDirection(below35())).toBe("decrease");
    expect(preferredDirection({ ...below35(), comparator: ">=" } as Target)).toBe("increase");
    expect(preferredDirection({ id: "R", indicatorId: "w", kind: "relativeChange", change: -0.25, deadline: { kind: "longRun" }, sources: SOURCES })).toBe("decrease");
    expect(preferredDirection({ id: "R", indicatorId: "w", kind: "relativeChange", change: 0.25, deadline: { kind: "longRun" }, sources: SOURCES })).toBe("increase");
    expect(preferredDirection({ id: "D", indicatorId: "w", kind: "direction", direction: "decrease", deadline: { kind: "longRun" }, sources: SOURCES })).toBe("decrease");
    expect(preferredDirection({ id: "G", indicatorId: "w", kind: "gap", referenceIndicatorId: "x", deadline: { kind: "longRun" }, sources: SOURCES })).toBe("decrease");
    expect(preferredDirection(coverage100)).toBe("increase");
  });

  it("is max(0, behind) / |x|: 0 when on the right side, 2.5/35 when 2.5 days behind", () => {
    const m = measured(0);
    expect(shortfall(30, m, "decrease")).toBe(0);
    expect(shortfall(37.5, m, "decrease")).toBe(2.5 / 35);
    expect(shortfall(-40, { ...m, targetValue: -35 }, "decrease")).toBe(0);
    expect(shortfall(-30, { ...m, targetValue: -35 }, "decrease")).toBe(5 / 35); // |x| = 35
  });
});
