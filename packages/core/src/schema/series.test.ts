import { describe, expect, it } from "vitest";
import { indicatorSchema, sourceSchema } from "./plan.js";
import { seriesBreakSchema, seriesDefinitionSchema } from "./series.js";

const base = {
  id: "R5.wait.phbu",
  filter: { service: "PHBU" },
  measures: { nb: "Gjennomsnittlig ventetid, ordinært avviklede, per år" },
  frequency: "year",
  producer: "Helsedirektoratet",
  sources: [{ doc: "X" }],
} as const;

describe("seriesDefinitionSchema", () => {
  it("fills in no breaks, and keeps breaks in time order", () => {
    expect(seriesDefinitionSchema.parse(base).breaks).toEqual([]);
    const breaks = [
      { period: "2018", note: "new data system", source: { doc: "X" } },
      { period: "2022", note: "more units counted", source: { doc: "X", section: "caveats" } },
    ];
    expect(seriesDefinitionSchema.parse({ ...base, breaks }).breaks).toEqual(breaks);
  });

  it("defaults the filter to the whole indicator", () => {
    const { filter: _filter, ...whole } = base;
    expect(seriesDefinitionSchema.parse(whole).filter).toEqual({});
  });

  it("rejects breaks out of time order or repeated, naming the break", () => {
    const at = (period: string) => ({ period, note: "n", source: { doc: "X" } });
    for (const breaks of [[at("2022"), at("2018")], [at("2022"), at("2022-01/2022-12")]]) {
      expect(seriesDefinitionSchema.safeParse({ ...base, breaks }).error?.issues).toMatchObject([
        { path: ["breaks", 1, "period"], params: { code: "unordered_breaks" } },
      ]);
    }
  });

  it("rejects a break with an invalid period, without a second, misleading order issue", () => {
    const breaks = [
      { period: "2018", note: "n", source: { doc: "X" } },
      { period: "2022T4", note: "n", source: { doc: "X" } },
    ];
    const issues = seriesDefinitionSchema.safeParse({ ...base, breaks }).error?.issues ?? [];
    expect(issues.map((i) => i.path)).toEqual([["breaks", 1, "period"]]);
  });

  it("rejects an unknown frequency, an empty producer, no sources and unknown keys", () => {
    expect(seriesDefinitionSchema.safeParse({ ...base, frequency: "weekly" }).success).toBe(false);
    expect(seriesDefinitionSchema.safeParse({ ...base, producer: "" }).success).toBe(false);
    expect(seriesDefinitionSchema.safeParse({ ...base, sources: [] }).success).toBe(false);
    expect(seriesDefinitionSchema.safeParse({ ...base, unit: "days" }).success).toBe(false);
  });

  it("a break needs a note and a source", () => {
    expect(seriesBreakSchema.safeParse({ period: "2022", note: "", source: { doc: "X" } }).success).toBe(false);
    expect(seriesBreakSchema.safeParse({ period: "2022", note: "n" }).success).toBe(false);
  });
});

describe("the hooks in the plan schema", () => {
  const indicator = { id: "R5.wait", title: { nb: "Ventetid" }, unit: "days", aggregation: "mean", sources: [{ doc: "X" }] };

  it("an indicator may carry series definitions, and need not", () => {
    expect(indicatorSchema.parse(indicator).series).toBeUndefined();
    expect(indicatorSchema.parse({ ...indicator, series: [base] }).series?.[0]?.breaks).toEqual([]);
  });

  it("a source may carry its address and its publication and retrieval dates", () => {
    const page = {
      id: "W",
      kind: "webpage",
      title: "A page",
      url: "https://www.helsedirektoratet.no/statistikk",
      published: "2024-05-03",
      retrieved: "2026-12",
    } as const;
    expect(sourceSchema.parse(page)).toEqual(page);
    expect(sourceSchema.safeParse({ ...page, published: "3 May 2024" }).success).toBe(false);
  });
});
