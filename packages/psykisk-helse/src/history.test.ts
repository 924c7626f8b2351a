import { parsePeriod, periodKindOf, periodsOverlap, seriesDefinitionSchema, type Observation } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { fixtures } from "./data/history/fixtures/index.js";
import { historyObservations, observations, plan, seriesDefinitions, sources, waitingTimeSeries } from "./index.js";

// The bundled history (data/history/) checked against its sources: every figure cites a page
// with an address, no series has two figures for overlapping periods, and every figure is the
// one the reviewed transcription of its source (data/history/fixtures/) holds.

const SEED_DOCUMENTS = new Set(["S0", "S1"]);
const byId = new Map<string, (typeof sources)[number]>(sources.map((s) => [s.id, s]));

/** The series key of an observation: indicator, org unit and its disaggregation values. */
const seriesKey = (o: Pick<Observation, "indicatorId" | "orgUnit" | "dimensions">): string =>
  [o.indicatorId, o.orgUnit, ...Object.entries(o.dimensions).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`)].join("|");

/** Pairs of observations in the same series whose periods share a day. */
function overlaps(list: readonly Pick<Observation, "indicatorId" | "orgUnit" | "dimensions" | "period">[]): string[] {
  const found: string[] = [];
  const groups = new Map<string, (typeof list)[number][]>();
  for (const o of list) groups.set(seriesKey(o), [...(groups.get(seriesKey(o)) ?? []), o]);
  for (const [key, group] of groups)
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++)
        if (periodsOverlap(parsePeriod(group[i]!.period), parsePeriod(group[j]!.period))) found.push(`${key}: ${group[i]!.period} and ${group[j]!.period}`);
  return found;
}

describe("every bundled observation cites a source with an address, or a seed document", () => {
  it.each(observations().map((o) => [`${o.indicatorId} ${JSON.stringify(o.dimensions)} ${o.period}`, o] as const))("%s", (_, o) => {
    const doc = o.source?.doc;
    expect(doc).toBeDefined();
    if (SEED_DOCUMENTS.has(doc!)) return;
    const source = byId.get(doc!);
    expect(source, `source ${doc}`).toBeDefined();
    expect(source && "url" in source ? source.url : undefined, `${doc} has no url`).toMatch(/^https:\/\//);
  });

  it("every source of the history says when it was read, and cites a table or section", () => {
    for (const o of historyObservations) {
      const source = byId.get(o.source.doc);
      expect(source && "retrieved" in source ? source.retrieved : undefined, o.source.doc).toBe("2026-12-03");
      expect(o.source.section, `${o.source.doc} ${o.period}`).toBeTruthy();
    }
  });

  it("marks no history figure provisional: every source gives final annual figures", () => {
    for (const o of observations().filter((x) => x.source?.doc !== "S0" && x.source?.doc !== "S1")) expect(o.flags).toEqual([]);
  });
});

describe("no two observations of a series overlap", () => {
  it("holds for the bundled data", () => {
    expect(overlaps(observations())).toEqual([]);
  });

  it("the check finds an overlap when there is one (a year and a tertial in it, or a range)", () => {
    const base = { indicatorId: "R5.wait", orgUnit: "NO", dimensions: { service: "PHBU" } };
    expect(overlaps([{ ...base, period: "2023" }, { ...base, period: "2023T2" }])).toEqual(["R5.wait|NO|service=PHBU: 2023 and 2023T2"]);
    expect(overlaps([{ ...base, period: "2025" }, { ...base, period: "2025-06/2025-12" }])).toHaveLength(1);
    // Different slices never clash.
    expect(overlaps([{ ...base, period: "2023" }, { ...base, dimensions: { service: "TSB" }, period: "2023" }])).toEqual([]);
  });
});

describe("each series' figures match its source table as transcribed", () => {
  const fixtureOf = new Map(fixtures.map((f) => [f.source, f]));

  it("has exactly one reviewed transcription per source of the history", () => {
    const cited = new Set(historyObservations.map((o) => o.source.doc));
    expect(new Set(fixtures.map((f) => f.source)).size).toBe(fixtures.length);
    expect([...cited].filter((doc) => !fixtureOf.has(doc))).toEqual([]);
    for (const f of fixtures) expect(byId.has(f.source), f.source).toBe(true);
  });

  it.each(historyObservations.map((o) => [`${o.source.doc}: ${o.dimensions?.service} ${o.period} = ${o.value}`, o] as const))("%s", (_, o) => {
    const fixture = fixtureOf.get(o.source.doc);
    const unit = plan().indicators.find((i) => i.id === o.indicatorId)?.unit;
    expect(fixture?.unit).toBe(unit);
    expect(fixture?.indicatorId).toBe(o.indicatorId);
    const rows = fixture?.figures.filter((f) => f.service === o.dimensions?.service && f.period === o.period && f.notBundled === undefined) ?? [];
    expect(rows.map((r) => r.value)).toEqual([o.value]);
  });

  it("bundles every transcribed figure of a service, except those it says why it leaves out", () => {
    for (const f of fixtures)
      for (const figure of f.figures.filter((x) => x.service !== null && x.notBundled === undefined)) {
        const bundled = historyObservations.filter(
          (o) => o.source.doc === f.source && o.dimensions?.service === figure.service && o.period === figure.period,
        );
        expect(bundled, `${f.source} ${figure.row} ${figure.period}`).toHaveLength(1);
      }
  });

  it("a figure left out agrees with the one bundled for the same year from another source", () => {
    for (const f of fixtures)
      for (const figure of f.figures.filter((x) => x.notBundled !== undefined)) {
        const other = historyObservations.filter((o) => o.dimensions?.service === figure.service && o.period === figure.period);
        expect(other.map((o) => o.value), `${f.source} ${figure.period}`).toEqual([figure.value]);
      }
  });
});

describe("the waiting-time series, written out by hand", () => {
  const values = (service: string) =>
    observations()
      .filter((o) => o.indicatorId === "R5.wait" && o.dimensions["service"] === service)
      .map((o) => [o.period, o.value] as const)
      .sort(([a], [b]) => a.localeCompare(b));

  it("PHBU: 2015–2022 annual means and the letter's June–December 2025 figure", () => {
    expect(values("PHBU")).toEqual([
      ["2015", 50],
      ["2016", 50],
      ["2018", 47],
      ["2020", 44],
      ["2021", 50],
      ["2022", 53],
      ["2025-06/2025-12", 37.5],
    ]);
  });

  it("PHV: four annual means", () => {
    expect(values("PHV")).toEqual([
      ["2015", 52],
      ["2016", 46],
      ["2018", 45],
      ["2021", 46],
    ]);
  });

  it("TSB: six annual means, two of them with one decimal from the quality indicator", () => {
    expect(values("TSB")).toEqual([
      ["2015", 44],
      ["2016", 35],
      ["2018", 34],
      ["2021", 33],
      ["2022", 31.9],
      ["2023", 33],
    ]);
  });
});

describe("series definitions", () => {
  const indicator = plan().indicators.find((i) => i.id === "R5.wait");

  it("reach the validated plan: R5.wait states what each of its three series measures", () => {
    expect(indicator?.series?.map((s) => s.id)).toEqual(["R5.wait.PHBU.year", "R5.wait.PHV.year", "R5.wait.TSB.year"]);
    for (const s of indicator?.series ?? []) {
      expect(s.measures.en).toMatch(/^Mean waiting time in days from .* per calendar year, whole country, all ages/);
      expect(s.frequency).toBe("year");
    }
  });

  it("are valid for core's schema and slice the indicator by its own disaggregation values", () => {
    const allowed = new Set(indicator?.disaggregations.find((d) => d.id === "service")?.values);
    for (const s of waitingTimeSeries) {
      expect(seriesDefinitionSchema.safeParse(s).success, s.id).toBe(true);
      expect(allowed.has(s.filter?.service ?? ""), s.id).toBe(true);
    }
  });

  it("record the 2022 break (more treatment sites counted) for PHBU and TSB, each citing a page with an address", () => {
    const breaks = Object.fromEntries(waitingTimeSeries.map((s) => [s.filter?.service, s.breaks?.map((b) => b.period) ?? []]));
    expect(breaks).toEqual({ PHBU: ["2022"], PHV: [], TSB: ["2022"] });
    for (const s of waitingTimeSeries)
      for (const b of s.breaks ?? []) {
        const source = byId.get(b.source.doc);
        expect(source && "url" in source ? source.url : undefined, b.source.doc).toMatch(/^https:\/\//);
      }
  });

  it("cover every history observation by exactly one series, at the series' frequency", () => {
    for (const o of historyObservations) {
      const defs = (seriesDefinitions[o.indicatorId] ?? []).filter((s) => s.filter?.service === o.dimensions?.service);
      expect(defs, `${o.indicatorId} ${o.period}`).toHaveLength(1);
      expect(periodKindOf(o.period)).toBe(defs[0]?.frequency);
    }
  });
});
