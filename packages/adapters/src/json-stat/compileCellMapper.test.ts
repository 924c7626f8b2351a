import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MappingInput } from "../mapping/mappingSchema.js";
import { mapRows, type SourceRow } from "../mapping/mapRows.js";
import { parseMapping } from "../mapping/parseMapping.js";
import { fromJsonStat } from "./fromJsonStat.js";

// The compiled cell mapper must give exactly what the shared mapper gives: the same
// observations (to the byte) and the same issues. The reference builds every cell's
// SourceRow the plain way and hands them to mapRows.

const POOLS = {
  Region: ["0301", "0", "K-4601", "Oslo", "Helse Vest", "03", "Hele landet"],
  Tid: ["2024M06", "2024M13", "2024K2", "juni 2025", "2024", "foo"],
  X: ["a", "__proto__", "constructor", "b", "c"],
  C: ["v", "c", "n", "d"],
};
type Dim = keyof typeof POOLS;

const dataset = fc
  .record({
    order: fc.shuffledSubarray(["Region", "Tid", "X", "C"] as Dim[], { minLength: 4, maxLength: 4 }),
    sizes: fc.record({ Region: fc.integer({ min: 1, max: 4 }), Tid: fc.integer({ min: 1, max: 3 }), X: fc.integer({ min: 1, max: 3 }), C: fc.constant(4) }),
    shift: fc.nat({ max: 6 }),
  })
  .chain(({ order, sizes, shift }) => {
    const n = order.reduce((a, d) => a * sizes[d], 1);
    return fc.record({
      order: fc.constant(order),
      codes: fc.constant(Object.fromEntries(order.map((d) => [d, Array.from({ length: sizes[d] }, (_, i) => POOLS[d][(i + (d === "C" ? 0 : shift)) % POOLS[d].length]!)])) as Record<Dim, string[]>),
      values: fc.array(fc.oneof(fc.constant(null), fc.double({ min: -50, max: 1e6, noNaN: true }), fc.constantFrom(0, 1.5, 1e308)), { minLength: n, maxLength: n }),
      status: fc.array(fc.option(fc.constantFrom(":", "..", "p", " * ", "x"), { nil: null }), { minLength: n, maxLength: n }),
    });
  });

const mapping = fc.record(
  {
    indicator: fc.constantFrom({ fixed: "SYNTH.x" }, { fixed: "1bad" }, { from: "X", map: { a: "SYNTH.a", __proto__: "SYNTH.p" } }),
    period: fc.constantFrom({ from: "Tid" }, { fixed: "2025T2" }),
    orgUnit: fc.constantFrom({ from: "Region" }, { from: "Region", map: { "0301": "0301", "0": "NO" } }),
    dimensions: fc.constantFrom({}, { x: { from: "X" } }, { x: { from: "X" }, kind: { fixed: "k" } }),
    measure: fc.constantFrom(undefined, { dimension: "C", value: "v" }, { dimension: "C", value: "v", count: "c", numerator: "n", denominator: "d" }),
    scale: fc.constantFrom(undefined, 7, 1e10),
    filter: fc.constantFrom(undefined, { X: ["a", "constructor"] }),
    flags: fc.constantFrom(undefined, ["synthetic" as const], ["provisional" as const, "synthetic" as const]),
    source: fc.constantFrom(undefined, { doc: "SYNTHETIC", section: "x" }),
  },
  { requiredKeys: ["indicator", "period", "orgUnit"] },
);

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function referenceRows(order: Dim[], codes: Record<Dim, string[]>, values: (number | null)[], status: (string | null)[], m: MappingInput): SourceRow[] {
  const sizes = order.map((d) => codes[d].length);
  const strides = sizes.map((_, i) => sizes.slice(i + 1).reduce((a, b) => a * b, 1));
  const measure = m.measure;
  const mi = measure ? order.indexOf(measure.dimension as Dim) : -1;
  const outer = order.map((_, i) => i).filter((i) => i !== mi);
  const rows: SourceRow[] = [];
  const total = outer.reduce((a, i) => a * sizes[i]!, 1);
  for (let k = 0; k < total; k++) {
    const pos = new Array<number>(order.length).fill(0);
    let rem = k;
    for (let j = outer.length - 1; j >= 0; j--) {
      pos[outer[j]!] = rem % sizes[outer[j]!]!;
      rem = Math.floor(rem / sizes[outer[j]!]!);
    }
    const cellOf = (category: string | undefined) => {
      const p = [...pos];
      if (mi >= 0 && category !== undefined) p[mi] = codes[order[mi]!].indexOf(category);
      return p.reduce((s, x, i) => s + x * strides[i]!, 0);
    };
    const vi = cellOf(measure?.value);
    if (mi >= 0) pos[mi] = codes[order[mi]!].indexOf(measure!.value);
    const rowCodes: Record<string, string> = Object.create(null) as Record<string, string>;
    const coordinates: Record<string, string> = Object.create(null) as Record<string, string>;
    order.forEach((d, i) => {
      coordinates[d] = codes[d][pos[i]!]!;
      if (i !== mi) rowCodes[d] = codes[d][pos[i]!]!;
    });
    const row: Record<string, unknown> = { codes: rowCodes, value: values[vi]!, at: { cell: vi, coordinates } };
    for (const role of ["count", "numerator", "denominator"] as const) if (measure?.[role] !== undefined) row[role] = values[cellOf(measure[role])]!;
    if (status[vi] !== null) row["status"] = status[vi];
    rows.push(row as unknown as SourceRow);
  }
  return rows;
}

describe("fromJsonStat's compiled mapper", () => {
  it("gives exactly what mapRows gives on the same cells: observations, errors and issues", () => {
    fc.assert(
      fc.property(dataset, mapping, ({ order, codes, values, status }, raw) => {
        const m = clean(raw) as MappingInput;
        const json = JSON.stringify({ class: "dataset", id: order, size: order.map((d) => codes[d].length), dimension: Object.fromEntries(order.map((d) => [d, { category: { index: codes[d] } }])), value: values, status });
        // A mapping that leaves out a dimension of several categories is refused before any cell.
        const read = new Set([m.indicator, m.period, m.orgUnit, ...Object.values(m.dimensions ?? {})].flatMap((s) => (s && "from" in s ? [s.from] : [])));
        if (m.measure) read.add(m.measure.dimension);
        const left = order.filter((d) => codes[d].length > 1 && !read.has(d));
        if (left.length > 0) {
          expect(() => fromJsonStat(json, m, { mode: "lenient" })).toThrow(expect.objectContaining({ code: "unmapped_dimension" }));
          return;
        }
        const expected = mapRows(referenceRows(order, codes, values, status, m), parseMapping(m), "lenient");
        const actual = fromJsonStat(json, m, { mode: "lenient" });
        expect(JSON.stringify(actual.observations)).toBe(JSON.stringify(expected.observations));
        expect(actual.issues).toEqual(expected.issues);
        let strictError: unknown;
        try {
          mapRows(referenceRows(order, codes, values, status, m), parseMapping(m), "strict");
        } catch (error) {
          strictError = error;
        }
        if (strictError) expect(() => fromJsonStat(json, m)).toThrow((strictError as Error).message);
      }),
      { numRuns: 400 },
    );
  });
});
