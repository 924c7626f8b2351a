import { assertPluginConformance } from "@opptrapping/sdk/testing";
import { describe, expect, it } from "vitest";
import { createCsvAdapter, csvPlugin } from "./csvAdapter.js";
import type { CsvMappingInput } from "./csvMapping.js";
import { csvNativeMapping } from "./csvNativeMapping.js";
import { toCsv } from "./toCsv.js";

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

const ssb: CsvMappingInput = {
  indicator: { fixed: "R5.wait" },
  period: { from: "kvartal" },
  orgUnit: { from: "region" },
  columns: { value: "Ventetid (dager)" },
};
const npr: CsvMappingInput = {
  indicator: { fixed: "R5.wait" },
  period: { from: "Periode" },
  orgUnit: { from: "Region" },
  dimensions: { service: { from: "Tjenesteområde" } },
  columns: { value: "Ventetid", count: "Antall" },
};

// The kit writes what it read and reads it back in order, and toCsv writes in canonical
// order (indicator, period, org unit…): so the samples are in that order too.
const samples = [
  { input: latin1('"region";"kvartal";"Ventetid (dager)"\r\n"0301 Oslo";"2024K1";41,2\r\n"5501 Tromsø";"2024K1";..\r\n"0301 Oslo";"2024K2";:\r\n'), mapping: ssb },
  { input: "Region;Tjenesteområde;Periode;Antall;Ventetid\nHelse Nord;PHV;2024T1;2 345;38,5\nHelse Sør-Øst;PHBU;2024T1;1 234;41,5\n", mapping: npr },
  {
    input: toCsv([
      { indicatorId: "A2.x", period: "2025", orgUnit: "NO", dimensions: { sex: "=female" }, value: -1.234, numerator: 1, denominator: 3, flags: ["provisional"], note: "a;b" },
      { indicatorId: "A2.x", period: "2025", orgUnit: "rhf-vest", dimensions: {}, value: null, flags: ["suppressed"], source: { doc: "ssb", section: "tabell 12345" } },
    ]),
    mapping: csvNativeMapping,
  },
];

describe("csvPlugin", () => {
  it("conforms to the opptrapping plugin contract", () => {
    const report = assertPluginConformance(csvPlugin, { adapterSamples: { csv: samples } });
    expect(report.checks.length).toBeGreaterThan(3);
  });

  it("declares the csv format and its file endings", () => {
    const adapter = createCsvAdapter();
    expect([adapter.format, adapter.extensions]).toEqual(["csv", [".csv", ".tsv", ".txt"]]);
    expect(adapter.nativeMapping).toBe(csvNativeMapping);
    expect(csvPlugin.name).toBe("opptrapping:csv");
  });

  it("passes its read and write options through", () => {
    const adapter = createCsvAdapter({ read: { numberStyle: "nb" }, write: { delimiter: ";", locale: "nb" } });
    const { observations } = adapter.read("region;kvartal;Ventetid (dager)\n0301;2024K1;1.234\n", { mapping: ssb });
    expect(observations[0]?.value).toBe(1234);
    expect(adapter.write?.(observations).split("\r\n")[1]).toBe("R5.wait;2024Q1;0301;1234;;;;;;;;");
    expect(adapter.read("region;kvartal;Ventetid (dager)\n0301;2024K1;x\n", { mapping: ssb, mode: "lenient" }).issues).toHaveLength(1);
  });
});
