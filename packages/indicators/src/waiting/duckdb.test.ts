// Checks the quantiles against DuckDB itself (a devDependency of the workspace root) on many
// group sizes, small and large, where ⌈n·q⌉ rounding could go wrong.
import { describe, expect, it } from "vitest";
import { createWaitingTimeAccumulator } from "./createWaitingTimeAccumulator.js";

type DuckDb = typeof import("@duckdb/node-api");
const duckdb: DuckDb | undefined = await import("@duckdb/node-api").catch(() => undefined);

const SIZES = [...Array.from({ length: 300 }, (_, i) => i + 1), 999, 1000, 1001, 9999, 10_000, 10_001, 65_537, 123_457];
/** The same deterministic waits in SQL and in TypeScript: a scrambled, lumpy spread over 0–1826. */
const waitSql = "((i * 7919 + n * 31) % 97) * ((i % 7) + 1) % 1827";
const waitOf = (n: number, i: number) => ((((i * 7919 + n * 31) % 97) * ((i % 7) + 1)) % 1827);

describe.skipIf(duckdb === undefined)("quantiles against DuckDB's quantile_disc", () => {
  it("agree exactly on median and p90, and within 1e-9 on the mean, for group sizes 1–300 and up to 123 457", async () => {
    const instance = await duckdb!.DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const sizes = SIZES.join(", ");
    const reader = await connection.runAndReadAll(
      `SELECT n, count(*) AS c, avg(w) AS mean, quantile_disc(w, 0.5) AS median, quantile_disc(w, 0.9) AS p90
       FROM (SELECT n, ${waitSql} AS w FROM (SELECT unnest([${sizes}]) AS n) s, LATERAL range(0, n) r(i))
       GROUP BY n ORDER BY n`,
    );
    const expected = reader.getRowObjectsJS() as { n: bigint | number; c: bigint | number; mean: number; median: bigint | number; p90: bigint | number }[];
    connection.closeSync();
    instance.closeSync();

    const acc = createWaitingTimeAccumulator({ groupBy: ["rhf"], period: "year" });
    const record = { service: "PHV", rhf: "", received: 0, started: 0 };
    for (const n of SIZES) {
      record.rhf = String(n).padStart(6, "0");
      for (let i = 0; i < n; i++) {
        record.received = 20_000 - waitOf(n, i);
        record.started = 20_000;
        acc.add(record);
      }
    }
    const ours = acc.result().rows.filter((r) => r.completed > 0);
    expect(ours).toHaveLength(expected.length);
    ours.forEach((row, k) => {
      const e = expected[k]!;
      expect([row.group.rhf, row.completed, row.medianDays, row.p90Days]).toEqual([String(e.n).padStart(6, "0"), Number(e.c), Number(e.median), Number(e.p90)]);
      expect(Math.abs(row.meanDays! - e.mean)).toBeLessThan(1e-9);
    });
  }, 60_000);
});
