/**
 * Benchmark: evaluatePlan over ~1 000 000 synthetic observations against the floor of the
 * inherent work. Run: pnpm bench:evaluate
 *
 * Data: SYNTHETIC, seeded — 357 municipalities × 132 months (2023-01…2033-12) × 22 indicator
 * slices: every slice of the bundled plan's indicators (each disaggregation value, or the
 * total) plus synthetic indicators of every aggregation kind to reach ~1 M rows, with the
 * counts, numerators and denominators each kind needs, so aggregation to the nation is real.
 *
 * Floor: one plain loop that groups the observations by indicator, disaggregation and period
 * in a Map and sums their values. Target: evaluatePlan within 3× the floor.
 */
import { performance } from "node:perf_hooks";
import { parsePlan, type Observation } from "@opptrapping/core";
import { evaluatePlan } from "@opptrapping/indicators";
import { planData } from "@opptrapping/psykisk-helse";
import { generate, municipalities, months, slicesOf } from "./synthetic.js";

const TARGET_ROWS = 1_000_000;
const RUNS = Number(process.env["BENCH_RUNS"] ?? 7);

function floor(observations: readonly Observation[]): number {
  const groups = new Map<string, number>();
  for (const o of observations) {
    let dims = "";
    for (const k in o.dimensions) dims += `${k}=${o.dimensions[k]};`;
    const key = `${o.indicatorId}|${dims}|${o.period}`;
    groups.set(key, (groups.get(key) ?? 0) + (o.value ?? 0));
  }
  return groups.size;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const units = municipalities();
const periods = months();
const perSlice = units.length * periods.length;
const bundledSlices = slicesOf(parsePlan(planData).indicators).length;
const kinds = ["mean", "proportion", "count", "stock", "rate"] as const;
const extra = Math.max(0, Math.ceil(TARGET_ROWS / perSlice) - bundledSlices);
// The bundled plan plus SYNTHETIC indicators (no targets), so the run has ~1 M rows.
const p = parsePlan({
  ...planData,
  sources: [...planData.sources, { id: "SYNTHETIC", kind: "other", title: "Synthetic benchmark data" }],
  indicators: [
    ...planData.indicators,
    ...Array.from({ length: extra }, (_, i) => {
      const kind = kinds[i % kinds.length]!;
      return {
        id: `SYNTH.${i + 1}`,
        title: { nb: `Syntetisk indikator ${i + 1}`, en: `Synthetic indicator ${i + 1}` },
        unit: kind === "proportion" ? ("percent" as const) : kind === "rate" ? ("per100k" as const) : kind === "mean" ? ("days" as const) : ("count" as const),
        aggregation: kind,
        direction: "decrease" as const,
        sources: [{ doc: "SYNTHETIC" }],
      };
    }),
  ],
});
const all = slicesOf(p.indicators);
const slices = all;
const observations = generate(slices, 20260123, units, periods);
console.log(`machine: ${process.platform} ${process.arch}, node ${process.version}, ${(await import("node:os")).cpus()[0]?.model ?? "cpu"} × ${(await import("node:os")).cpus().length}`);
console.log(`observations: ${observations.length.toLocaleString("en")} (${slices.length} slices — ${bundledSlices} of the bundled plan's indicators, ${extra} synthetic — × ${units.length} municipalities × ${periods.length} months; synthetic, seed 20260123)`);

const floorTimes: number[] = [];
const evalTimes: number[] = [];
let groups = 0;
let statuses = "";
for (let run = 0; run < RUNS; run++) {
  let t = performance.now();
  groups = floor(observations);
  floorTimes.push(performance.now() - t);
  t = performance.now();
  const e = evaluatePlan(p, observations, { asOf: "2033-12-31" });
  evalTimes.push(performance.now() - t);
  statuses = e.goals.map((g) => `${g.goalId}:${g.status}`).join(" ");
}
const f = median(floorTimes);
const e = median(evalTimes);
console.log(`floor (group + sum in a Map): median ${f.toFixed(1)} ms over ${RUNS} runs (${groups} groups)`);
console.log(`evaluatePlan:                 median ${e.toFixed(1)} ms over ${RUNS} runs`);
console.log(`ratio evaluatePlan / floor:   ${(e / f).toFixed(2)}× (target ≤ 3×) ${e / f <= 3 ? "OK" : "ABOVE TARGET"}`);
console.log(`goal statuses on synthetic data: ${statuses}`);
