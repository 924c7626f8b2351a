import { formatPeriod, observationSchema, parsePeriod, type Observation } from "@opptrapping/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MappingInput } from "../mapping/mappingSchema.js";
import { compareObservations } from "./compareObservations.js";
import { fromJsonStat } from "./fromJsonStat.js";
import { jsonStatNativeMapping } from "./nativeMapping.js";
import { toJsonStat } from "./toJsonStat.js";
import { writeJsonStat } from "./writeJsonStat.js";

const PERIODS = ["2024", "2025", "2024-06", "2025-01", "2024Q2", "2025T3", "2024H1", "2024/25", "2024-06-15", "2024-06/2024-12"];
const ORG_UNITS = ["NO", "0301", "4601", "5501", "03", "46", "rhf-vest", "rhf-nord", "hf-ahus"];
const KEYS = ["service", "sex", "age", "period", "measure", "indicator", "orgUnit", "constructor", "toString", "hasOwnProperty"];

const number = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((v) => !Object.is(v, -0));
const nonNegative = fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }).filter((v) => !Object.is(v, -0));
const text = fc.oneof(fc.constantFrom("__proto__", "constructor", "PHBU", "Begge kjønn", " ", "0", "æøå"), fc.string({ minLength: 1, maxLength: 5, unit: "binary" }));

/** Any valid observation (periods canonical, as mapRow makes them). */
const observation = fc
  .record({
    indicatorId: fc.oneof(fc.constantFrom("R5.wait", "R1.plager", "X"), fc.stringMatching(/^[A-Za-z][A-Za-z0-9._:-]{0,6}$/)),
    period: fc.constantFrom(...PERIODS),
    orgUnit: fc.constantFrom(...ORG_UNITS),
    dimensions: fc.dictionary(fc.constantFrom(...KEYS), text, { maxKeys: 3 }),
    value: fc.option(number, { nil: null }),
    count: fc.option(nonNegative, { nil: undefined }),
    numerator: fc.option(nonNegative, { nil: undefined }),
    denominator: fc.option(nonNegative, { nil: undefined }),
    flags: fc.array(fc.constantFrom("provisional", "suppressed", "missing", "synthetic" as const), { maxLength: 3 }),
    source: fc.option(fc.record({ doc: fc.constantFrom("S0", "S1"), section: fc.constantFrom("§1", "§2-waiting") }, { requiredKeys: ["doc"] }), { nil: undefined }),
    note: fc.option(text, { nil: undefined }),
  })
  .map((r): Observation => {
    const candidate: Record<string, unknown> = { ...r, dimensions: { ...r.dimensions } };
    for (const k of Object.keys(candidate)) if (candidate[k] === undefined) delete candidate[k];
    if (r.numerator !== undefined && r.denominator !== undefined && r.numerator > r.denominator) [candidate["numerator"], candidate["denominator"]] = [r.denominator, r.numerator];
    if (r.value === null && !r.flags.includes("missing") && !r.flags.includes("suppressed")) candidate["flags"] = [...r.flags, "missing"];
    return observationSchema.parse(candidate);
  });
const cellKey = (o: Observation): string => JSON.stringify([o.indicatorId, o.period, o.orgUnit, Object.entries(o.dimensions).sort(([a], [b]) => (a < b ? -1 : 1))]);

describe("toJsonStat → fromJsonStat(jsonStatNativeMapping)", () => {
  it("uses canonical periods in the generator", () => {
    for (const p of PERIODS) expect(formatPeriod(parsePeriod(p))).toBe(p);
  });

  it("gives back any array of valid observations exactly, sorted canonically", () => {
    fc.assert(
      fc.property(fc.uniqueArray(observation, { selector: cellKey, maxLength: 25 }), (observations) => {
        const back = fromJsonStat(writeJsonStat(observations), jsonStatNativeMapping);
        expect(back.issues).toEqual([]);
        expect(back.observations).toEqual([...observations].sort(compareObservations));
      }),
      { numRuns: 300 },
    );
  });

  it("gives back the same from the object as from its text", () => {
    fc.assert(
      fc.property(fc.uniqueArray(observation, { selector: cellKey, maxLength: 10 }), (observations) => {
        const dataset = toJsonStat(observations);
        expect(fromJsonStat(dataset, jsonStatNativeMapping)).toEqual(fromJsonStat(JSON.stringify(dataset), jsonStatNativeMapping));
      }),
      { numRuns: 100 },
    );
  });
});

/** A random Region × X × Tid cube, its values and statuses. */
const cube = fc
  .record({ r: fc.integer({ min: 1, max: 3 }), x: fc.integer({ min: 1, max: 3 }), t: fc.integer({ min: 1, max: 3 }) })
  .chain(({ r, x, t }) =>
    fc.record({
      sizes: fc.constant([r, x, t]),
      values: fc.array(fc.option(number, { nil: null }), { minLength: r * x * t, maxLength: r * x * t }),
      status: fc.array(fc.option(fc.constantFrom(":", "..", "p", "*", "."), { nil: null }), { minLength: r * x * t, maxLength: r * x * t }),
      order: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
    }),
  );
const CODES = [["0301", "4601", "0"], ["__proto__", "constructor", "a"], ["2024M01", "2024M02", "2024M03"]];
const IDS = ["Region", "X", "Tid"];
const cubeMapping: MappingInput = { indicator: { fixed: "SYNTH.x" }, period: { from: "Tid" }, orgUnit: { from: "Region" }, dimensions: { x: { from: "X" } } };

function denseForm(c: { sizes: readonly number[]; values: (number | null)[]; status: (string | null)[] }) {
  return {
    version: "2.0",
    class: "dataset",
    id: IDS,
    size: c.sizes,
    dimension: Object.fromEntries(IDS.map((id, d) => [id, { category: { index: CODES[d]!.slice(0, c.sizes[d]) } }])),
    value: c.values,
    status: c.status,
  };
}

function sparseForm(c: { sizes: readonly number[]; values: (number | null)[]; status: (string | null)[]; order: number[] }) {
  const indexObject = (codes: string[], seed: number) => {
    const entries = codes.map((code, i) => [code, i] as const);
    const rotated = [...entries.slice(seed % entries.length), ...entries.slice(0, seed % entries.length)];
    return JSON.parse(`{${rotated.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`) as Record<string, number>;
  };
  return {
    version: "2.0",
    class: "dataset",
    id: IDS,
    size: c.sizes,
    dimension: Object.fromEntries(IDS.map((id, d) => [id, { category: { index: indexObject(CODES[d]!.slice(0, c.sizes[d]), c.order[d]!) } }])),
    value: Object.fromEntries(c.values.flatMap((v, i) => (v === null ? [] : [[String(i), v]]))),
    status: Object.fromEntries(c.status.flatMap((s, i) => (s === null ? [] : [[String(i), s]]))),
  };
}

describe("dense and sparse forms", () => {
  it("read identically: value array or object, status array or object, category.index array or object", () => {
    fc.assert(
      fc.property(cube, (c) => {
        const dense = fromJsonStat(JSON.stringify(denseForm(c)), cubeMapping);
        const sparse = fromJsonStat(JSON.stringify(sparseForm(c)), cubeMapping, { includeMissing: true });
        expect(sparse).toEqual(dense);
        expect(dense.observations).toHaveLength(c.values.length);
      }),
      { numRuns: 200 },
    );
  });
});
