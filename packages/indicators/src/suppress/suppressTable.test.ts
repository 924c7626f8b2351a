import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { determinedColumns } from "./solve.js";
import { SuppressionError } from "./SuppressionError.js";
import { suppressTable, type SuppressedTable, type TableCell } from "./suppressTable.js";

// ---- An independent attacker: exact rational Gaussian elimination on the published table. ----

type Q = readonly [bigint, bigint]; // numerator, denominator > 0
const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};
const q = (n: bigint, d: bigint = 1n): Q => {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return [n / g, d / g];
};
const sub = (a: Q, b: Q): Q => q(a[0] * b[1] - b[0] * a[1], a[1] * b[1]);
const mul = (a: Q, b: Q): Q => q(a[0] * b[0], a[1] * b[1]);
const div = (a: Q, b: Q): Q => q(a[0] * b[1], a[1] * b[0]);
const isZero = (a: Q) => a[0] === 0n;

/**
 * What an attacker learns: every published total is the sum of its inner cells, so with the
 * published cells' values moved to the right-hand side, solve for the suppressed ones and
 * return each suppressed cell whose value comes out fixed, with that value.
 */
function recover(table: SuppressedTable): Map<string, number> {
  const all = [...table.cells, ...table.totals];
  const id = (key: readonly (string | null)[]) => JSON.stringify(key);
  const unknown = all.filter((c) => c.suppressed !== null).map((c) => id(c.key));
  const col = new Map(unknown.map((k, i) => [k, i]));
  const rows: Q[][] = [];
  for (const total of table.totals) {
    const members = table.cells.filter((c) => c.key.every((v, d) => total.key[d] === null || total.key[d] === v));
    const row: Q[] = Array.from({ length: unknown.length + 1 }, () => q(0n));
    let rhs = 0n;
    const put = (key: readonly (string | null)[], count: number, sign: bigint) => {
      const c = col.get(id(key));
      if (c === undefined) rhs -= sign * BigInt(count);
      else row[c] = q(row[c]![0] + sign, 1n);
    };
    put(total.key, total.count, 1n);
    for (const m of members) put(m.key, m.count, -1n);
    row[unknown.length] = q(rhs);
    rows.push(row);
  }
  // Reduced row echelon form, exactly.
  let r = 0;
  const pivots: number[] = [];
  for (let c = 0; c < unknown.length && r < rows.length; c++) {
    const p = rows.findIndex((row, i) => i >= r && !isZero(row[c]!));
    if (p < 0) continue;
    [rows[r], rows[p]] = [rows[p]!, rows[r]!];
    const pr = rows[r]!;
    const lead = pr[c]!;
    for (let j = 0; j <= unknown.length; j++) pr[j] = div(pr[j]!, lead);
    rows.forEach((row, i) => {
      if (i === r || isZero(row[c]!)) return;
      const f = row[c]!;
      for (let j = 0; j <= unknown.length; j++) row[j] = sub(row[j]!, mul(f, pr[j]!));
    });
    pivots.push(c);
    r++;
  }
  const out = new Map<string, number>();
  pivots.forEach((c, i) => {
    const row = rows[i]!;
    const alone = row.every((v, j) => j === c || j === unknown.length || isZero(v));
    if (alone) out.set(unknown[c]!, Number(row[unknown.length]![0]) / Number(row[unknown.length]![1]));
  });
  return out;
}

const keyed = (t: SuppressedTable) => t.cells.map((c) => `${c.key.join("/")}=${c.suppressed ?? "-"}`);

describe("suppressTable", () => {
  it("hides a cell of 3 and a rectangle around it in a 2 × 3 table with all totals published", () => {
    const t = suppressTable(
      [
        { key: ["PHBU", "hf-a"], count: 3 },
        { key: ["PHBU", "hf-b"], count: 40 },
        { key: ["PHBU", "hf-c"], count: 50 },
        { key: ["PHV", "hf-a"], count: 30 },
        { key: ["PHV", "hf-b"], count: 60 },
        { key: ["PHV", "hf-c"], count: 70 },
      ],
      { minCount: 5 },
    );
    expect(keyed(t)).toEqual(["PHBU/hf-a=primary", "PHBU/hf-b=secondary", "PHBU/hf-c=-", "PHV/hf-a=secondary", "PHV/hf-b=secondary", "PHV/hf-c=-"]);
    expect([t.primary, t.secondary, t.exposed]).toEqual([1, 3, []]);
    // Totals: 2 services + 3 HFs + the grand total, each published (none under 5).
    expect(t.totals.map((c) => [c.key, c.count, c.suppressed])).toEqual([
      [[null, null], 253, null],
      [[null, "hf-a"], 33, null],
      [[null, "hf-b"], 100, null],
      [[null, "hf-c"], 120, null],
      [["PHBU", null], 93, null],
      [["PHV", null], 160, null],
    ]);
    expect(recover(t).size).toBe(0);
  });

  it("suppresses nothing when no cell is under the threshold", () => {
    const t = suppressTable([{ key: ["a"], count: 5 }, { key: ["b"], count: 9 }]);
    expect([t.primary, t.secondary]).toEqual([0, 0]);
  });

  it("hides a second cell when one row's total would give the first away, and prefers the smallest", () => {
    const t = suppressTable([{ key: ["a"], count: 2 }, { key: ["b"], count: 50 }, { key: ["c"], count: 7 }]);
    expect(keyed(t)).toEqual(["a=primary", "b=-", "c=secondary"]);
  });

  it("hides the total too when the only other cell is empty", () => {
    // a = total − 0: nothing to hide but the total.
    const t = suppressTable([{ key: ["a"], count: 2 }, { key: ["b"], count: 0 }, { key: ["c"], count: 0 }]);
    expect(t.totals).toEqual([{ key: [null], count: 2, suppressed: "primary" }]);
    expect(t.cells[0]?.suppressed).toBe("primary");
    expect(recover(t).size).toBe(0);
  });

  it("publishes only the totals asked for: without margins a small cell stands alone", () => {
    const t = suppressTable([{ key: ["a", "x"], count: 2 }, { key: ["b", "x"], count: 50 }], { margins: [] });
    expect(keyed(t)).toEqual(["a/x=primary", "b/x=-"]);
    expect(t.totals).toEqual([]);
  });

  it("leaves zeros published unless protectZeros, and never hides an empty cell as a secondary", () => {
    expect(keyed(suppressTable([{ key: ["a"], count: 0 }, { key: ["b"], count: 8 }]))).toEqual(["a=-", "b=-"]);
    expect(keyed(suppressTable([{ key: ["a"], count: 0 }, { key: ["b"], count: 8 }, { key: ["c"], count: 9 }], { protectZeros: true }))).toEqual([
      "a=primary",
      "b=secondary",
      "c=-",
    ]);
  });

  it("is the same whatever order the cells come in", () => {
    const cells: TableCell[] = [
      { key: ["x", "1"], count: 1 },
      { key: ["x", "2"], count: 20 },
      { key: ["y", "1"], count: 30 },
      { key: ["y", "2"], count: 40 },
    ];
    const a = suppressTable(cells);
    const b = suppressTable([...cells].reverse());
    const pattern = (t: SuppressedTable) => new Map(t.cells.map((c) => [c.key.join("/"), c.suppressed]));
    expect(pattern(b)).toEqual(pattern(a));
  });

  it.each([
    [[{ key: ["a"], count: -1 }], "invalid_table", ["cells", 0]],
    [[{ key: ["a"], count: 1.5 }], "invalid_table", ["cells", 0]],
    [[{ key: ["a"], count: 1 }, { key: ["a", "b"], count: 1 }], "invalid_table", ["cells", 1]],
    [[{ key: ["a"], count: 1 }, { key: ["a"], count: 2 }], "duplicate_cell", ["cells", 1]],
  ] as const)("refuses a bad table %#", (cells, code, path) => {
    const thrown = (() => {
      try {
        suppressTable(cells as unknown as TableCell[]);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(SuppressionError);
    expect(thrown).toMatchObject({ code, path });
  });

  it("refuses bad options", () => {
    expect(() => suppressTable([{ key: ["a"], count: 1 }], { minCount: 0 })).toThrow(/minCount must be a whole number ≥ 1/);
    expect(() => suppressTable([{ key: ["a"], count: 1 }], { margins: [1] })).toThrow(/margin 1 is not a dimension/);
    expect(() => suppressTable([{ key: ["a"], count: 1 }], { margins: [0, 0] })).toThrow(/names a dimension twice/);
  });

  it("finds the determined unknowns of a small system", () => {
    // x0 − x1 = …, x1 = … → both fixed; x2 + x3 = … → neither.
    const rows = [new Map([[0, 1], [1, -1]]), new Map([[1, 1]]), new Map([[2, 1], [3, 1]])];
    expect(determinedColumns(rows, 4)).toEqual([0, 1]);
  });

  it("protects a large table too (60 municipalities × 3 services, many small cells: the fast mode)", () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const cells: TableCell[] = [];
    for (let m = 0; m < 60; m++) for (const s of ["PHBU", "PHV", "TSB"]) cells.push({ key: [`m${String(m).padStart(2, "0")}`, s], count: Math.floor(rnd() * rnd() * 60) });
    const t = suppressTable(cells);
    expect(t.primary + t.secondary).toBeGreaterThan(40); // past the careful mode's limit
    expect(t.exposed).toEqual([]);
    expect(recover(t)).toEqual(new Map());
  });

  it("property: on random tables an attacker solving the published totals recovers no suppressed cell", () => {
    const table = fc
      .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
      .chain(([dims, a, b, c]) => {
        const sizes = [a, b, c].slice(0, dims);
        const keys = sizes.reduce<string[][]>((acc, size, d) => acc.flatMap((k) => Array.from({ length: size }, (_, i) => [...k, `${"abc"[d]}${i}`])), [[]]);
        return fc.record({
          cells: fc.tuple(...keys.map(() => fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })))).map((counts) => keys.map((key, i) => ({ key, count: counts[i]! }))),
          margins: fc.subarray(Array.from({ length: dims }, (_, i) => i)),
          minCount: fc.integer({ min: 1, max: 6 }),
          protectZeros: fc.boolean(),
        });
      });
    fc.assert(
      fc.property(table, ({ cells, margins, minCount, protectZeros }) => {
        const t = suppressTable(cells, { margins, minCount, protectZeros });
        // Primary rule: every small cell (inner or total) is suppressed.
        for (const c of [...t.cells, ...t.totals]) {
          if (c.count < minCount && (c.count > 0 || protectZeros)) expect(c.suppressed).not.toBeNull();
        }
        expect(t.exposed).toEqual([]);
        expect(recover(t)).toEqual(new Map());
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
