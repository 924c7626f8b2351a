import { createOrgHierarchy, type Observation } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { aggregate } from "./aggregate.js";
import { indicator, thrown } from "./helpers.test-fixture.js";

function obs(period: string, orgUnit: string, value: number | null, extra: Partial<Observation> = {}): Observation {
  return { indicatorId: "ind", period, orgUnit, dimensions: {}, value, flags: value === null ? ["missing"] : [], ...extra };
}

const hierarchy = createOrgHierarchy([
  { id: "NO", level: "nation", name: "Norge" },
  { id: "03", level: "county", name: "Oslo", parent: "NO" },
  { id: "0301", level: "municipality", name: "Oslo", parent: "03" },
  { id: "46", level: "county", name: "Vestland", parent: "NO" },
  { id: "4601", level: "municipality", name: "Bergen", parent: "46" },
  { id: "4602", level: "municipality", name: "Kinn", parent: "46" },
]);

describe("aggregate", () => {
  it("sums a stock across counties, then takes the last month of an arbitrary range: 110 + 90 = 200", () => {
    const r = aggregate(
      [obs("2025-11", "03", 100), obs("2025-11", "46", 80), obs("2025-12", "03", 110), obs("2025-12", "46", 90)],
      indicator("stock", "places"),
      { period: "2025-06/2025-12", orgUnit: "NO" },
    );
    expect(r).toEqual([
      {
        value: 200,
        period: "2025-06/2025-12",
        orgUnit: "NO",
        dimensions: {},
        inputs: 4,
        excluded: [],
        complete: true,
        provisional: false,
        coverage: 2 / 7,
      },
    ]);
  });

  it("gives one count-weighted mean per dimension combination, sorted by dimensions", () => {
    const phbu = { dimensions: { service: "PHBU" } };
    const phv = { dimensions: { service: "PHV" } };
    const r = aggregate(
      [
        obs("2025-01", "4601", 50, { count: 10, ...phv }),
        obs("2025-01", "4601", 30, { count: 100, ...phbu }),
        obs("2025-02", "4602", 40, { count: 300, ...phbu }),
        obs("2025-02", "4602", 60, { count: 30, ...phv }),
      ],
      indicator("mean", "days"),
      { period: "2025T1", orgUnit: "46", hierarchy },
    );
    expect(r.map((x) => [x.dimensions, x.value, x.count])).toEqual([
      [{ service: "PHBU" }, 37.5, 400],
      [{ service: "PHV" }, 57.5, 40],
    ]);
  });

  it("rebuilds a rate across units and over time: events summed, population summed then averaged over the days", () => {
    // Q3: 03 has 10 events on 40 000, 46 has 20 on 55 000 → 30 on 95 000; Q4: 50 on 105 000 (both 92 days).
    const r = aggregate(
      [
        obs("2025Q3", "03", 25, { numerator: 10, denominator: 40_000 }),
        obs("2025Q3", "46", 36.4, { numerator: 20, denominator: 55_000 }),
        obs("2025Q4", "03", 50, { numerator: 25, denominator: 50_000 }),
        obs("2025Q4", "46", 45.5, { numerator: 25, denominator: 55_000 }),
      ],
      indicator("rate", "per100k"),
      { period: "2025H2" },
    );
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ value: 80, numerator: 80, denominator: 100_000, orgUnit: "NO", inputs: 4 });
  });

  it("reports excluded inputs of every step and is incomplete", () => {
    const r = aggregate(
      [obs("2025-01", "4601", 5), obs("2025-01", "4602", null, { flags: ["suppressed"] }), obs("2025-02", "4601", null), obs("2025-02", "4602", 7)],
      indicator("count"),
      { hierarchy },
    );
    expect(r[0]).toMatchObject({
      value: 12,
      period: "2025-01/2025-02",
      orgUnit: "46",
      inputs: 2,
      complete: false,
      coverage: 1,
      excluded: [
        { period: "2025-01", orgUnit: "4602", reason: "suppressed" },
        { period: "2025-02", orgUnit: "4601", reason: "missing" },
      ],
    });
  });

  it("defaults to the inputs' one period and org unit", () => {
    expect(aggregate([obs("2025T2", "03", 4)], indicator("count"))[0]).toMatchObject({ period: "2025T2", orgUnit: "03", value: 4, coverage: 1 });
  });

  it("defaults to NO for several org units without a hierarchy", () => {
    expect(aggregate([obs("2025", "03", 4), obs("2025", "4601", 5)], indicator("count"))[0]).toMatchObject({ orgUnit: "NO", value: 9 });
  });

  it("defaults to the nearest common ancestor with a hierarchy", () => {
    expect(aggregate([obs("2025", "0301", 4), obs("2025", "4601", 5)], indicator("count"), { hierarchy })[0]).toMatchObject({ orgUnit: "NO", value: 9 });
    expect(aggregate([obs("2025", "4602", 4), obs("2025", "4601", 5)], indicator("count"), { hierarchy })[0]).toMatchObject({ orgUnit: "46", value: 9 });
  });

  it("keeps a zero-denominator month as data: it covers its month and adds nothing", () => {
    const r = aggregate(
      [obs("2025-01", "4601", 0, { numerator: 0, denominator: 0 }), obs("2025-02", "4601", 50, { numerator: 1, denominator: 2 })],
      indicator("proportion", "percent"),
      { period: "2025-01/2025-02" },
    );
    expect(r[0]).toMatchObject({ value: 50, coverage: 1, complete: true });
  });

  it("gives an empty array for no observations", () => {
    expect(aggregate([], indicator("count"))).toEqual([]);
  });
});

describe("aggregate refuses", () => {
  it("an input outside the period, pointing at it", () => {
    const e = thrown(() => aggregate([obs("2025-05", "03", 1), obs("2025-06", "03", 1)], indicator("count"), { period: "2025-06/2025-12" }));
    expect(e.code).toBe("outside_period");
    expect(e.path).toEqual([0]);
    expect(e.message).toBe("Cannot aggregate ind over 2025-06/2025-12: ind for 2025-05, 03 lies outside it.");
  });

  it("months in one unit and a tertial in another, which overlap in time", () => {
    const e = thrown(() => aggregate([obs("2025-01", "03", 1), obs("2025T1", "46", 4)], indicator("count"), { orgUnit: "NO" }));
    expect(e.code).toBe("overlapping_periods");
    expect(e.path).toEqual([1]);
    expect(e.message).toBe("Cannot aggregate ind over 2025T1: 2025-01 and 2025T1 overlap, so their days would be counted twice (NO). Use one granularity.");
  });

  it("a county together with its municipality", () => {
    expect(thrown(() => aggregate([obs("2025", "46", 1), obs("2025", "4601", 4)], indicator("count"), { hierarchy })).code).toBe("overlapping_units");
  });

  it("units that share no ancestor when no org unit is given", () => {
    const forest = createOrgHierarchy([
      { id: "03", level: "county", name: "Oslo" },
      { id: "46", level: "county", name: "Vestland" },
    ]);
    const e = thrown(() => aggregate([obs("2025", "03", 1), obs("2025", "46", 4)], indicator("count"), { hierarchy: forest }));
    expect(e.code).toBe("mixed_org_units");
    expect(e.message).toBe("Cannot aggregate ind: 03, 46 share no ancestor in the hierarchy. Say which org unit to aggregate to (options.orgUnit).");
    const unknown = thrown(() => aggregate([obs("2025", "03", 1), obs("2025", "11", 4)], indicator("count"), { hierarchy: forest }));
    expect(unknown.code).toBe("unknown_org_unit");
    expect(unknown.path).toEqual([1]);
  });

  it("a duplicate and another indicator", () => {
    expect(thrown(() => aggregate([obs("2025", "03", 1), obs("2025", "03", 1)], indicator("count"))).code).toBe("duplicate_observation");
    expect(thrown(() => aggregate([obs("2025", "03", 1, { indicatorId: "other" })], indicator("count"))).code).toBe("mixed_indicators");
  });

  it("a difference over several units", () => {
    expect(thrown(() => aggregate([obs("2025", "03", 1), obs("2025", "46", 4)], indicator("difference", "days"))).code).toBe("not_aggregatable");
  });
});
