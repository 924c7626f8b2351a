import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import collection from "./fixtures/collection-ventetid.json?raw";
import fhi from "./fixtures/fhi-psykiske-plager.json?raw";
import { collectionMapping, fhiMapping, smallMapping, ssbMapping, ssbTwoIndicators } from "./fixtures/mappings.test-fixture.js";
import ssb from "./fixtures/ssb-99901.json?raw";
import { fromJsonStat } from "./fromJsonStat.js";

const obs = (orgUnit: string, period: string, value: number | null, extra: object = {}) => ({ indicatorId: "SYNTH.wait", period, orgUnit, dimensions: {}, value, ...extra });

/** A Region × Tid dataset with the given value, status and category index forms. */
const small = (over: object = {}) => ({
  version: "2.0",
  class: "dataset",
  id: ["Region", "Tid"],
  size: [2, 2],
  dimension: { Region: { category: { index: ["0301", "4601"] } }, Tid: { category: { index: ["2024M05", "2024M06"] } } },
  value: [41.2, 39.9, 45, 44.4],
  ...over,
});

describe("fromJsonStat on an SSB json-stat2 response", () => {
  it("pivots ContentsCode into value and count, region by region, month by month", () => {
    const { observations, issues } = fromJsonStat(ssb, ssbMapping);
    expect(issues).toEqual([]);
    expect(observations).toHaveLength(15);
    expect(observations.slice(0, 3)).toEqual([
      obs("NO", "2024-04", 44.1, { count: 10412, flags: [] }),
      obs("NO", "2024-05", 42.8, { count: 10988, flags: [] }),
      obs("NO", "2024-06", 39.6, { count: 9876, flags: [] }),
    ]);
    expect(observations.map((o) => o.orgUnit)).toEqual(["NO", "NO", "NO", "0301", "0301", "0301", "3201", "3201", "3201", "4601", "4601", "4601", "5501", "5501", "5501"]);
  });

  it("keeps Tromsø's suppressed (:) and missing (..) months as flagged nulls, never zeros", () => {
    const tromso = fromJsonStat(ssb, ssbMapping).observations.filter((o) => o.orgUnit === "5501");
    expect(tromso).toEqual([
      obs("5501", "2024-04", null, { flags: ["suppressed"] }),
      obs("5501", "2024-05", null, { flags: ["missing"] }),
      obs("5501", "2024-06", 33.8, { count: 141, flags: [] }),
    ]);
  });

  it("reads each measure as its own indicator when the mapping takes the indicator from ContentsCode", () => {
    const { observations } = fromJsonStat(ssb, ssbTwoIndicators);
    expect(observations).toHaveLength(30);
    expect(observations.slice(0, 4).map((o) => [o.indicatorId, o.period, o.value])).toEqual([
      ["SYNTH.wait", "2024-04", 44.1],
      ["SYNTH.wait", "2024-05", 42.8],
      ["SYNTH.wait", "2024-06", 39.6],
      ["SYNTH.patients", "2024-04", 10412],
    ]);
  });

  it("reads bytes (UTF-8) and parsed objects like text", () => {
    const fromText = fromJsonStat(ssb, ssbMapping);
    expect(fromJsonStat(new TextEncoder().encode(ssb), ssbMapping)).toEqual(fromText);
    expect(fromJsonStat(JSON.parse(ssb) as object, ssbMapping)).toEqual(fromText);
  });

  it("keeps only filtered categories, scales values, and adds the mapping's flags and source", () => {
    const { observations } = fromJsonStat(ssb, { ...ssbMapping, filter: { Region: ["0301"] }, scale: 7, flags: ["synthetic"], source: { doc: "SYNTHETIC" } });
    expect(observations).toEqual([
      obs("0301", "2024-04", 47.3 * 7, { count: 1510, flags: ["synthetic"], source: { doc: "SYNTHETIC" } }),
      obs("0301", "2024-05", 45 * 7, { count: 1622, flags: ["synthetic"], source: { doc: "SYNTHETIC" } }),
      obs("0301", "2024-06", 41.2 * 7, { count: 1407, flags: ["synthetic"], source: { doc: "SYNTHETIC" } }),
    ]);
  });
});

describe("fromJsonStat on an FHI statistics-bank dataset", () => {
  const { observations, issues } = fromJsonStat(fhi, fhiMapping, { includeMissing: true });

  it("keeps a sparse value sparse by default: the one cell with neither value nor status (Oslo, 2023, female) is no observation", () => {
    const sparse = fromJsonStat(fhi, fhiMapping).observations;
    // 36 cells / 2 measures = 18 keys; outer cell 11 (cells 22, 23) has no value and no status.
    expect(sparse).toHaveLength(17);
    expect(sparse.filter((o) => o.orgUnit === "0301" && o.period === "2023").map((o) => o.dimensions["sex"])).toEqual(["total", "male"]);
  });

  it("reads the sparse values by sex, with the single-category age dimension given by its label only", () => {
    expect(issues).toEqual([]);
    expect(observations).toHaveLength(18);
    expect(observations[0]).toEqual({ indicatorId: "SYNTH.plager", period: "2022", orgUnit: "NO", dimensions: { age: "13_19", sex: "total" }, value: 12.4, count: 4210, flags: [] });
  });

  it("treats cells absent from a sparse value as missing, and suppressed shares (naboprikking) as suppressed", () => {
    const oslo2023 = observations.filter((o) => o.orgUnit === "0301" && o.period === "2023");
    expect(oslo2023.map((o) => [o.dimensions["sex"], o.value, o.count, o.flags])).toEqual([
      ["total", 14.6, 745, []],
      ["male", null, undefined, ["missing"]],
      ["female", null, undefined, ["missing"]],
    ]);
    const bergen2023 = observations.filter((o) => o.orgUnit === "4601" && o.period === "2023");
    expect(bergen2023.map((o) => [o.dimensions["sex"], o.value, o.count, o.flags])).toEqual([
      ["total", 12, 14, []],
      ["male", null, undefined, ["suppressed"]],
      ["female", null, undefined, ["suppressed"]],
    ]);
  });
});

describe("fromJsonStat on collections and bundles", () => {
  it("reads a collection's datasets in order", () => {
    const { observations } = fromJsonStat(collection, collectionMapping);
    expect(observations).toHaveLength(16);
    expect(observations[0]).toEqual({ indicatorId: "SYNTH.wait", period: "2025T1", orgUnit: "rhf-sor-ost", dimensions: { service: "PHBU" }, value: 41, flags: [] });
    expect(observations[8]).toEqual({ indicatorId: "SYNTH.wait", period: "2025T1", orgUnit: "rhf-sor-ost", dimensions: { service: "PHV" }, value: 46.3, flags: ["provisional"] });
    // One status string for a whole dataset: every PHV value is provisional, the null one also missing.
    expect(observations[13]).toEqual({ indicatorId: "SYNTH.wait", period: "2025T2", orgUnit: "rhf-midt-norge", dimensions: { service: "PHV" }, value: null, flags: ["missing", "provisional"] });
  });

  it("reads a bundle whose top level holds datasets by name, also in JSON-stat 1.x form", () => {
    const v1 = { dimension: { id: ["Region", "Tid"], size: [2, 2], ...small().dimension }, value: [1, 2, 3, 4] };
    const { observations } = fromJsonStat({ a: small(), b: v1 }, smallMapping);
    expect(observations.map((o) => o.value)).toEqual([41.2, 39.9, 45, 44.4, 1, 2, 3, 4]);
  });
});

describe("fromJsonStat reads every form JSON-stat allows alike", () => {
  const expected = fromJsonStat(small({ status: { "1": "p" } }), smallMapping).observations;

  it.each([
    ["category.index as id → position objects", { dimension: { Region: { category: { index: { "4601": 1, "0301": 0 } } }, Tid: { category: { index: { "2024M06": 1, "2024M05": 0 } } } }, status: { "1": "p" } }],
    ["sparse value", { value: { "0": 41.2, "1": 39.9, "2": 45, "3": 44.4 }, status: { "1": "p" } }],
    ["status as an array", { status: [null, "p", null, null] }],
  ])("%s", (_, over) => {
    expect(fromJsonStat(small(over), smallMapping).observations).toEqual(expected);
  });

  it("reads status as a single string for all cells, or an array of one", () => {
    const all = fromJsonStat(small({ status: "p" }), smallMapping).observations;
    expect(all.map((o) => o.flags)).toEqual([["provisional"], ["provisional"], ["provisional"], ["provisional"]]);
    expect(fromJsonStat(small({ status: ["p"] }), smallMapping).observations).toEqual(all);
  });

  it("makes a null without status missing", () => {
    expect(fromJsonStat(small({ value: [null, 1, 2, 3] }), smallMapping).observations[0]).toEqual(obs("0301", "2024-05", null, { flags: ["missing"] }));
  });
});

describe("fromJsonStat's modes", () => {
  const bad = small({ value: [41.2, "39,9", 45, 44.4], dimension: { Region: { category: { index: ["0301", "Oslo"] } }, Tid: { category: { index: ["2024M05", "2024M06"] } } } });

  it("throws the first bad cell in strict mode, with its cell index and coordinates", () => {
    const error = (() => {
      try {
        fromJsonStat(bad, smallMapping);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AdapterError);
    expect((error as AdapterError).code).toBe("invalid_value");
    expect((error as AdapterError).location).toEqual({ cell: 1, coordinates: { Region: "0301", Tid: "2024M06" } });
    expect((error as AdapterError).message).toBe('the value of cell 1 is "39,9", not a number (JSON-stat values are numbers or null; symbols belong in status) (cell 1 (Region=0301, Tid=2024M06))');
  });

  it("reports each bad cell as an issue in lenient mode and reads the rest", () => {
    const { observations, issues } = fromJsonStat(bad, smallMapping, { mode: "lenient" });
    expect(observations).toEqual([obs("0301", "2024-05", 41.2, { flags: [] })]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["invalid_value", ["cell", 1]],
      ["invalid_org_unit", ["cell", 2]],
      ["invalid_org_unit", ["cell", 3]],
    ]);
  });

  it("names the measure of a bad count in its coordinates", () => {
    const { issues } = fromJsonStat(ssb.replace("10412", '"10 412"'), ssbMapping, { mode: "lenient" });
    expect(issues).toEqual([
      { code: "invalid_value", path: ["cell", 3], message: 'the count of cell 3 is "10 412", not a number (JSON-stat values are numbers or null; symbols belong in status) (cell 3 (Region=0, ContentsCode=Pasienter, Tid=2024M04))' },
    ]);
  });

  it("names the dataset's place in a collection in cell locations", () => {
    const { issues } = fromJsonStat({ class: "collection", link: { item: [small(), bad] } }, smallMapping, { mode: "lenient" });
    expect(issues[0]!.path).toEqual(["cell", 1, "link", "item", 1]);
  });
});
