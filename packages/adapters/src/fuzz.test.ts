// Hostile input for every reader (issue 15): seeded mutations of valid inputs and generated
// cubes with bad cells, on a fixed budget per target (a run count and a time limit, so CI
// stays fast). Whatever happens, only the library's typed errors are thrown; whatever is
// returned passes the core schemas, holds no NaN or Infinity, and every cell or row is read or
// reported.
import { observationSchema, type Observation } from "@opptrapping/core";
import type { AdapterReadResult } from "@opptrapping/sdk";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AdapterError } from "./AdapterError.js";
import { fromCsv } from "./csv/index.js";
import { fromJsonStat } from "./json-stat/index.js";
import { fromPx } from "./px/index.js";

const SEED = 20_261_203;
/** Per target: at most this many runs, stopped early after the time limit. */
const BUDGET = { seed: SEED, numRuns: 400, interruptAfterTimeLimit: 4_000, markInterruptAsFailure: false } as const;

function checkObservations(observations: readonly Observation[]): void {
  for (const o of observations) {
    const r = observationSchema.safeParse(o);
    if (!r.success) throw new Error(`a reader returned an observation its schema rejects: ${JSON.stringify(o)}: ${r.error.message}`);
    for (const n of [o.value, o.count, o.numerator, o.denominator]) if (typeof n === "number" && !Number.isFinite(n)) throw new Error(`non-finite number in ${JSON.stringify(o)}`);
  }
}

/** Runs a read: a result is checked, an AdapterError is fine, anything else fails the property. */
function survive(read: () => AdapterReadResult): AdapterReadResult | undefined {
  try {
    const result = read();
    checkObservations(result.observations);
    return result;
  } catch (error) {
    if (error instanceof AdapterError) {
      // Messages stay short even for huge or deeply nested input.
      expect(error.message.length).toBeLessThan(2_000);
      return undefined;
    }
    throw error;
  }
}

type Edit = { readonly at: number; readonly op: "insert" | "delete" | "replace"; readonly text: string; readonly length: number };
const edits = (tokens: readonly string[]) =>
  fc.array(
    fc.record({ at: fc.nat(), op: fc.constantFrom("insert" as const, "delete" as const, "replace" as const), text: fc.constantFrom(...tokens), length: fc.integer({ min: 1, max: 12 }) }),
    { minLength: 1, maxLength: 8 },
  );
function mutate(seed: string, list: readonly Edit[]): string {
  let s = seed;
  for (const e of list) {
    const at = e.at % (s.length + 1);
    if (e.op === "insert") s = s.slice(0, at) + e.text + s.slice(at);
    else if (e.op === "delete") s = s.slice(0, at) + s.slice(at + e.length);
    else s = s.slice(0, at) + e.text + s.slice(at + e.length);
  }
  return s;
}

// ---------------------------------------------------------------- JSON-stat

const JSON_SEED = JSON.stringify({
  version: "2.0",
  class: "dataset",
  id: ["Region", "Tid", "ContentsCode"],
  size: [2, 3, 2],
  dimension: {
    Region: { category: { index: { "0301": 0, "K-4601": 1 } } },
    Tid: { category: { index: ["2024M05", "2024M06", "2024U29"] } },
    ContentsCode: { category: { index: ["Ventetid", "Antall"] } },
  },
  value: [41.2, 120, null, 80, 45, 90, 39.9, 110, 44.4, 0, 38, 75],
  status: { "2": "..", "9": ":" },
});
const JSON_MAPPING = { indicator: { fixed: "R5.wait" }, period: { from: "Tid" }, orgUnit: { from: "Region" }, measure: { dimension: "ContentsCode", value: "Ventetid", count: "Antall" } } as const;
const JSON_TOKENS = ["[", "]", "{", "}", '"', ",", ":", "null", "1e309", "-1", '"x"', '"__proto__"', "[[[[[[[[", '{"a":{"b":', '"status"', "1e9", '"0"', "true", "NaN", "\\u0000"];

describe("fuzz: fromJsonStat", () => {
  it("survives seeded mutations of a valid dataset", () => {
    fc.assert(
      fc.property(edits(JSON_TOKENS), fc.constantFrom("strict" as const, "lenient" as const), (list, mode) => {
        survive(() => fromJsonStat(mutate(JSON_SEED, list), JSON_MAPPING, { mode }));
      }),
      BUDGET,
    );
  });

  it("accounts for every cell of a cube with bad cells: each is an observation or an issue", () => {
    const cell = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), fc.constant(null), fc.constantFrom("x", "1", true, [1], { a: 1 }));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.infiniteStream(cell), fc.array(fc.option(fc.constantFrom(":", "..", "p", 7), { nil: undefined }), { maxLength: 16 }), (r, t, stream, symbols) => {
        const n = r * t;
        const values = [...stream.take(n)];
        const status = Object.fromEntries(symbols.slice(0, n).flatMap((s, i) => (s === undefined ? [] : [[String(i), s]])));
        const ds = {
          class: "dataset",
          id: ["Region", "Tid"],
          size: [r, t],
          dimension: { Region: { category: { index: ["0301", "4601", "5001", "NO"].slice(0, r) } }, Tid: { category: { index: ["2021", "2022", "2023", "2024"].slice(0, t) } } },
          value: values,
          status,
        };
        const result = survive(() => fromJsonStat(ds, { indicator: { fixed: "x" }, period: { from: "Tid" }, orgUnit: { from: "Region" } }, { mode: "lenient" }))!;
        expect(result.observations.length + result.issues.length).toBe(n);
      }),
      BUDGET,
    );
  });

  // Issue 15 item 1: nesting 20 000 deep, anywhere, is a typed error with a short message.
  const deep = (depth: number, leaf: unknown): unknown => {
    let v = leaf;
    for (let i = 0; i < depth; i++) v = [v];
    return v;
  };
  it.each([
    ["collections", () => { let c: unknown = { class: "dataset", id: [], size: [], dimension: {}, value: [] }; for (let i = 0; i < 20_000; i++) c = { class: "collection", link: { item: [c] } }; return c; }, "too_deep"],
    ["a category id", () => ({ class: "dataset", id: ["a"], size: [1], dimension: { a: { category: { index: [deep(20_000, "x")] } } }, value: [1] }), "invalid_category_index"],
    ["a value", () => ({ class: "dataset", id: ["a"], size: [1], dimension: { a: { category: { index: ["2024"] } } }, value: [deep(20_000, 1)] }), "invalid_value"],
    ["a status", () => ({ class: "dataset", id: ["a"], size: [1], dimension: { a: { category: { index: ["2024"] } } }, value: [null], status: [deep(20_000, ":")] }), "invalid_status"],
    ["an error member", () => ({ error: deep(20_000, "boom") }), "not_json_stat"],
  ])("refuses %s nested 20 000 deep with a typed error", (_, make, code) => {
    const input = make() as object;
    let error: unknown;
    try {
      fromJsonStat(input, { indicator: { fixed: "x" }, period: { from: "a" } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AdapterError);
    expect((error as AdapterError).code).toBe(code);
    expect((error as AdapterError).message.length).toBeLessThan(500);
  });

  // Issue 15 item 2: 1.5 KB claiming 6.25 million cells.
  it("keeps a sparse value sparse, and caps the cells a small input may claim", () => {
    const dims = ["a", "b", "c", "d"];
    const codes = Array.from({ length: 50 }, (_, i) => `c${i}`);
    const ds = JSON.stringify({ class: "dataset", id: dims, size: [50, 50, 50, 50], dimension: Object.fromEntries(dims.map((d) => [d, { category: { index: codes } }])), value: {} });
    const mapping = { indicator: { fixed: "x" }, period: { fixed: "2024" }, dimensions: Object.fromEntries(dims.map((d) => [d, { from: d }])) };
    expect(fromJsonStat(ds, mapping).observations).toEqual([]);
    let error: unknown;
    try {
      fromJsonStat(ds, mapping, { includeMissing: true });
    } catch (e) {
      error = e;
    }
    expect((error as AdapterError).code).toBe("too_many_cells");
    expect((error as AdapterError).message).toContain("6250000 observations");
    expect((error as AdapterError).message).toContain("maxCells");
  });
});

// ---------------------------------------------------------------- PX

const PX_SEED = [
  'CHARSET="ANSI";',
  'CODEPAGE="utf-8";',
  'STUB="region","uke";',
  'HEADING="statistikkvariabel";',
  'VALUES("region")="Oslo","Bergen";',
  'VALUES("uke")="2023U29","2023U30";',
  'VALUES("statistikkvariabel")="Ventetid","Antall";',
  'CODES("region")="0301","4601";',
  'TIMEVAL("uke")=TLIST(W1),"2023U29","2023U30";',
  'NOTE="a note";',
  "DATA=",
  '41.5 120 ".." 80',
  '":" 0 - 90;',
  "",
].join("\n");
const PX_MAPPING = { indicator: { fixed: "R5.wait" }, period: { from: "uke" }, orgUnit: { from: "region" }, measure: { dimension: "statistikkvariabel", value: "Ventetid", count: "Antall" } } as const;
const PX_TOKENS = ['"', ";", "\n", ",", "DATA=", 'KEYS("region")=CODES;', 'TIMEVAL("uke")=TLIST(Q1),"2023T4";', '".."', '":"', "-", "1e400", "NaN", "(", ")", "[en]", 'VALUES("x")="a";', "\r", "æøå", "TLIST(", "=", '"\n"'];

describe("fuzz: fromPx", () => {
  it("survives seeded mutations of a valid file", () => {
    fc.assert(
      fc.property(edits(PX_TOKENS), fc.constantFrom("strict" as const, "lenient" as const), fc.boolean(), (list, mode, asBytes) => {
        const text = mutate(PX_SEED, list);
        survive(() => fromPx(asBytes ? new TextEncoder().encode(text) : text, PX_MAPPING, { mode }));
      }),
      BUDGET,
    );
  });

  it("accounts for every cell of a file with bad cells", () => {
    const token = fc.oneof(fc.integer({ min: -1000, max: 1000 }).map(String), fc.constantFrom('".."', '":"', "-", '"x"', "abc", "1e400", "1.2.3"));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.infiniteStream(token), (r, t, stream) => {
        const n = r * t;
        const text = `STUB="region";\nHEADING="år";\nVALUES("region")=${["0301", "4601", "5001", "NO"].slice(0, r).map((c) => `"${c}"`).join(",")};\nVALUES("år")=${["2021", "2022", "2023", "2024"].slice(0, t).map((c) => `"${c}"`).join(",")};\nDATA=\n${[...stream.take(n)].join(" ")};\n`;
        const result = survive(() => fromPx(text, { indicator: { fixed: "x" }, period: { from: "år" }, orgUnit: { from: "region" } }, { mode: "lenient" }))!;
        expect(result.observations.length + result.issues.length).toBe(n);
      }),
      BUDGET,
    );
  });

  // Issue 15 item 3: a 1.3 KB KEYS file with one data row claiming 2.16 million cells.
  it("caps the cells a small KEYS file may claim", () => {
    const values = (name: string, n: number) => `VALUES("${name}")=${Array.from({ length: n }, (_, i) => `"${name}${i}"`).join(",")};`;
    const text = ['STUB="a","b","c";', 'HEADING="d";', values("a", 120), values("b", 120), values("c", 15), values("d", 10), 'KEYS("a")=VALUES;', 'KEYS("b")=VALUES;', 'KEYS("c")=VALUES;', "DATA=", '"a0","b0","c0" 1 2 3 4 5 6 7 8 9 10;'].join("\n");
    let error: unknown;
    try {
      fromPx(text, { indicator: { fixed: "x" }, period: { fixed: "2024" }, dimensions: { a: { from: "a" }, b: { from: "b" }, c: { from: "c" }, d: { from: "d" } } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AdapterError);
    expect((error as AdapterError).code).toBe("too_many_cells");
    expect((error as AdapterError).message).toContain("2160000 cells");
  });
});

// ---------------------------------------------------------------- CSV

const CSV_SEED = "Region;Periode;Tjeneste;Ventetid;Antall;Kilde\r\nHelse Vest;2024T2;PHBU;41,5;120;SSB-1\r\n0301;2024M06;PHV;..;80;\r\n03;2024U29;TSB;1 234,5;:;S.x\r\n";
const CSV_MAPPING = { indicator: { fixed: "R5.wait" }, period: { from: "Periode" }, orgUnit: { from: "Region" }, dimensions: { service: { from: "Tjeneste" } }, columns: { value: "Ventetid", count: "Antall", sourceDoc: "Kilde" } } as const;
const CSV_TOKENS = [",", ";", '"', "\r", "\n", "..", ":", "1e400", "=cmd", " ", "1 234,5", "*", "S 0", "__proto__", "\t", '""', "NaN", "-0", "\uFEFF"];

describe("fuzz: fromCsv", () => {
  // Issue 15 item 8, the minimal input: a per-row source "S 0" is no id, so the row is refused, not returned.
  it("never returns an observation its schema rejects: source column 'S 0'", () => {
    const text = "v;doc\n1;S 0\n2;SSB\n";
    const mapping = { indicator: { fixed: "x" }, period: { fixed: "2024" }, columns: { value: "v", sourceDoc: "doc" } } as const;
    const { observations, issues } = fromCsv(text, mapping, { mode: "lenient" });
    expect(observations).toEqual([{ indicatorId: "x", period: "2024", orgUnit: "NO", dimensions: {}, value: 2, flags: [], source: { doc: "SSB" } }]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([["invalid_observation", ["line", 2]]]);
  });

  it("survives seeded mutations of a valid file", () => {
    fc.assert(
      fc.property(edits(CSV_TOKENS), fc.constantFrom("strict" as const, "lenient" as const), (list, mode) => {
        survive(() => fromCsv(mutate(CSV_SEED, list), CSV_MAPPING, { mode }));
      }),
      BUDGET,
    );
  });

  it("accounts for every row of a file with bad cells", () => {
    const cell = fc.oneof(fc.integer({ min: -1000, max: 1000 }).map(String), fc.constantFrom("..", ":", "", "x", "1e400", "1,5", "S 0", "NaN"));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, fc.constantFrom("SSB", "S 0", "")), { minLength: 1, maxLength: 12 }), (rows) => {
        const text = `Periode;Ventetid;Antall;Kilde\n${rows.map(([v, c, s], i) => `${2000 + i};${v};${c};${s}`).join("\n")}\n`;
        const result = survive(() => fromCsv(text, { indicator: { fixed: "x" }, period: { from: "Periode" }, columns: { value: "Ventetid", count: "Antall", sourceDoc: "Kilde" } }, { mode: "lenient" }))!;
        expect(result.observations.length + result.issues.length).toBe(rows.length);
      }),
      BUDGET,
    );
  });
});
