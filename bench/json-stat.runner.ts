/**
 * Child process of the JSON-stat benchmark: runs one contender on the dataset file, alone, so
 * no other contender's garbage counts against it. Prints one line of JSON.
 *
 *   node --expose-gc --conditions=@opptrapping/source --import tsx bench/json-stat.runner.ts <contender> <file> time <runs>
 *   node --expose-gc --conditions=@opptrapping/source --import tsx bench/json-stat.runner.ts <contender> <file> memory
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { GCProfiler } from "node:v8";
import { contenders, type Contender } from "./json-stat.contenders.js";

const [name, file, what = "time", runsArg = "5"] = process.argv.slice(2);
if (!name || !file || !(name in contenders)) throw new Error(`usage: json-stat.runner.ts <${Object.keys(contenders).join("|")}> <file> time|memory [runs]`);
const run = contenders[name as Contender];
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run node with --expose-gc");
const text = readFileSync(file, "utf8");

if (what === "time") {
  const times: number[] = [];
  let rows = 0;
  for (let r = 0; r < Number(runsArg); r++) {
    gc();
    const t = performance.now();
    let result: readonly unknown[] | undefined = run(text);
    times.push(performance.now() - t);
    rows = result.length;
    result = undefined;
  }
  console.log(JSON.stringify({ name, rows, times }));
} else {
  gc();
  gc();
  const base = process.memoryUsage();
  const profiler = new GCProfiler();
  profiler.start();
  const result = run(text);
  const end = process.memoryUsage();
  const stats = profiler.stop();
  const peakHeap = Math.max(end.heapUsed, ...stats.statistics.map((s) => s.beforeGC.heapStatistics.usedHeapSize));
  const peakRss = process.resourceUsage().maxRSS * 1024;
  gc();
  const retained = process.memoryUsage().heapUsed - base.heapUsed;
  console.log(JSON.stringify({ name, rows: result.length, baseHeap: base.heapUsed, baseRss: base.rss, peakHeap: peakHeap - base.heapUsed, peakRss, peakRssAboveBase: peakRss - base.rss, retained, gcs: stats.statistics.length }));
}
