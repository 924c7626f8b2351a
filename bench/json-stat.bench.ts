/**
 * Benchmark: JSON-stat 2.0 text → rows, fromJsonStat against jsonstat-toolkit's table transform.
 * Run: pnpm bench:json-stat   (BENCH_RUNS=5 by default)
 *
 * Data: SYNTHETIC, seeded (bench/json-stat.synthetic.ts) — an SSB-shaped json-stat2 dataset of
 * 357 municipalities × 5 ages × 3 sexes × 2 measures × 132 months = 1 413 720 cells, ~1.5 % of
 * them null with a status (`:` or `..`), serialised to one string and written to a temp file.
 *
 * Contenders (bench/json-stat.contenders.ts), each timed from the string (JSON.parse included):
 *   opptrapping        fromJsonStat, one observation per cell — each measure its own indicator,
 *                      which gives the same rows as the toolkit (the headline comparison)
 *   opptrapping-pivot  fromJsonStat with the two measures as value and count of one observation
 *   toolkit            JSONstat(JSON.parse(text)).Dataset(0).toTable({ type: "arrobj", content: "id", status: true })
 * Before timing, the rows are compared cell by cell (count, codes, value, status ↔ flags).
 * Each contender runs in its own child process (bench/json-stat.runner.ts), once for time
 * (median of the runs) and once more for memory: peak heap above the baseline (the heap before
 * each GC, from v8.GCProfiler, and at the end) and peak RSS (process.resourceUsage().maxRSS).
 * Targets (issue 14): opptrapping ≥ 5× the toolkit's cells/s, peak memory ≤ a third of the toolkit's.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Observation } from "@opptrapping/core";
import { parseTimeCode } from "../packages/adapters/src/mapping/timeCode.js";
import { recogniseOrgUnit } from "../packages/adapters/src/mapping/orgUnitCode.js";
import { contenders, type Contender } from "./json-stat.contenders.js";
import { INDICATOR_OF, syntheticDataset, syntheticDimensions } from "./json-stat.synthetic.js";

const RUNS = Number(process.env["BENCH_RUNS"] ?? 5);
const SEED = 20260123;
const runner = fileURLToPath(new URL("./json-stat.runner.ts", import.meta.url));
const root = fileURLToPath(new URL("..", import.meta.url));
const mib = (b: number): string => `${(b / 2 ** 20).toFixed(0)} MiB`;
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(`machine: ${cpus()[0]?.model ?? "cpu"} × ${cpus().length} cores, ${process.platform} ${process.arch}, node ${process.version}`);
const text = JSON.stringify(syntheticDataset(SEED));
const dims = syntheticDimensions();
const cells = dims.reduce((n, d) => n * d.codes.length, 1);
console.log(`data: SYNTHETIC json-stat2 dataset, seed ${SEED}: ${dims.map((d) => `${d.codes.length} ${d.id}`).join(" × ")} = ${cells.toLocaleString("en")} cells, ${(text.length / 2 ** 20).toFixed(1)} MiB of JSON`);

// 1. Same rows, cell by cell.
function check(): void {
  const rows = contenders.toolkit(text) as readonly Record<string, unknown>[];
  const observations = contenders.opptrapping(text) as readonly Observation[];
  if (rows.length !== cells || observations.length !== cells) throw new Error(`row counts differ: toolkit ${rows.length}, opptrapping ${observations.length}, cells ${cells}`);
  const period = new Map(dims[4]!.codes.map((c) => [c, parseTimeCode(c)]));
  for (let i = 0; i < cells; i++) {
    const t = rows[i]!;
    const o = observations[i]!;
    const flags = t["status"] === ":" ? ["suppressed"] : t["status"] === ".." ? ["missing"] : [];
    const same =
      o.indicatorId === INDICATOR_OF[t["ContentsCode"] as string] &&
      o.period === period.get(t["Tid"] as string) &&
      o.orgUnit === recogniseOrgUnit(t["Region"] as string) &&
      o.dimensions["age"] === t["Alder"] &&
      o.dimensions["sex"] === t["Kjonn"] &&
      o.value === t["value"] &&
      o.flags.join() === flags.join();
    if (!same) throw new Error(`cell ${i} differs: toolkit ${JSON.stringify(t)}, opptrapping ${JSON.stringify(o)}`);
  }
  // The pivot: each observation is the VentetidSnitt cell (value) and the Pasienter cell (count) of one coordinate.
  const pivot = contenders["opptrapping-pivot"](text) as readonly Observation[];
  const months = dims[4]!.codes.length;
  if (pivot.length !== cells / 2) throw new Error(`pivot gives ${pivot.length} observations, expected ${cells / 2}`);
  pivot.forEach((o, k) => {
    const full = Math.floor(k / months) * 2 * months + (k % months);
    const value = rows[full]!["value"];
    const count = rows[full + months]!["value"];
    if (o.value !== value || (o.count ?? null) !== count) throw new Error(`pivot observation ${k} differs from cells ${full} and ${full + months}`);
  });
  console.log(`check: identical rows — ${cells.toLocaleString("en")} cells compared one by one (codes, value, status ↔ flags); the pivot's ${pivot.length.toLocaleString("en")} observations match their value and count cells`);
}
check();

// 2. Each contender alone in a child process.
const dir = mkdtempSync(join(tmpdir(), "opptrapping-json-stat-bench-"));
const file = join(dir, "synthetic.json");
writeFileSync(file, text);
function child(name: Contender, what: "time" | "memory"): Record<string, number> {
  const r = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", "--conditions=@opptrapping/source", "--import", "tsx", runner, name, file, what, String(RUNS)], { cwd: root, encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`${name} ${what} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as Record<string, number>;
}
const results = (["opptrapping", "opptrapping-pivot", "toolkit"] as const).map((name) => {
  const time = child(name, "time") as unknown as { rows: number; times: number[] };
  const memory = child(name, "memory");
  return { name, rows: time.rows, ms: median(time.times), times: time.times, memory };
});
rmSync(dir, { recursive: true, force: true });

const toolkit = results.find((r) => r.name === "toolkit")!;
console.log(`\nstring → rows, median of ${RUNS} runs, each contender in its own process:`);
console.log("contender          rows        median ms (best)   cells/s       × toolkit   peak heap (Δ)   peak RSS (Δ over base)   retained heap");
for (const r of results) {
  const cps = cells / (r.ms / 1000);
  console.log(
    `${r.name.padEnd(18)} ${r.rows.toLocaleString("en").padStart(9)}   ${`${r.ms.toFixed(0)} (${Math.min(...r.times).toFixed(0)})`.padStart(16)}   ${Math.round(cps).toLocaleString("en").padStart(11)}   ${(toolkit.ms / r.ms).toFixed(2).padStart(9)}   ${mib(r.memory["peakHeap"]!).padStart(13)}   ${`${mib(r.memory["peakRss"]!)} (${mib(r.memory["peakRssAboveBase"]!)})`.padStart(22)}   ${mib(r.memory["retained"]!).padStart(13)}`,
  );
}
const ours = results.find((r) => r.name === "opptrapping")!;
const speedup = toolkit.ms / ours.ms;
const heapRatio = ours.memory["peakHeap"]! / toolkit.memory["peakHeap"]!;
const rssRatio = ours.memory["peakRssAboveBase"]! / toolkit.memory["peakRssAboveBase"]!;
console.log(`\nopptrapping vs toolkit (same rows): ${speedup.toFixed(2)}× the cells/s (target ≥ 5×: ${speedup >= 5 ? "met" : "NOT met"}); peak heap ${(heapRatio * 100).toFixed(0)} % and peak RSS above base ${(rssRatio * 100).toFixed(0)} % of the toolkit's (target ≤ 33 %: ${heapRatio <= 1 / 3 && rssRatio <= 1 / 3 ? "met" : "NOT met"})`);
console.log(`runs (ms): ${results.map((r) => `${r.name} ${r.times.map((t) => t.toFixed(0)).join(" ")}`).join(" · ")}`);
