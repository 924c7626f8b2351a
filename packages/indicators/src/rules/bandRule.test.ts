import type { Indicator, Target } from "@opptrapping/core";
import { createMeasurement, type AssessOptions, type Measurement } from "@opptrapping/sdk";
import { describe, expect, it } from "vitest";
import { BandRuleError, createBandRule, type Band } from "./index.js";

// Synthetic bands: the rule ships none of its own, and none here is claimed to be official.

const SOURCES = [{ doc: "synthetic" }] as const;
const indicator: Indicator = { id: "wait", title: { nb: "Ventetid" }, unit: "days", aggregation: "mean", direction: "decrease", disaggregations: [], sources: SOURCES };
const target = (id = "R5.phbu", indicatorId = "wait"): Target => ({
  id, indicatorId, kind: "threshold", comparator: "<", value: 35, deadline: { kind: "longRun" }, sources: SOURCES,
});
const options: AssessOptions = {
  asOf: "2026-01-31", forecastMethod: "linearLeastSquares", minPointsForTrend: 2, longRunHorizon: 2033, halfLifeYears: 2,
  baselinePolicy: { kind: "lastAtOrBefore", period: "2023" }, defaultRelativeNoise: 0.01,
};

// Final values that meet < 35 below 35: the only kind a band may call achieved.
function measured(value: number | null): Measurement {
  return createMeasurement({
    value, valuePeriod: value === null ? null : "2025", targetValue: 35, met: value === null ? null : value < 35,
    finality: value === null ? null : { final: true, reason: null },
  });
}

const traffic: readonly Band[] = [
  { from: null, to: 35, status: "achieved", colour: "green" },
  { from: 35, to: 45, status: "atRisk", colour: "yellow" },
  { from: 45, to: null, status: "offTrack", colour: "red" },
];

function thrown(f: () => unknown): BandRuleError {
  try {
    f();
  } catch (error) {
    if (error instanceof BandRuleError) return error;
    throw error;
  }
  throw new Error("expected a BandRuleError");
}

describe("createBandRule", () => {
  const rule = createBandRule({ bands: { "R5.phbu": traffic } });
  const decide = (v: number | null, t = target()) => rule.decide({ target: t, indicator, measurement: measured(v), options });

  it("has id bands unless told otherwise", () => {
    expect(rule.id).toBe("bands");
    expect(createBandRule({ id: "waits", bands: {} }).id).toBe("waits");
  });

  it("puts a value in its half-open band [from, to)", () => {
    expect(decide(20)).toMatchObject({ status: "achieved", colour: "green" });
    expect(decide(40)).toMatchObject({ status: "atRisk", colour: "yellow" });
    expect(decide(1000)).toMatchObject({ status: "offTrack", colour: "red" });
    expect(decide(-1e9)).toMatchObject({ status: "achieved" }); // open at −∞
  });

  it("puts a value exactly on an edge in the upper band: 35 → [35, 45), 45 → [45, ∞)", () => {
    expect(decide(34.999)).toMatchObject({ status: "achieved" });
    expect(decide(35)).toMatchObject({ status: "atRisk", colour: "yellow" });
    expect(decide(45)).toMatchObject({ status: "offTrack", colour: "red" });
  });

  it("names the band in the reason", () => {
    expect(decide(37.5).reason).toEqual({
      nb: "Siste verdi 37,5 ligger i båndet [35, 45).",
      en: "The latest value 37.5 lies in the band [35, 45).",
    });
  });

  it("takes bands by target id over bands by indicator id", () => {
    const both = createBandRule({
      bands: {
        wait: [{ from: null, to: null, status: "offTrack", colour: "red" }],
        "R5.phbu": [{ from: null, to: null, status: "onTrack", colour: "green" }],
      },
    });
    expect(both.decide({ target: target("R5.phbu"), indicator, measurement: measured(40), options }).status).toBe("onTrack");
    // Another target on the same indicator falls back to the indicator's bands.
    expect(both.decide({ target: target("R5.phv"), indicator, measurement: measured(40), options }).status).toBe("offTrack");
  });

  it("rates a target without bands as insufficientData, saying so", () => {
    const v = decide(40, target("R4", "clinics"));
    expect(v).toMatchObject({ status: "insufficientData", colour: "grey" });
    expect(v.reason.en).toBe("No colour bands configured for R4.");
    expect(v.reason.nb).toBe("Ingen fargebånd satt for R4.");
  });

  it("rates insufficient data and a missing value as insufficientData", () => {
    const explanation = { nb: "Ingen observasjoner.", en: "No observations." };
    const insufficient = { ...measured(null), insufficient: { code: "no_observations" as const, explanation } };
    expect(rule.decide({ target: target(), indicator, measurement: insufficient, options })).toEqual({ status: "insufficientData", colour: "grey", reason: explanation });
    expect(decide(null).status).toBe("insufficientData");
  });

  it("accepts a single band covering everything", () => {
    expect(() => createBandRule({ bands: { x: [{ from: null, to: null, status: "atRisk", colour: "yellow" }] } })).not.toThrow();
  });

  describe("refuses malformed bands with BandRuleError invalid_bands, pointing at the band", () => {
    const band = (from: number | null, to: number | null): Band => ({ from, to, status: "atRisk", colour: "yellow" });
    const make = (bands: readonly Band[]) => () => createBandRule({ bands: { "R5.phbu": bands } });

    it.each([
      ["a gap between 35 and 40", [band(null, 35), band(40, null)], 1, /bands must touch: \[\.\., 35\) is followed by \[40, \.\.\)/],
      ["an overlap from 35 to 40", [band(null, 40), band(35, null)], 1, /bands must touch: \[\.\., 40\) is followed by \[35, \.\.\)/],
      ["a first band not open at −∞", [band(0, 35), band(35, null)], 0, /first band must start at null/],
      ["a last band not open at +∞", [band(null, 35), band(35, 100)], 1, /last band must end at null/],
      ["a band with from = to", [band(null, 35), band(35, 35), band(35, null)], 1, /must start below its end, got \[35, 35\)/],
      ["a band with from > to", [band(null, 40), band(40, 30), band(30, null)], 1, /must start below its end, got \[40, 30\)/],
      ["a NaN edge", [band(null, Number.NaN), band(Number.NaN, null)], 0, /finite numbers or null, got NaN/],
      ["an infinite edge", [band(null, Number.POSITIVE_INFINITY), band(Number.POSITIVE_INFINITY, null)], 0, /finite numbers or null, got Infinity/],
      ["no bands at all", [], 0, /at least one band/],
      ["two bands open at both ends", [band(null, null), band(null, null)], 0, /only the last band may end at null/],
      ["an open band before the last", [band(null, 35), band(35, null), band(null, null)], 1, /only the last band may end at null/],
    ] as const)("%s", (_, bands, index, message) => {
      const error = thrown(make(bands));
      expect(error.code).toBe("invalid_bands");
      expect(error.path).toEqual(["bands", "R5.phbu", index]);
      expect(error.message).toMatch(message);
      expect(error.message).toContain('bands for "R5.phbu"');
    });
  });
});
