import type { Observation } from "@opptrapping/core";
import { createToolkit } from "@opptrapping/sdk";
import { assertPluginConformance } from "@opptrapping/sdk/testing";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import { createJsonStatAdapter } from "./createJsonStatAdapter.js";
import fhi from "./fixtures/fhi-psykiske-plager.json?raw";
import { fhiMapping, ssbMapping } from "./fixtures/mappings.test-fixture.js";
import ssb from "./fixtures/ssb-99901.json?raw";
import { jsonStatPlugin } from "./jsonStatPlugin.js";
import { jsonStatNativeMapping } from "./nativeMapping.js";
import { writeJsonStat } from "./writeJsonStat.js";

const observations: Observation[] = [
  { indicatorId: "R5.wait", period: "2025-06", orgUnit: "0301", dimensions: { service: "PHBU" }, value: 37.5, count: 120, flags: [] },
  { indicatorId: "R5.wait", period: "2025-06", orgUnit: "4601", dimensions: { service: "PHBU" }, value: null, flags: ["suppressed"] },
  { indicatorId: "R5.wait", period: "2025-06", orgUnit: "NO", dimensions: { service: "PHBU" }, value: 39.1, count: 5120, flags: ["provisional", "synthetic"], note: "SYNTETISK" },
];

// SSB-shaped, with its dimensions and categories in the canonical order (measure, month,
// region), so reading it gives observations already in the order toJsonStat writes them.
const ssbCanonical = JSON.stringify({
  version: "2.0",
  class: "dataset",
  label: "99901: Ventetid (SYNTETISKE DATA)",
  id: ["ContentsCode", "Tid", "Region"],
  size: [2, 2, 3],
  role: { time: ["Tid"], geo: ["Region"], metric: ["ContentsCode"] },
  dimension: {
    ContentsCode: { label: "statistikkvariabel", category: { index: { VentetidSnitt: 0, Pasienter: 1 } } },
    Tid: { label: "måned", category: { index: { "2024M05": 0, "2024M06": 1 } } },
    Region: { label: "region", category: { index: { "0301": 0, "5501": 1, "0": 2 }, label: { "0301": "Oslo", "5501": "Tromsø", "0": "Hele landet" } } },
  },
  value: [45, null, 42.8, 41.2, 33.8, 39.6, 1622, null, 10988, 1407, 141, 9876],
  status: { "1": "..", "7": ".." },
});

describe("createJsonStatAdapter", () => {
  const adapter = createJsonStatAdapter();

  it("is the json-stat format for .json, .jsonstat and .json-stat files", () => {
    expect(adapter.format).toBe("json-stat");
    expect(adapter.extensions).toEqual([".json", ".jsonstat", ".json-stat"]);
    expect(adapter.nativeMapping).toBe(jsonStatNativeMapping);
  });

  it("reads with a mapping, and reads what it writes with its native mapping", () => {
    expect(adapter.read(ssb, { mapping: ssbMapping }).observations).toHaveLength(15);
    expect(adapter.read(adapter.write!(observations), { mapping: adapter.nativeMapping! }).observations).toEqual(observations);
  });

  it("passes the mode on", () => {
    const broken = ssb.replace("44.1", '"44,1"');
    expect(() => adapter.read(broken, { mapping: ssbMapping })).toThrow(AdapterError);
    expect(adapter.read(broken, { mapping: ssbMapping, mode: "lenient" }).issues).toHaveLength(1);
  });
});

describe("jsonStatPlugin", () => {
  it("conforms to the opptrapping plugin contract", () => {
    const report = assertPluginConformance(jsonStatPlugin, {
      adapterSamples: {
        "json-stat": [
          { input: ssbCanonical, mapping: ssbMapping },
          { input: writeJsonStat(observations), mapping: jsonStatNativeMapping },
          { input: new TextEncoder().encode(writeJsonStat(observations)), mapping: jsonStatNativeMapping },
        ],
      },
    });
    expect(report.checks.map((c) => c.name)).toContain("adapter json-stat reads back what it writes");
  });

  it("plugs into a toolkit, found by file name", () => {
    const toolkit = createToolkit({ plugins: [jsonStatPlugin] });
    expect(toolkit.formats).toEqual(["json-stat"]);
    expect(toolkit.adapterForFile("07459.JSONSTAT")?.format).toBe("json-stat");
    const fromToolkit = toolkit.adapter("json-stat") as unknown as ReturnType<typeof createJsonStatAdapter>;
    expect(fromToolkit.read(fhi, { mapping: fhiMapping }).observations).toHaveLength(17);
  });
});
