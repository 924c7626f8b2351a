import type { Issue, Observation } from "@opptrapping/core";
import type { ReadMode } from "@opptrapping/sdk";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import type { MappingInput } from "../mapping/mappingSchema.js";
import { mapRow } from "../mapping/mapRows.js";
import { parseMapping } from "../mapping/parseMapping.js";
import { finishObservation } from "./finishObservation.js";
import { fromPx } from "./fromPx.js";
import { NATIVE } from "./nativeFormat.js";
import { pxNativeMapping } from "./pxNativeMapping.js";
import { pxRows } from "./pxRows.js";
import { readPx } from "./readPx.js";
import { resolveMapping } from "./resolveMapping.js";
import { toPx } from "./toPx.js";

/** fromPx the plain way, every row through pxRows, mapRow and finishObservation: what the compiled mapper must equal. */
function plainFromPx(input: string, mapping: MappingInput, mode: ReadMode): { observations: Observation[]; issues: Issue[] } {
  const { file, issues: cellIssues } = readPx(input, mode === "strict");
  const resolved = resolveMapping(file, parseMapping(mapping));
  const issues = cellIssues.map((e) => e.toIssue());
  const observations: Observation[] = [];
  for (const r of pxRows(file, resolved)) {
    if (r.invalid || (resolved.native && r.raw === NATIVE.noObservation)) continue;
    try {
      const o = mapRow(r.row, resolved.mapping);
      if (o) observations.push(finishObservation(o, r, file, resolved.native));
    } catch (error) {
      if (mode === "strict" || !(error instanceof AdapterError)) throw error;
      issues.push(error.toIssue());
    }
  }
  return { observations, issues };
}

const outcome = (read: () => unknown): unknown => {
  try {
    return { ok: JSON.stringify(read()) };
  } catch (error) {
    return { error: error instanceof AdapterError ? [error.code, error.message] : String(error) };
  }
};

const q = (s: string) => `"${s}"`;
const variable = (pool: readonly string[]) => fc.uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: 3 });
const CELLS = ["1", "0", "-2", "3.5", "7", "..", ":", "-", "....", "x", "1e400", '".."', '"12"'];

const pxFile = fc
  .record({
    region: variable(["0301", "NO", "46", "xx", "rhf-vest"]),
    tid: variable(["2023", "2024M06", "2024M13", "2024", "juni 2025"]),
    sex: variable(["1", "2", "0", "-1"]),
    measure: fc.boolean(),
    symbol: fc.option(fc.constantFrom(":", "x"), { nil: undefined }),
  })
  .chain((v) => {
    const cells = v.region.length * v.tid.length * v.sex.length * (v.measure ? 2 : 1);
    return fc.array(fc.constantFrom(...CELLS), { minLength: cells, maxLength: cells }).map((data) => {
      const heading = v.measure ? ["tid", "statistikkvariabel"] : ["tid"];
      const values: [string, readonly string[]][] = [["region", v.region], ["kjønn", v.sex], ["tid", v.tid], ...(v.measure ? [["statistikkvariabel", ["v", "n"]] as [string, string[]]] : [])];
      const text = [
        'CHARSET="ANSI";',
        'CODEPAGE="utf-8";',
        'STUB="region","kjønn";',
        `HEADING=${heading.map(q).join(",")};`,
        ...values.map(([name, codes]) => `VALUES(${q(name)})=${codes.map(q).join(",")};`),
        ...(v.symbol !== undefined ? [`DATASYMBOL2=${q(v.symbol)};`] : []),
        "DATA=",
        `${data.join(" ")};`,
      ].join("\n");
      return { text, measure: v.measure };
    });
  });

const mappingFor = (measure: boolean) =>
  fc
    .record({
      indicator: fc.constantFrom<MappingInput["indicator"]>({ fixed: "R5.wait" }, { fixed: "bad id" }, { from: "kjønn", map: { "1": "A", "2": "B.c", "0": "bad id", "-1": "D" } }),
      sex: fc.constantFrom<MappingInput["indicator"] | undefined>(undefined, { from: "kjønn" }, { from: "kjønn", map: { "1": "menn", "2": "kvinner" } }, { fixed: "alle" }),
      filter: fc.option(fc.constant<Record<string, string[]>>({ region: ["0301", "xx"] }), { nil: undefined }),
      scale: fc.option(fc.constantFrom(7, 1e308), { nil: undefined }),
      markers: fc.option(fc.constant<Record<string, "zero">>({ ":": "zero" }), { nil: undefined }),
      flags: fc.option(fc.constant<"provisional"[]>(["provisional"]), { nil: undefined }),
      source: fc.option(fc.constant<{ doc: string; section: string }>({ doc: "ssb-12345", section: "tabell 1" }), { nil: undefined }),
      unit: fc.option(fc.constant<"month">("month"), { nil: undefined }),
    })
    .map(
      (m): MappingInput => ({
        indicator: m.indicator,
        period: m.unit ? { from: "tid", unit: m.unit } : { from: "tid" },
        orgUnit: { from: "region" },
        ...(m.sex ? { dimensions: { sex: m.sex } } : {}),
        ...(measure ? { measure: { dimension: "statistikkvariabel", value: "v", count: "n" } } : {}),
        ...(m.filter ? { filter: m.filter } : {}),
        ...(m.scale !== undefined ? { scale: m.scale } : {}),
        ...(m.markers ? { markers: m.markers } : {}),
        ...(m.flags ? { flags: m.flags } : {}),
        ...(m.source ? { source: m.source } : {}),
      }),
    );

describe("compilePxMapper", () => {
  it("gives what the plain path gives, row for row, issue for issue, in both modes", () => {
    fc.assert(
      fc.property(
        pxFile.chain((f) => fc.tuple(fc.constant(f.text), mappingFor(f.measure), fc.constantFrom<ReadMode>("strict", "lenient"))),
        ([text, mapping, mode]) => {
          expect(outcome(() => fromPx(text, mapping, { mode }))).toEqual(outcome(() => plainFromPx(text, mapping, mode)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("gives what the plain path gives on toPx's own files, read natively", () => {
    const observation = fc.record({
      indicatorId: fc.constantFrom("R5.wait", "A2"),
      period: fc.constantFrom("2023", "2024", "2024-06"),
      orgUnit: fc.constantFrom("NO", "0301", "rhf-vest"),
      dimensions: fc.dictionary(fc.constantFrom("sex", "service", "2"), fc.constantFrom("menn", "VOP", "a b", "10"), { maxKeys: 3 }),
      value: fc.option(fc.constantFrom(0, 1.5, -3, 1e6), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 12 }), (drafts) => {
        const seen = new Set<string>();
        const observations: Observation[] = drafts.flatMap((d) => {
          const key = JSON.stringify([d.indicatorId, d.period, d.orgUnit, Object.entries(d.dimensions).sort()]);
          if (seen.has(key)) return [];
          seen.add(key);
          return [{ ...d, flags: d.value === null ? ["missing" as const] : [] }];
        });
        const text = toPx(observations);
        const fast = fromPx(text, pxNativeMapping);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(plainFromPx(text, pxNativeMapping, "strict")));
        expect(fast.observations).toHaveLength(observations.length);
      }),
      { numRuns: 200 },
    );
  });

  it("shares one frozen disaggregation object between cells of the same categories", () => {
    const text = ['STUB="region","kjønn";', 'HEADING="tid";', 'VALUES("region")="0301";', 'VALUES("kjønn")="1","2";', 'VALUES("tid")="2023","2024";', "DATA=", "1 2", "3 4;"].join("\n");
    const { observations } = fromPx(text, { indicator: { fixed: "R5.wait" }, period: { from: "tid" }, orgUnit: { from: "region" }, dimensions: { sex: { from: "kjønn" } } });
    expect(observations.map((o) => [o.period, o.dimensions, o.value])).toEqual([
      ["2023", { sex: "1" }, 1],
      ["2024", { sex: "1" }, 2],
      ["2023", { sex: "2" }, 3],
      ["2024", { sex: "2" }, 4],
    ]);
    expect(observations[0]!.dimensions).toBe(observations[1]!.dimensions);
    expect(Object.isFrozen(observations[0]!.dimensions)).toBe(true);
  });
});
