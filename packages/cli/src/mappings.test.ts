import { readFileSync } from "node:fs";
import { fromJsonStat } from "@opptrapping/adapters/json-stat";
import { describe, expect, it } from "vitest";
import { loadData } from "./load.js";
import { mappingTemplate, MAPPING_TEMPLATES } from "./mappings.js";

const examplePath = new URL("../../../examples/data/ssb-ventetid.json", import.meta.url).pathname;
const example = readFileSync(examplePath, "utf8");

describe("the shipped ssb-ventetid mapping", () => {
  const template = mappingTemplate("ssb-ventetid")!;

  it("recognises the SSB waiting-time table by its dimensions and measure, and nothing else", () => {
    expect(template.recognises(JSON.parse(example))).toBe(true);
    expect(template.recognises({ id: ["Region", "Tid"], dimension: {} })).toBe(false);
    expect(template.recognises([1, 2])).toBe(false);
    expect(template.recognises(null)).toBe(false);
    // A dataset whose ContentsCode lacks Ventetid is another table.
    const other = JSON.parse(example) as { dimension: { ContentsCode: { category: { index: string[] } } } };
    other.dimension.ContentsCode.category.index = ["Avviklede"];
    expect(template.recognises(other)).toBe(false);
  });

  it("reads the example's cells as the file states them: Helse Sør-Øst, October 2025, 38.2 days over 1 200 waits", () => {
    // size [4, 1, 2, 3]: cell = region × 6 + measure × 3 + month; cell 0 is 38.2, cell 3 its count 1 200.
    const read = fromJsonStat(example, template.mapping as Parameters<typeof fromJsonStat>[1], { mode: "lenient" });
    expect(read.observations).toHaveLength(12);
    const first = read.observations.find((o) => o.period === "2025-10" && o.value === 38.2)!;
    expect(first).toMatchObject({ indicatorId: "R5.wait", dimensions: { service: "PHBU" }, count: 1200 });
    // Helse Nord's October is ".." in the file: kept as a missing observation, not dropped.
    expect(read.observations.filter((o) => o.value === null)).toHaveLength(1);
  });

  it("is used by loadData when no mapping is given, and names itself", () => {
    expect(loadData(examplePath, { mode: "lenient" }).template).toBe("ssb-ventetid");
    expect(MAPPING_TEMPLATES.every((t) => mappingTemplate(t.name) === t)).toBe(true);
    expect(mappingTemplate("constructor")).toBeUndefined();
  });
});
