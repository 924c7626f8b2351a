import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timeAxis, valueAxis } from "./chartModel.js";
import { evaluation, report } from "./fixtures.test-fixture.js";

describe("valueAxis", () => {
  it("pads 37.5 and 35 days by 10 % of the larger value and rounds to steps of 2.5: 30 to 42.5", () => {
    // pad = max(2.5 × 0.15, 37.5 × 0.1) = 3.75 → 31.25…41.25; step for a span of 10 is 2.5.
    const axis = valueAxis([37.5, 35], "days", "dager", "nb", true)!;
    expect(axis).toMatchObject({ min: 30, max: 42.5, ticks: [30, 32.5, 35, 37.5, 40, 42.5], unitLabel: "dager" });
    expect(axis.tickLabels).toEqual(["30", "32,5", "35", "37,5", "40", "42,5"]);
  });

  it("keeps a percentage inside 0–100: 75 % against a 100 % target gives 60 to 100 in steps of 10", () => {
    // pad = max(25 × 0.15, 100 × 0.1) = 10 → 65…110, capped at 100; step for 35 is 10 → 60.
    expect(valueAxis([75, 100], "percent", "prosent", "nb", true)).toMatchObject({ min: 60, max: 100, ticks: [60, 70, 80, 90, 100] });
  });

  it("never goes below zero for a count, and gives no axis at all without values", () => {
    // pad = max(4.9 × 0.15, 5 × 0.1) = 0.735 → −0.635, held at 0.
    expect(valueAxis([0.1, 5], "count", "antall", "en", true)!.min).toBe(0);
    expect(valueAxis([], "days", "dager", "nb", true)).toBeNull();
  });

  it("holds every value strictly inside, with ascending ticks and no NaN (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 12 }), fc.constantFrom("days", "percent", "index", "count") , (values, unit) => {
        const nonNegative = unit !== "index";
        const vs = nonNegative ? values.map(Math.abs) : values;
        const usable = unit === "percent" ? vs.map((v) => v % 100) : vs;
        const axis = valueAxis(usable, unit, "u", "en", nonNegative)!;
        expect(Number.isFinite(axis.min) && Number.isFinite(axis.max)).toBe(true);
        expect(axis.max).toBeGreaterThan(axis.min);
        for (const v of usable) {
          expect(v).toBeGreaterThanOrEqual(axis.min);
          expect(v).toBeLessThanOrEqual(axis.max);
        }
        for (let i = 1; i < axis.ticks.length; i++) expect(axis.ticks[i]!).toBeGreaterThan(axis.ticks[i - 1]!);
        expect(axis.tickLabels.every((l) => !l.includes("NaN"))).toBe(true);
      }),
      { seed: 20260131, numRuns: 300 },
    );
  });
});

describe("timeAxis", () => {
  it("runs from 2021 to 2040 for the bundled plan (PHV's 2021 value; R6 has +430 places by 2040), labelling every second year up to 2040", () => {
    const { plan, e } = evaluation(false);
    expect(timeAxis(plan, e)).toEqual({ from: 2021, to: 2040, horizon: 2033, labelled: [2022, 2024, 2026, 2028, 2030, 2032, 2034, 2036, 2038, 2040] });
  });

  it("is one axis for every chart of a report", () => {
    const r = report("nb");
    const charts = r.areas.flatMap((a) => a.goals.flatMap((g) => g.targets.map((t) => t.chart)));
    expect(charts.length).toBe(12);
    for (const c of charts) expect(c.axis).toEqual(r.axis);
  });
});

describe("targetChart", () => {
  it("draws the PHBU history from the 2022 break, the provisional value marked, June–December 2025 off the line, the target, the forecast and a long-run deadline at 2033", () => {
    const phbu = report("nb").areas.flatMap((a) => a.goals).find((g) => g.id === "R5")!.targets.find((t) => t.id === "R5.phbu")!.chart;
    expect(phbu.points.map((p) => [p.value, p.provisional])).toEqual([
      [53, false],
      [48, false],
      [44, true],
    ]);
    expect(phbu.offLine.map((p) => [p.period, p.value])).toEqual([["juni–desember 2025", 37.5]]);
    expect(phbu.seriesBreak).toEqual({ t: 2022, label: "brudd i serien 2022" });
    expect(phbu.baselineIsPoint).toBe(true);
    expect(phbu.table.rows).toContainEqual(["Juni–desember 2025", "37,5\u00a0dager (ikke sammenlignbart, ikke på linjen)"]);
    expect(phbu.table.rows).toContainEqual(["2022 (utgangsnivå)", "53\u00a0dager"]);
    expect(phbu.target).toEqual({ value: 35, label: "mål 35\u00a0dager" });
    expect(phbu.deadline).toEqual({ t: 2034, label: "på sikt (vurdert mot 2033)", short: "på sikt: 2033" });
    expect(phbu.forecast).not.toBeNull();
    expect(phbu.legend.map((l) => l.item)).toEqual(expect.arrayContaining(["measured", "provisional", "target", "forecast", "deadline"]));
    expect(phbu.values!.min).toBeLessThanOrEqual(Math.min(35, phbu.forecast!.value));
    expect(phbu.values!.max).toBeGreaterThanOrEqual(53);
    expect(phbu.table.rows).toContainEqual(["2024", "44\u00a0dager (foreløpig)"]);
  });

  it("has no value axis and says so when there are no values and no target value", () => {
    const phv = report("en").areas.flatMap((a) => a.goals).find((g) => g.id === "R5")!.targets.find((t) => t.id === "R5.phv")!.chart;
    // R5.phv: one value (46 days, 2021) and a 40-day threshold: pad = max(6 × 0.15, 46 × 0.1) = 4.6
    // → 35.4…50.6; step for 15.2 is 5 → 35 to 55.
    expect(phv.values).toMatchObject({ min: 35, max: 55 });
    expect(phv.emptyText).toBeNull();
    const r1 = report("en").areas.flatMap((a) => a.goals).find((g) => g.id === "R1")!.targets[0]!.chart;
    expect(r1.values).toBeNull();
    expect(r1.emptyText).toBe("No values yet");
    expect(r1.unitLabel).toBe("per cent");
  });
});
