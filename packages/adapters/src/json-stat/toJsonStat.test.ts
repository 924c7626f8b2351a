import type { Observation } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import { compareObservations } from "./compareObservations.js";
import fhi from "./fixtures/fhi-psykiske-plager.json?raw";
import { fhiMapping } from "./fixtures/mappings.test-fixture.js";
import { fromJsonStat } from "./fromJsonStat.js";
import { jsonStatNativeMapping } from "./nativeMapping.js";
import { toJsonStat } from "./toJsonStat.js";
import { writeJsonStat } from "./writeJsonStat.js";

const o = (over: Partial<Observation>): Observation => ({ indicatorId: "R5.wait", period: "2025-06", orgUnit: "NO", dimensions: {}, value: 1, flags: [], ...over });
const readBack = (observations: readonly Observation[]) => fromJsonStat(writeJsonStat(observations), jsonStatNativeMapping);

describe("toJsonStat", () => {
  const observations = [
    o({ orgUnit: "4601", dimensions: { service: "PHBU" }, value: 40.5, count: 210 }),
    o({ orgUnit: "0301", dimensions: { service: "PHBU" }, value: 37.5, count: 120 }),
    o({ orgUnit: "0301", dimensions: { service: "PHV" }, value: null, flags: ["suppressed"] }),
  ];
  const dataset = toJsonStat(observations, { label: "Ventetid (SYNTETISK)", source: "Test", updated: "2025-07-01" });

  it("writes indicator, period, orgUnit, each disaggregation and the measures as dimensions, categories sorted", () => {
    expect(dataset).toMatchObject({ version: "2.0", class: "dataset", label: "Ventetid (SYNTETISK)", source: "Test", updated: "2025-07-01" });
    expect(dataset.id).toEqual(["indicator", "period", "orgUnit", "service", "measure"]);
    expect(dataset.size).toEqual([1, 1, 2, 2, 2]);
    expect(dataset.dimension["orgUnit"]!.category.index).toEqual(["0301", "4601"]);
    expect(dataset.dimension["measure"]!.category).toEqual({ index: ["value", "count"], label: { value: "Value", count: "Count" } });
    expect(dataset.role).toEqual({ time: ["period"], geo: ["orgUnit"], metric: ["measure"] });
  });

  it("writes value densely when at least half the cells have one, nulls where none, and status for flags", () => {
    // cells: 0301/PHBU value,count · 0301/PHV value,count · 4601/PHBU value,count · 4601/PHV value,count
    expect(dataset.value).toEqual([37.5, 120, null, null, 40.5, 210, null, null]);
    expect(dataset.status).toEqual({ "2": ":" });
    expect(dataset.extension).toBeUndefined();
  });

  it("writes value sparsely when fewer than half the cells have one", () => {
    // 2 periods × 3 org units: 2 of 6 cells have a value.
    const sparse = toJsonStat([o({ orgUnit: "0301", period: "2024" }), o({ orgUnit: "4601", period: "2024", value: null, flags: ["missing"] }), o({ orgUnit: "NO", period: "2025", value: 2 })]);
    expect(sparse.value).toEqual({ "0": 1, "5": 2 });
    expect(sparse.status).toEqual({ "1": ".." });
  });

  it("writes missing as .., suppressed as :, provisional as p", () => {
    const d = toJsonStat([o({ period: "2024", value: null, flags: ["missing"] }), o({ period: "2025", flags: ["provisional"] }), o({ period: "2026", value: null, flags: ["suppressed"] })]);
    expect(d.status).toEqual({ "0": "..", "1": "p", "2": ":" });
  });

  it("keeps what a status symbol cannot say in extension.opptrapping, by cell", () => {
    const d = toJsonStat([
      o({ period: "2024", flags: ["synthetic"], note: "SYNTETISK" }),
      o({ period: "2025", value: null, flags: ["provisional", "suppressed"], source: { doc: "S0", section: "§2-waiting" } }),
    ]);
    expect(d.status).toEqual({ "1": ":" });
    expect(d.extension).toEqual({ opptrapping: { version: 1, cells: { "0": { flags: ["synthetic"], note: "SYNTETISK" }, "1": { flags: ["provisional", "suppressed"], source: { doc: "S0", section: "§2-waiting" } } } } });
  });

  it("stores a source shared by every observation once", () => {
    const d = toJsonStat([o({ period: "2024", source: { doc: "S0" } }), o({ period: "2025", source: { doc: "S0" } })]);
    expect(d.extension).toEqual({ opptrapping: { version: 1, source: { doc: "S0" } } });
  });

  it("escapes a disaggregation key equal to a reserved dimension id and marks absent keys with the category \"\"", () => {
    const d = toJsonStat([o({ dimensions: { period: "x" } }), o({ orgUnit: "0301" })]);
    expect(d.id).toEqual(["indicator", "period", "orgUnit", "_period", "measure"]);
    expect(d.dimension["_period"]!.category.index).toEqual(["", "x"]);
    expect(readBack([o({ dimensions: { period: "x" } }), o({ orgUnit: "0301" })]).observations).toEqual([o({ orgUnit: "0301" }), o({ dimensions: { period: "x" } })]);
  });

  it("refuses two observations of the same cell", () => {
    const twice = () => toJsonStat([o({}), o({ value: 2 }), o({ value: 3 })]);
    expect(twice).toThrow(AdapterError);
    expect(twice).toThrow("observations 0 and 1 are for the same indicator, period, org unit and disaggregation; a JSON-stat cell holds one value (at observations.1)");
  });

  it("writes an empty dataset for no observations, which reads back as none", () => {
    expect(toJsonStat([]).size).toEqual([0, 0, 0, 1]);
    expect(readBack([]).observations).toEqual([]);
  });

  it("is deterministic: the same observations in any order give the same text", () => {
    expect(writeJsonStat([...observations].reverse())).toBe(writeJsonStat(observations));
  });
});

describe("toJsonStat and fromJsonStat with jsonStatNativeMapping", () => {
  it("give back the FHI observations exactly, in the canonical order", () => {
    const read = fromJsonStat(fhi, fhiMapping).observations;
    const back = readBack(read);
    expect(back.issues).toEqual([]);
    expect(back.observations).toEqual([...read].sort(compareObservations));
    expect(JSON.stringify(back.observations)).toBe(JSON.stringify([...read].sort(compareObservations)));
  });

  it("keep flags, notes, sources, numerators and denominators", () => {
    const observations = [
      o({ period: "2024", value: 12.5, numerator: 5, denominator: 40, flags: ["synthetic"], note: "n", source: { doc: "S1" } }),
      o({ period: "2025", value: null, numerator: 1, flags: ["missing", "provisional"] }),
    ];
    expect(readBack(observations).observations).toEqual(observations);
  });

  it("read a toJsonStat object without serialising it", () => {
    const observations = [o({ value: -0 }), o({ period: "2024", value: 1e-300 })];
    expect(fromJsonStat(toJsonStat(observations), jsonStatNativeMapping).observations).toEqual([...observations].sort(compareObservations));
  });
});

describe("reading edited toJsonStat output with jsonStatNativeMapping", () => {
  const edit = (observations: readonly Observation[], change: (d: Record<string, unknown>) => void): string => {
    const d = JSON.parse(writeJsonStat(observations)) as Record<string, unknown>;
    change(d);
    return JSON.stringify(d);
  };

  it("rejects a malformed extension.opptrapping block", () => {
    const text = edit([o({ flags: ["synthetic"] })], (d) => ((d["extension"] as { opptrapping: { cells: unknown } }).opptrapping.cells = { "0": { flags: ["fake"] } }));
    expect(() => fromJsonStat(text, jsonStatNativeMapping)).toThrow(/^extension\.opptrapping is malformed: cells\.0\.flags\.0: /);
  });

  it("rejects extras that make an invalid observation, in strict mode, and reports them in lenient mode", () => {
    const text = edit([o({ value: null, flags: ["missing", "synthetic"] })], (d) => ((d["extension"] as { opptrapping: { cells: Record<string, { flags: string[] }> } }).opptrapping.cells["0"]!.flags = ["synthetic"]));
    expect(() => fromJsonStat(text, jsonStatNativeMapping)).toThrow('the row does not make a valid observation: value: a null value needs the flag "missing" or "suppressed"');
    expect(fromJsonStat(text, jsonStatNativeMapping, { mode: "lenient" }).issues.map((i) => i.code)).toEqual(["invalid_observation"]);
  });

  it("rejects two dimensions that stand for the same disaggregation", () => {
    const text = edit([o({ dimensions: { x: "1" } })], (d) => {
      (d["id"] as string[]).splice(4, 0, "_x");
      (d["size"] as number[]).splice(4, 0, 1);
      (d["dimension"] as Record<string, unknown>)["_x"] = { category: { index: ["2"] } };
    });
    expect(() => fromJsonStat(text, jsonStatNativeMapping)).toThrow('dimensions "x" and "_x" both stand for the disaggregation "x" (dimension "_x", at dimension)');
  });

  it("reads a dataset without a measure dimension, each cell a value", () => {
    const plain = { class: "dataset", id: ["indicator", "period", "orgUnit", "service"], size: [1, 1, 1, 2], dimension: { indicator: { category: { index: ["X"] } }, period: { category: { index: ["2025"] } }, orgUnit: { category: { index: ["NO"] } }, service: { category: { index: ["", "PHV"] } } }, value: [null, 4] };
    expect(fromJsonStat(plain, jsonStatNativeMapping).observations).toEqual([o({ indicatorId: "X", period: "2025", dimensions: { service: "PHV" }, value: 4 })]);
  });
});
