import type { Observation } from "@opptrapping/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateAcrossUnits } from "./aggregateAcrossUnits.js";
import { indicator, thrown } from "./helpers.test-fixture.js";
import { toObservation } from "./toObservation.js";

const RHF = ["rhf-midt-norge", "rhf-nord", "rhf-sor-ost", "rhf-vest"];
function obs(orgUnit: string, value: number | null, extra: Partial<Observation> = {}): Observation {
  return { indicatorId: "ind", period: "2025", orgUnit, dimensions: {}, value, flags: value === null ? ["suppressed"] : [], ...extra };
}
const beds = indicator("stock", "count");

describe("aggregateAcrossUnits: coverage of the expected units", () => {
  it("flags a bed total without Helse Nord as a partial sum (3 620 of 4 units' beds is a lower bound, not a cut)", () => {
    // SYNTHETIC beds: 2 000 + 900 + 720 = 3 620, Helse Nord's row is missing.
    const r = aggregateAcrossUnits([obs("rhf-sor-ost", 2000), obs("rhf-vest", 900), obs("rhf-midt-norge", 720)], beds, { orgUnit: "NO", expected: RHF });
    expect(r.value).toBe(3620);
    expect(r.units).toEqual({ expected: 4, present: 3, suppressed: [], missing: ["rhf-nord"], share: 0.75, threshold: 0.9, sufficient: false, partialSum: true });
    const o = toObservation(r, "beds");
    expect([o.value, o.flags]).toEqual([null, ["missing"]]);
    expect(o.note).toContain("missing: rhf-nord");
    expect(o.note).toContain("the partial value was 3620");
  });

  it("refuses it with onIncomplete 'refuse', naming the missing unit and the period", () => {
    const e = thrown(() => aggregateAcrossUnits([obs("rhf-sor-ost", 2000), obs("rhf-vest", 900), obs("rhf-midt-norge", 720)], beds, { orgUnit: "NO", expected: RHF, onIncomplete: "refuse" }));
    expect(e.code).toBe("incomplete_coverage");
    expect(e.message).toContain("for 2025 into NO");
    expect(e.message).toContain("missing: rhf-nord");
  });

  it("weighs coverage by population: two of three municipalities holding 95 % of it pass a 90 % threshold for a mean", () => {
    const wait = indicator("mean", "days");
    const r = aggregateAcrossUnits([obs("0301", 30, { count: 10 }), obs("4601", 40, { count: 10 })], wait, {
      orgUnit: "NO",
      expected: ["0301", "4601", "1101"],
      weights: { "0301": 700, "4601": 250, "1101": 50 },
    });
    expect(r.units).toMatchObject({ present: 2, share: 2 / 3, weightShare: 0.95, sufficient: true, partialSum: false, missing: ["1101"] });
    expect(toObservation(r, "wait")).toMatchObject({ value: 35, count: 20 });
    expect(toObservation(r, "wait").note).toContain("2 of 3 units (66.7 %) have a value; holding 95 % of the weight; missing: 1101");
  });

  it("counts suppressed units apart from missing ones, and uses their known denominators as weights (20 of 23 suppressed)", () => {
    const share = indicator("proportion", "percent");
    const units = Array.from({ length: 23 }, (_, i) => `hf-u${String(i).padStart(2, "0")}`);
    const rows = units.map((u, i) => (i < 3 ? obs(u, 50, { numerator: 50, denominator: 100 }) : obs(u, null, { denominator: 100 })));
    const r = aggregateAcrossUnits(rows, share, { orgUnit: "NO", expected: units });
    expect(r.units).toMatchObject({ expected: 23, present: 3, missing: [], weightShare: 300 / 2300, sufficient: false, partialSum: false });
    expect(r.units?.suppressed).toHaveLength(20);
    expect(r.excluded[0]).toEqual({ period: "2025", orgUnit: "hf-u03", reason: "suppressed", denominator: 100 });
    expect(toObservation(r, "share").value).toBeNull();
  });

  it("keeps the denominators of an all-suppressed aggregate: FHI and SSB suppress the numerator, not the population", () => {
    const share = indicator("proportion", "percent");
    const r = aggregateAcrossUnits([obs("03", null, { denominator: 700 }), obs("46", null, { denominator: 300 })], share, { orgUnit: "NO" });
    expect(toObservation(r, "share")).toMatchObject({ value: null, denominator: 1000, flags: ["suppressed"] });
  });

  it("refuses a threshold outside 0–1", () => {
    expect(thrown(() => aggregateAcrossUnits([obs("03", 1)], beds, { orgUnit: "NO", expected: ["03"], minCoverage: 2 })).code).toBe("invalid_options");
  });

  it("property: coverage is present / expected, sufficient at the threshold, and a sum is partial exactly when a unit lacks a value", () => {
    const units = ["a", "b", "c", "d", "e", "f"].map((x) => `hf-${x}`);
    fc.assert(
      fc.property(
        fc.subarray(units, { minLength: 1 }),
        fc.func(fc.constantFrom("value", "suppressed", "absent")),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (expected, state, minCoverage) => {
          const rows = expected.flatMap((u) => (state(u) === "absent" ? [] : [state(u) === "value" ? obs(u, 10, { count: 2 }) : obs(u, null)]));
          if (rows.length === 0) return;
          for (const ind of [beds, indicator("mean", "days")]) {
            const r = aggregateAcrossUnits(rows, ind, { orgUnit: "NO", expected, minCoverage });
            const present = expected.filter((u) => state(u) === "value").length;
            expect(r.units!.share).toBe(present / expected.length);
            expect(r.units!.present + r.units!.suppressed.length + r.units!.missing.length).toBe(expected.length);
            expect(r.units!.sufficient).toBe(present / expected.length >= minCoverage);
            expect(r.units!.partialSum).toBe(ind.aggregation === "stock" && present < expected.length);
            // Nothing short of a complete, sufficient result is handed on as a value.
            const o = toObservation(r, "x");
            if (o.value !== null) expect(r.units!.sufficient && !r.units!.partialSum).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
