// The real-producer corpus (../shared/corpus, beside the repository): every file, with what
// reading it must give — N observations for N cells, or a named rejection — and a test for each
// defect of issue 14 on the file that shows it. Counts are the files' own sizes (the product of
// `size`, or of the VALUES counts), worked out from the files, not from the reader's output.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { observationSchema, type Observation } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { AdapterError } from "./AdapterError.js";
import { decodeText } from "./text/decode.js";
import { fromCsv, tokenizeCsv } from "./csv/index.js";
import { compareObservations, fromJsonStat, jsonStatNativeMapping, writeJsonStat, type FromJsonStatOptions } from "./json-stat/index.js";
import type { MappingInput } from "./mapping/index.js";
import { fromPx, parsePx, pxNativeMapping, toPx, type FromPxOptions } from "./px/index.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const corpus = path.resolve(repoRoot, "../shared/corpus/files");
const bytesOf = (rel: string): Uint8Array => new Uint8Array(readFileSync(path.join(corpus, rel)));

type Outcome = { readonly cells: number; readonly issues?: readonly string[] } | { readonly rejects: string };

function thrown(run: () => unknown): AdapterError {
  try {
    run();
  } catch (error) {
    // Every rejection must be the library's typed error, whatever the entry point.
    expect(error).toBeInstanceOf(AdapterError);
    return error as AdapterError;
  }
  throw new Error("expected a rejection, but the file was read");
}

function valid(observations: readonly Observation[]): void {
  for (const o of observations) {
    const r = observationSchema.safeParse(o);
    if (!r.success) throw new Error(`an observation fails the core schema: ${JSON.stringify(o)}: ${r.error.message}`);
  }
}

// ---------------------------------------------------------------- JSON-stat

interface JsonStatCase {
  readonly outcome: Outcome;
  readonly options?: FromJsonStatOptions;
  /** The period: from this dimension (default: the dataset's role.time), or fixed. */
  readonly period?: MappingInput["period"];
  readonly orgUnit?: MappingInput["orgUnit"];
}

const JSON_STAT: Readonly<Record<string, readonly JsonStatCase[]>> = {
  "cso_CIA01_v1.json": [{ outcome: { cells: 37 * 15 * 15 } }], // defect 6: size as strings
  "cso_NQQ25_v1.json": [{ outcome: { cells: 8 * 76 * 2 } }],
  "eurostat_nama_gdp_c_IT_wsv1.json": [{ outcome: { rejects: "not_json_stat" }, period: { fixed: "2024" } }],
  "jsonstat-org_canada.json": [{ outcome: { cells: 20 * 2 * 3 } }],
  "jsonstat-org_collection.json": [{ outcome: { rejects: "not_json_stat" }, period: { fixed: "2024" } }],
  "jsonstat-org_galicia.json": [{ outcome: { cells: 6 * 22 * 3 * 2 * 5 } }],
  // A sparse value listing one cell ("0": null) of 132: read as one missing observation, or all 132 when asked.
  "jsonstat-org_hierarchy.json": [
    { outcome: { cells: 1 }, period: { fixed: "2024" } },
    { outcome: { cells: 132 }, period: { fixed: "2024" }, options: { includeMissing: true } },
  ],
  // defect 10: a collection and a bundle of two different datasets, one call per dataset.
  "jsonstat-org_oecd-canada-col.json": [
    { outcome: { cells: 36 * 12 }, options: { dataset: 0 } },
    { outcome: { cells: 20 * 2 * 3 }, options: { dataset: 1 } },
  ],
  "jsonstat-org_oecd-canada.json": [
    { outcome: { cells: 36 * 12 }, options: { dataset: "oecd" } },
    { outcome: { cells: 20 * 2 * 3 }, options: { dataset: "canada" } },
  ],
  "jsonstat-org_oecd.json": [{ outcome: { cells: 36 * 12 } }],
  "jsonstat-org_order.json": [{ outcome: { rejects: "invalid_value" }, period: { fixed: "2024" } }], // values are strings
  "jsonstat-org_us-gsp.json": [{ outcome: { cells: 51 * 4 } }],
  "jsonstat-org_us-labor.json": [{ outcome: { cells: 3220 * 4 } }],
  "jsonstat-org_us-unr.json": [{ outcome: { cells: 3220 } }],
  "lfi_monster.json": [{ outcome: { cells: 50 * 15 * 94 * 4 }, period: { fixed: "2013" } }],
  // The inventory "NFI4b, state 2009/13" is the single period category "1".
  "lfi_volume.json": [{ outcome: { cells: 6 * 3 * 6 * 2 }, period: { from: "period", map: { "1": "2009/2013" } } }],
  "scb_TAB6471_js2.json": [{ outcome: { cells: 21 * 11 * 3 * 4 } }],
  // defect 5: SSB's K-3001… and the residual regions K-21-22, K-23, K-Rest as org units.
  "ssb_07459_js2.json": [{ outcome: { cells: 359 }, orgUnit: { from: "Region" } }],
  "ssb_29843_v1.json": [{ outcome: { cells: 20 * 6 * 312 } }],
};

type Json = Record<string, unknown>;
function datasetsOf(root: Json): Json[] {
  if (root["class"] === "dataset") return [root];
  if (root["class"] === "collection") return ((root["link"] as Json | undefined)?.["item"] as Json[] | undefined) ?? [];
  return Object.values(root).filter((v): v is Json => typeof v === "object" && v !== null && "dimension" in v);
}

/** A plain mapping: the time dimension (or a fixed period) and every other dimension read as `d<i>`. */
function jsonStatMapping(ds: Json | undefined, c: JsonStatCase): MappingInput {
  const dimension = (ds?.["dimension"] ?? {}) as Json;
  const ids = ((ds?.["id"] ?? dimension["id"] ?? []) as string[]);
  const role = (ds?.["role"] ?? dimension["role"] ?? {}) as { time?: string[] };
  const period = c.period ?? (role.time?.[0] !== undefined ? { from: role.time[0] } : { fixed: "2024" });
  const taken = new Set([..."from" in period ? [period.from] : [], ...(c.orgUnit && "from" in c.orgUnit ? [c.orgUnit.from] : [])]);
  const dimensions = Object.fromEntries(ids.flatMap((id, i) => (taken.has(id) ? [] : [[`d${i}`, { from: id }]])));
  return { indicator: { fixed: "corpus" }, period, ...(c.orgUnit ? { orgUnit: c.orgUnit } : {}), dimensions };
}

// ---------------------------------------------------------------- PX

interface PxCase {
  readonly outcome: Outcome;
  readonly options?: FromPxOptions;
  /** The period variable when the file has no TIMEVAL; `unit` when its codes need one. */
  readonly period?: { readonly from: string; readonly unit?: "quarter" | "month" | "year" };
  /** A file without a time variable: this fixed period. */
  readonly fixed?: string;
  readonly roundTrip?: false;
}

const PX: Readonly<Record<string, PxCase>> = {
  "cso-mathematica_easytest.px": { outcome: { cells: 6 }, period: { from: "Year" } },
  "cso-mathematica_easytest2.px": { outcome: { cells: 8 }, period: { from: "Year" } },
  "data-pcaxis_020101.px": { outcome: { cells: 682 } },
  "data-pcaxis_07A01_02.px": { outcome: { cells: 360 } },
  "data-pcaxis_AIA36.px": { outcome: { cells: 960 } },
  "data-pcaxis_CNA12.px": { outcome: { cells: 6027 }, period: { from: "Year" } },
  "data-pcaxis_IPI_en_3433.px": { outcome: { cells: 7472 }, period: { from: "Periodo" } },
  "data-pcaxis_VSA31.px": { outcome: { cells: 64 }, period: { from: "Year" } },
  "pcaxis-serializers_14216.px": { outcome: { cells: 4 } },
  "pcaxis-serializers_BE0101A1.px": { outcome: { cells: 1 } },
  "pcaxis-serializers_BE0101A1_show_codes_or.px": { outcome: { cells: 96 } },
  "pcaxis-serializers_BE0101A1_with_notes.px": { outcome: { cells: 96 } },
  "pcaxis-serializers_BE0101N1.px": { outcome: { cells: 64 } },
  "pcaxis-serializers_HalfYearStatistics.px": { outcome: { cells: 56 } },
  "pcaxis-serializers_Issue220Finland.px": { outcome: { cells: 42504 }, roundTrip: false },
  "pcaxis-serializers_LargeFinnishDatasetWithManyValues.px": { outcome: { cells: 149872 }, roundTrip: false },
  "pcaxis-serializers_MontlyStatisticsWithOneContent.px": { outcome: { cells: 1410 } },
  "pcaxis-serializers_MultipleContent.px": { outcome: { cells: 53820 }, roundTrip: false },
  "pcaxis-serializers_MultipleContentSmall.px": { outcome: { cells: 12, issues: ["multiline_text"] } }, // defect 4
  "pcaxis-serializers_NAAC01_20230728-205316.px": { outcome: { cells: 6720 } },
  "pcaxis-serializers_PR0101B3.px": { outcome: { cells: 40 } },
  "pcaxis-serializers_SingleValueMultipleVariables.px": { outcome: { cells: 1 } },
  "pcaxis-serializers_TAB2936.px": { outcome: { cells: 189 } },
  "pcaxis-serializers_WeeklyStatisticsWithTwoContent.px": { outcome: { cells: 4 } }, // defect 8
  // "2023*" (preliminary) read as 2023 by the TIMEVAL's A1; declared ISO-8859-15 but re-encoded upstream as UTF-8 (U+FFFD).
  "pcaxis-serializers_WierdTimeWithOneValue.px": { outcome: { cells: 1, issues: ["codepage_mismatch"] } },
  "pcaxis-serializers_tab_12909_metaid.px": { outcome: { cells: 12 } },
  "pxR_EPA_es_1.px": { outcome: { cells: 2340 }, period: { from: "Periodo", unit: "quarter" } }, // defect 1
  "pxR_example.px": { outcome: { cells: 10488 }, fixed: "2024" },
  "pxR_example2.px": { outcome: { rejects: "syntax_error" }, fixed: "2024" }, // keyword LAST.UPDATED
  "pxR_example6.px": { outcome: { rejects: "syntax_error" }, fixed: "2024" },
  "pxwebapi_TAB001.px": { outcome: { cells: 5940 } },
  "pxwebapi_TAB003.px": { outcome: { cells: 2448 } },
  "pxwebapi_TAB004.px": { outcome: { cells: 4312 } },
  "pxwebapi_tab4_fewcells.px": { outcome: { cells: 1, issues: ["codepage_mismatch"] } }, // defect 3
  "pyaxis_1001.px": { outcome: { cells: 504, issues: ["codepage_mismatch"] }, period: { from: "Periodo", unit: "quarter" } }, // defects 1, 3
  "pyaxis_14001.px": { outcome: { cells: 8064 }, fixed: "2024" },
  "pyaxis_27067.px": { outcome: { cells: 812 }, period: { from: "Periodo" } },
  "pyaxis_px-x-0602000000_107.px": { outcome: { cells: 60800 } },
};

/** A plain mapping: the TIMEVAL variable (or the named one, or a fixed period) and every other variable as `d<i>`. */
function pxMapping(bytes: Uint8Array, c: PxCase): MappingInput {
  let names: string[];
  let timeval: string | undefined;
  try {
    const file = parsePx(bytes);
    names = file.variables.map((v) => v.name);
    timeval = file.variables.find((v) => v.timeval)?.name;
  } catch {
    names = [];
  }
  const period: MappingInput["period"] = c.fixed !== undefined ? { fixed: c.fixed } : c.period ? { ...c.period } : { from: timeval! };
  const from = "from" in period ? period.from : undefined;
  return { indicator: { fixed: "corpus" }, period, dimensions: Object.fromEntries(names.flatMap((n, i) => (n === from ? [] : [[`d${i}`, { from: n }]]))) };
}

// ---------------------------------------------------------------- the suite

describe("the real-producer corpus", () => {
  it("is where the repository expects it, beside the clone", () => {
    expect(existsSync(corpus), `expected the corpus at ${corpus} (../shared/corpus/files beside the repository)`).toBe(true);
  });

  it("has an expected outcome for every file, and no expectation without a file", () => {
    const listed = (dir: string) => readdirSync(path.join(corpus, dir)).sort();
    expect(listed("json-stat")).toEqual(Object.keys(JSON_STAT).sort());
    expect(listed("px")).toEqual(Object.keys(PX).sort());
    expect(listed("csv/spectrum").filter((f) => f.endsWith(".csv"))).toEqual(SPECTRUM.map((c) => `${c}.csv`).sort());
    expect(listed("csv/real")).toEqual(Object.keys(REAL_CSV).sort());
  });

  describe("JSON-stat", () => {
    for (const [name, cases] of Object.entries(JSON_STAT)) {
      cases.forEach((c, k) => {
        const label = "rejects" in c.outcome ? `${name}: refused as ${c.outcome.rejects}` : `${name}${c.options?.dataset !== undefined ? ` [dataset ${c.options.dataset}]` : ""}: ${c.outcome.cells} cells → ${c.outcome.cells} observations, round-trip`;
        it(label, () => {
          const bytes = bytesOf(`json-stat/${name}`);
          const root = JSON.parse(decodeText(bytes)) as Json;
          const all = datasetsOf(root);
          const ds = typeof c.options?.dataset === "number" ? all[c.options.dataset] : typeof c.options?.dataset === "string" ? (root[c.options.dataset] as Json) : all.find((d) => "dimension" in d);
          const mapping = jsonStatMapping(ds, c);
          if ("rejects" in c.outcome) {
            expect(thrown(() => fromJsonStat(bytes, mapping, c.options)).code).toBe(c.outcome.rejects);
            return;
          }
          const { observations, issues } = fromJsonStat(bytes, mapping, c.options);
          expect(issues.map((i) => i.code)).toEqual(c.outcome.issues ?? []);
          expect(observations).toHaveLength(c.outcome.cells);
          valid(observations);
          const back = fromJsonStat(writeJsonStat(observations), jsonStatNativeMapping);
          expect(back.observations).toEqual([...observations].sort(compareObservations));
          void k;
        }, 120_000);
      });
    }
  });

  describe("PX", () => {
    for (const [name, c] of Object.entries(PX)) {
      const label = "rejects" in c.outcome ? `${name}: refused as ${c.outcome.rejects}` : `${name}: ${c.outcome.cells} cells → ${c.outcome.cells} observations${c.roundTrip === false ? "" : ", round-trip"}`;
      it(label, () => {
        const bytes = bytesOf(`px/${name}`);
        const mapping = pxMapping(bytes, c);
        if ("rejects" in c.outcome) {
          expect(thrown(() => fromPx(bytes, mapping, c.options)).code).toBe(c.outcome.rejects);
          return;
        }
        const { observations, issues } = fromPx(bytes, mapping, c.options);
        expect(issues.map((i) => i.code)).toEqual(c.outcome.issues ?? []);
        expect(observations).toHaveLength(c.outcome.cells);
        valid(observations);
        if (c.roundTrip === false) return;
        const back = fromPx(toPx(observations), pxNativeMapping);
        expect([...back.observations].sort(compareObservations)).toEqual([...observations].sort(compareObservations));
      }, 120_000);
    }
  });

  describe("CSV: csv-spectrum", () => {
    it.each(SPECTRUM)("%s.csv gives the rows of its .json", (name) => {
      const rows = tokenizeCsv(decodeText(bytesOf(`csv/spectrum/${name}.csv`))).filter((r) => !(r.fields.length === 1 && r.fields[0] === ""));
      const [head, ...body] = rows.map((r) => r.fields);
      const expected = JSON.parse(decodeText(bytesOf(`csv/spectrum/${name}.json`))) as Record<string, string>[] | Record<string, string>;
      const list = Array.isArray(expected) ? expected : [expected];
      // Upstream defect (SOURCES.md): location_coordinates.json expects a phone number the CSV does not hold.
      if (name === "location_coordinates") list[0]!["Contact Phone Number"] = "2095257564";
      expect(body.map((fields) => Object.fromEntries(head!.map((h, i) => [h, fields[i]])))).toEqual(list);
    });
  });

  describe("CSV: real Norwegian downloads", () => {
    for (const [name, c] of Object.entries(REAL_CSV)) {
      it(`${name}: ${c.cells} observations`, () => {
        const { observations, issues } = fromCsv(bytesOf(`csv/real/${name}`), c.mapping);
        expect(issues).toEqual([]);
        expect(observations).toHaveLength(c.cells);
        valid(observations);
      });
    }
  });
});

const SPECTRUM = ["comma_in_quotes", "empty", "empty_crlf", "escaped_quotes", "json", "location_coordinates", "newlines", "newlines_crlf", "quotes_and_newlines", "simple", "simple_crlf", "utf8"];

// NAV's employer survey 2017 writes one column per county (the 2017 counties; Trøndelag merged on 1 January 2018 as 50).
const COUNTY_COLUMNS: Readonly<Record<string, string>> = {
  ostfold: "01", akershus: "02", oslo: "03", hedmark: "04", oppland: "05", buskerud: "06", vestfold: "07", telemark: "08", aust_agder: "09", vest_agder: "10",
  rogaland: "11", hordaland: "12", sogn_fjordane: "14", more_og_romsdal: "15", trondelag: "50", nordland: "18", troms: "19", finnmark: "20", norge: "NO",
};

const REAL_CSV: Readonly<Record<string, { readonly cells: number; readonly mapping: Parameters<typeof fromCsv>[1] }>> = {
  // 5 734 rows, 319 of them with NAV's "*" (suppressed count) — defect 7.
  "datahotell_nav-arbeidssokere-yrke.csv": {
    cells: 5734,
    mapping: { indicator: { fixed: "nav.jobseekers" }, period: { from: "aar" }, dimensions: { occupation: { from: "yrkeskode" }, title: { from: "yrkesbetegnelse" }, isco: { from: "isco_versjon" } }, markers: { "*": "suppressed" }, columns: { value: "antall_arbeidssokere" } },
  },
  // 2 709 rows; county numbers without a leading zero ("1"), Norwegian numbers — defect 5.
  "datahotell_kmd-partistotte-2014.csv": {
    cells: 2709,
    mapping: { indicator: { fixed: "kmd.support" }, period: { from: "utbetalingsar" }, orgUnit: { from: "fylkesnr" }, dimensions: { party: { from: "partinamn" }, municipality: { from: "kummunenr" } }, columns: { value: "totalt" } },
  },
  // 136 rows × 19 value columns (18 counties and the nation) — defect 11.
  "datahotell_nav-ettersporsel-pr-yrke-2017.csv": {
    cells: 136 * 19,
    mapping: { indicator: { fixed: "nav.demand" }, period: { from: "aar" }, orgUnit: { from: "fylke", map: COUNTY_COLUMNS }, dimensions: { occupation: { from: "yrkekode" } }, columns: { wide: { name: "fylke", columns: Object.keys(COUNTY_COLUMNS) } } },
  },
};

// ---------------------------------------------------------------- issue 14, defect by defect

describe("issue 14 defects, each on the corpus file that shows it", () => {
  const readPx = (name: string, mapping: MappingInput, options?: FromPxOptions) => fromPx(bytesOf(`px/${name}`), mapping, options);
  const readJs = (name: string, mapping: MappingInput, options?: FromJsonStatOptions) => fromJsonStat(bytesOf(`json-stat/${name}`), mapping, options);

  it("1. INE's T codes are quarters when the mapping says so, and never silently tertials", () => {
    const base = { indicator: { fixed: "x" }, dimensions: { sector: { from: "Sector econ\uFFFDmico" }, sex: { from: "Sexo" } } };
    // 2013T4 cannot be a tertial, so 2013T1–T3 are not read as tertials either: the read stops before any cell.
    const error = thrown(() => readPx("pyaxis_1001.px", { ...base, period: { from: "Periodo" } }));
    expect(error.code).toBe("ambiguous_period");
    expect(error.message).toContain('unit: "quarter"');
    const periods = new Set(readPx("pyaxis_1001.px", { ...base, period: { from: "Periodo", unit: "quarter" } }).observations.map((o) => o.period));
    expect(periods.has("2013Q4") && periods.has("2013Q1") && periods.has("2008Q1")).toBe(true);
    expect([...periods].some((p) => p.includes("T"))).toBe(false);
    // Roman numerals (2005TI … 2005TIV) likewise.
    const epa = { indicator: { fixed: "x" }, dimensions: { sex: { from: "Sexo" }, age: { from: "Edad" }, status: { from: "Relacion con la actividad economica" } } };
    expect(thrown(() => readPx("pxR_EPA_es_1.px", { ...epa, period: { from: "Periodo" } })).code).toBe("ambiguous_period");
    const quarters = [...new Set(readPx("pxR_EPA_es_1.px", { ...epa, period: { from: "Periodo", unit: "quarter" } }).observations.map((o) => o.period))].sort();
    expect(quarters.slice(0, 4)).toEqual(["2005Q1", "2005Q2", "2005Q3", "2005Q4"]);
    expect(quarters).toHaveLength(26);
  });

  it("2. every entry point's errors are instances of the documented AdapterError (see AdapterError.test.ts for other copies)", () => {
    expect(thrown(() => readPx("pxR_example2.px", { indicator: { fixed: "x" }, period: { fixed: "2024" } }))).toBeInstanceOf(AdapterError);
  });

  it("3. PxWebApi v2 output (UTF-8 bytes under CODEPAGE=iso-8859-1) is read as UTF-8 with a warning; ISO-8859-15 with UTF-8 bytes gives no mojibake", () => {
    const mapping = { indicator: { fixed: "x" }, period: { from: "year" }, dimensions: { sector: { from: "sector" }, gas: { from: "greenhouse gas" }, contents: { from: "contents" } } };
    const { observations, issues } = readPx("pxwebapi_tab4_fewcells.px", mapping);
    expect(issues.map((i) => i.code)).toEqual(["codepage_mismatch"]);
    expect(observations).toHaveLength(1);
    // Forcing the declared encoding reads the same bytes as Latin-1, without the warning.
    expect(readPx("pxwebapi_tab4_fewcells.px", mapping, { encoding: "iso-8859-1" }).issues).toEqual([]);
    const ine = parsePx(bytesOf("px/pyaxis_1001.px"));
    expect(ine.variables[0]!.name).toBe("Sector econ\uFFFDmico"); // the upstream U+FFFD, not "Sector econÃ¯Â¿Â½mico"
  });

  it("4. a NOTE with a line break inside its quotes no longer costs SSB's file its data", () => {
    const file = parsePx(bytesOf("px/pcaxis-serializers_MultipleContentSmall.px"));
    const note = file.entries.find((e) => e.keyword === "NOTE" && e.subkeys.length === 0);
    expect(note?.value.kind === "text" && note.value.text.startsWith("Noen utvalgte n")).toBe(true);
    expect(note?.value.kind === "text" && note.value.text.includes("\n")).toBe(true);
    // Metadata that cannot be read at all (pxR's LAST.UPDATED keyword) is an issue in lenient mode, the data read.
    const lenient = readPx("pxR_example2.px", { indicator: { fixed: "x" }, period: { fixed: "2024" }, dimensions: { a: { from: "A" }, b: { from: "B" }, c: { from: "C" } } }, { mode: "lenient" });
    expect(lenient.issues.map((i) => i.code)).toEqual(["unreadable_metadata"]);
    expect(lenient.observations).toHaveLength(24);
  });

  it("5. real codes: SCB's 000007SF and BFS/WSL's 0–3 as indicators, SSB's K-codes and residual regions, unpadded county numbers", () => {
    const scb = readJs("scb_TAB6471_js2.json", { indicator: { from: "ContentsCode" }, period: { from: "Tid" }, dimensions: { region: { from: "Region" }, age: { from: "Alder" }, sex: { from: "Kon" } } });
    expect(new Set(scb.observations.map((o) => o.indicatorId))).toEqual(new Set(["000007SF"]));
    const lfi = readJs("lfi_volume.json", { indicator: { from: "concept" }, period: { from: "period", map: { "1": "2009/2013" } }, dimensions: { d0: { from: "0" }, d1: { from: "1" }, d2: { from: "2" } } });
    expect(lfi.observations.length).toBe(216);
    const ssb = readJs("ssb_07459_js2.json", { indicator: { fixed: "ssb.alpacas" }, period: { from: "Tid" }, orgUnit: { from: "Region" } });
    const units = ssb.observations.map((o) => o.orgUnit);
    expect(units).toContain("3001"); // K-3001 Halden
    expect(units.filter((u) => u.startsWith("ssb-")).sort()).toEqual(["ssb-21-22", "ssb-23", "ssb-rest"]);
    const kmd = fromCsv(bytesOf("csv/real/datahotell_kmd-partistotte-2014.csv"), REAL_CSV["datahotell_kmd-partistotte-2014.csv"]!.mapping);
    // fylkesnr "1" (Østfold) … "20" (Finnmark); 13 was never used.
    expect([...new Set(kmd.observations.map((o) => o.orgUnit))].sort()).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "14", "15", "16", "17", "18", "19", "20"]);
    expect(kmd.observations[0]).toMatchObject({ orgUnit: "01", value: 1363942.34 });
  });

  it("6. CSO's JSON-stat 1.x with size as strings is read whole", () => {
    const { observations } = readJs("cso_CIA01_v1.json", { indicator: { from: "Statistic" }, period: { from: "Year" }, dimensions: { region: { from: "County and Region" } } });
    expect(observations).toHaveLength(8325);
  });

  it("7. NAV's * is a suppressed count when the mapping declares it", () => {
    const { observations } = fromCsv(bytesOf("csv/real/datahotell_nav-arbeidssokere-yrke.csv"), REAL_CSV["datahotell_nav-arbeidssokere-yrke.csv"]!.mapping);
    const suppressed = observations.filter((o) => o.flags.includes("suppressed"));
    expect(suppressed).toHaveLength(319);
    expect(suppressed.every((o) => o.value === null)).toBe(true);
    // Without the marker, * is not a number: refused, never read as a value.
    const { markers: _markers, ...plain } = REAL_CSV["datahotell_nav-arbeidssokere-yrke.csv"]!.mapping as MappingInput & { markers?: unknown };
    expect(thrown(() => fromCsv(bytesOf("csv/real/datahotell_nav-arbeidssokere-yrke.csv"), plain as Parameters<typeof fromCsv>[1])).code).toBe("invalid_number");
  });

  it("8. SSB's weeks (2023U29 under TIMEVAL W1) are ISO weeks; YYYYMM codes read by TIMEVAL M1", () => {
    const { observations } = readPx("pcaxis-serializers_WeeklyStatisticsWithTwoContent.px", { indicator: { from: "statistikkvariabel" }, period: { from: "uke" }, dimensions: { goods: { from: "varegruppe" } } });
    expect(observations.map((o) => o.period)).toEqual(["2023W29", "2023W29", "2023W29", "2023W29"]);
    const monthly = 'STUB="m";\nTIMEVAL("m")=TLIST(M1),"202311","202312";\nVALUES("m")="202311","202312";\nDATA=\n1 2;\n';
    expect(fromPx(monthly, { indicator: { fixed: "x" }, period: { from: "m" } }).observations.map((o) => o.period)).toEqual(["2023-11", "2023-12"]);
  });

  it("9. a mapping that leaves out a dimension of several categories is refused, naming it", () => {
    const error = thrown(() => readJs("jsonstat-org_oecd.json", { indicator: { fixed: "x" }, period: { from: "year" } }));
    expect(error.code).toBe("unmapped_dimension");
    expect(error.message).toContain('"area" (36 categories)');
    // Filtered to one category, it is fine: 12 years of one country.
    expect(readJs("jsonstat-org_oecd.json", { indicator: { fixed: "x" }, period: { from: "year" }, filter: { area: ["NO"] } }).observations).toHaveLength(12);
  });

  it("10. one dataset of a bundle or collection is picked with `dataset`; an unknown one lists what there is", () => {
    const mapping = { indicator: { fixed: "x" }, period: { from: "year" }, dimensions: { area: { from: "area" }, concept: { from: "concept" } } };
    expect(thrown(() => readJs("jsonstat-org_oecd-canada.json", mapping)).code).toBe("unknown_dimension");
    expect(readJs("jsonstat-org_oecd-canada.json", mapping, { dataset: "oecd" }).observations).toHaveLength(432);
    const error = thrown(() => readJs("jsonstat-org_oecd-canada.json", mapping, { dataset: "norway" }));
    expect(error.code).toBe("unknown_dataset");
    expect(error.message).toContain('"canada"');
  });

  it("11. a wide CSV (one value column per county) is one read", () => {
    const { observations } = fromCsv(bytesOf("csv/real/datahotell_nav-ettersporsel-pr-yrke-2017.csv"), REAL_CSV["datahotell_nav-ettersporsel-pr-yrke-2017.csv"]!.mapping);
    // Row 4: Programvareutviklere (2512): Oslo 1 400, Norway 1 650.
    const developers = observations.filter((o) => o.dimensions["occupation"] === "2512");
    expect(developers.find((o) => o.orgUnit === "03")?.value).toBe(1400);
    expect(developers.find((o) => o.orgUnit === "NO")?.value).toBe(1650);
    expect(developers).toHaveLength(19);
  });

  it("12. an empty text cell leaves its disaggregation out instead of failing the row (csv-spectrum empty.csv)", () => {
    const { observations } = fromCsv(bytesOf("csv/spectrum/empty.csv"), { indicator: { fixed: "x" }, period: { fixed: "2024" }, dimensions: { b: { from: "b" }, c: { from: "c" } }, columns: { value: "a" } });
    expect(observations.map((o) => [o.value, o.dimensions])).toEqual([
      [1, {}],
      [2, { b: "3", c: "4" }],
    ]);
  });
});
