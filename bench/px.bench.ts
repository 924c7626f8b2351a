/**
 * Benchmark: PX against JSON-stat on the same observations, lenient reading of all-bad cells,
 * and the size of `toPx` on sparse observations.
 * Run: pnpm bench:px   (BENCH_RUNS=5 by default)
 *
 * Data: the corpus file lfi_monster.json (WSL Swiss NFI, 282 000 cells; ../shared/corpus, see
 * SOURCES.md) read with a plain mapping; the json-stat.org bundle oecd-canada.json for sparsity.
 *   1. round trips: writeJsonStat → fromJsonStat(native) against toPx → fromPx(native), and
 *      the readers alone on those texts (target: fromPx within 2× of fromJsonStat)
 *   2. lenient fromJsonStat of the same cube with every value a string (282 000 issues)
 *      against the valid cube (target: within 3×)
 *   3. toPx of two datasets' observations (OECD 432 + Canada 120): bytes written
 */
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { fromJsonStat, jsonStatNativeMapping, writeJsonStat } from "../packages/adapters/src/json-stat/index.js";
import { fromPx, pxNativeMapping, toPx } from "../packages/adapters/src/px/index.js";

const RUNS = Number(process.env["BENCH_RUNS"] ?? 5);
const corpus = path.resolve(fileURLToPath(new URL("..", import.meta.url)), "../shared/corpus/files/json-stat");
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return median(times);
}

console.log(`machine: ${cpus()[0]?.model ?? "cpu"} × ${cpus().length} cores, ${process.platform} ${process.arch}, node ${process.version}; median of ${RUNS} runs`);
const monster = readFileSync(path.join(corpus, "lfi_monster.json"), "utf8");
const mapping = { indicator: { from: "concept" }, period: { fixed: "2013" }, dimensions: { d0: { from: "0" }, d1: { from: "1" }, d2: { from: "2" } } };
const { observations } = fromJsonStat(monster, mapping);
console.log(`data: lfi_monster.json (corpus), ${observations.length.toLocaleString("en")} observations`);

// 1. Round trips.
const js = writeJsonStat(observations);
const px = toPx(observations);
const tWriteJs = time(() => writeJsonStat(observations));
const tWritePx = time(() => toPx(observations));
const tReadJs = time(() => fromJsonStat(js, jsonStatNativeMapping));
const tReadPx = time(() => fromPx(px, pxNativeMapping));
console.log(`\n1. write: writeJsonStat ${tWriteJs.toFixed(0)} ms (${(js.length / 2 ** 20).toFixed(1)} MiB), toPx ${tWritePx.toFixed(0)} ms (${(px.length / 2 ** 20).toFixed(1)} MiB)`);
console.log(`   read:  fromJsonStat ${tReadJs.toFixed(0)} ms, fromPx ${tReadPx.toFixed(0)} ms → fromPx/fromJsonStat ${(tReadPx / tReadJs).toFixed(2)}× (target ≤ 2×: ${tReadPx / tReadJs <= 2 ? "met" : "NOT met"})`);
console.log(`   round trip: JSON-stat ${(tWriteJs + tReadJs).toFixed(0)} ms, PX ${(tWritePx + tReadPx).toFixed(0)} ms → ${((tWritePx + tReadPx) / (tWriteJs + tReadJs)).toFixed(2)}×`);

// 2. Lenient, every cell bad.
const parsed = JSON.parse(monster) as { value: unknown[] };
const bad = JSON.stringify({ ...parsed, value: parsed.value.map(() => "x") });
const tValid = time(() => fromJsonStat(monster, mapping, { mode: "lenient" }));
let issues = 0;
const tBad = time(() => (issues = fromJsonStat(bad, mapping, { mode: "lenient" }).issues.length));
console.log(`\n2. lenient: valid ${tValid.toFixed(0)} ms, all bad ${tBad.toFixed(0)} ms (${issues.toLocaleString("en")} issues, ${((tBad * 1000) / issues).toFixed(2)} µs per issue) → ${(tBad / tValid).toFixed(2)}× (target ≤ 3×: ${tBad / tValid <= 3 ? "met" : "NOT met"})`);

// 3. Sparse toPx.
const bundle = readFileSync(path.join(corpus, "jsonstat-org_oecd-canada.json"), "utf8");
const oecd = fromJsonStat(bundle, { indicator: { fixed: "oecd.unemployment" }, period: { from: "year" }, dimensions: { area: { from: "area" }, concept: { from: "concept" } } }, { dataset: "oecd" }).observations;
const canada = fromJsonStat(bundle, { indicator: { fixed: "canada.population" }, period: { from: "year" }, dimensions: { age: { from: "age" }, concept: { from: "concept" }, sex: { from: "sex" } } }, { dataset: "canada" }).observations;
const both = [...oecd, ...canada];
const sparse = toPx(both);
console.log(`\n3. toPx of ${both.length} observations from two datasets: ${(sparse.length / 1024).toFixed(0)} KiB (${(sparse.length / both.length).toFixed(0)} bytes per observation); JSON-stat: ${(writeJsonStat(both).length / 1024).toFixed(0)} KiB`);
