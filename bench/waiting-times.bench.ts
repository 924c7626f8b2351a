/**
 * Benchmark: referral file → waiting times per service × RHF × month of the start of care.
 * Run: pnpm bench:waiting-times
 *
 * Data: SYNTHETIC, seeded referral CSV files written to bench/.data/ (gitignored) on first run:
 * 1 M rows as a Norwegian spreadsheet export (`;`, Latin-1, CRLF, dd.mm.yyyy) and 10 M rows as
 * `,`/UTF-8/LF/ISO dates; in both, about 1 % of rows have a quoted note (some with the
 * delimiter, doubled quotes and a line break), so every reader takes its quoted path, and a few
 * rows are bad (care before referral, unknown service) and must be filtered alike.
 *
 * Contenders, each end to end (file → grouped results) in its own child process so each has a
 * clean heap and its own peak RSS (process.resourceUsage().maxRSS, whole process, tsx loader
 * included — the idle baseline of `node --import tsx` is printed for reference):
 * - ours: `readReferralsInto(createWaitingTimeAccumulator(…), readFileChunks(file), mapping)`:
 *   the full streaming byte reader, one thread;
 * - DuckDB (@duckdb/node-api): `read_csv` + SQL with count, avg, quantile_disc(0.5/0.9) and the
 *   share within the limit, with its default threads (all cores);
 * - Arquero: fromCSV (in 128 MB line-aligned pieces: a 10 M-row file is longer than V8's
 *   longest string) + groupby/rollup, with quantile_disc registered as custom aggregates.
 *
 * Every contender's groups must agree exactly on counts, medians and p90s and within 1e-9 on
 * means and shares. Targets: ours ≥ 0.75× DuckDB's rows/s and ≥ 10× Arquero's; ours < 150 MB
 * peak RSS at 10 M rows.
 *
 * Environment: BENCH_SIZES (default "1m,10m"), BENCH_RUNS (default 3; Arquero runs once at
 * 10 M), BENCH_ARQUERO_10M ("run" default, or "skip" to extrapolate from 1 M), BENCH_TIMEOUT_S
 * (per child, default 900).
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from "node:fs";
import { cpus, freemem, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { syntheticReferralCsv, type Flavour } from "./waiting-times-data.js";
import type { GroupRow, RunReport } from "./waiting-times-run.js";

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, ".data");
const runner = join(here, "waiting-times-run.ts");
const SEED = 20_250_615;
const RUNS = Number(process.env["BENCH_RUNS"] ?? 3);
const TIMEOUT_MS = Number(process.env["BENCH_TIMEOUT_S"] ?? 900) * 1000;
const SIZES = (process.env["BENCH_SIZES"] ?? "1m,10m").split(",").map((s) => s.trim());
const ARQUERO_10M = process.env["BENCH_ARQUERO_10M"] ?? "run";

interface Dataset {
  readonly label: string;
  readonly rows: number;
  readonly flavour: Flavour;
  readonly path: string;
}

const DATASETS: Record<string, Dataset> = {
  "1m": { label: "1 M (nb: ';', Latin-1, CRLF, dd.mm.yyyy)", rows: 1_000_000, flavour: "nb", path: join(dataDir, "referrals-1m-nb.csv") },
  "10m": { label: "10 M (iso: ',', UTF-8, LF, yyyy-mm-dd)", rows: 10_000_000, flavour: "iso", path: join(dataDir, "referrals-10m-iso.csv") },
};

/** Writes the SYNTHETIC file unless one made with the same rows, flavour and seed is there. */
function ensureFile(d: Dataset): void {
  const sidecar = `${d.path}.json`;
  const want = JSON.stringify({ rows: d.rows, flavour: d.flavour, seed: SEED, synthetic: true });
  if (existsSync(d.path) && existsSync(sidecar)) {
    const have = JSON.parse(readFileSync(sidecar, "utf8")) as { bytes?: number };
    const { bytes, ...rest } = have;
    if (JSON.stringify(rest) === want && bytes === statSync(d.path).size) return;
  }
  mkdirSync(dataDir, { recursive: true });
  const t0 = performance.now();
  const fd = openSync(d.path, "w");
  for (const piece of syntheticReferralCsv(d.rows, d.flavour, SEED)) writeSync(fd, Buffer.from(piece, d.flavour === "nb" ? "latin1" : "utf8"));
  closeSync(fd);
  const bytes = statSync(d.path).size;
  writeFileSync(sidecar, JSON.stringify({ ...(JSON.parse(want) as object), bytes }));
  console.log(`wrote SYNTHETIC ${d.path} (${(bytes / 1e6).toFixed(0)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

function runChild(contender: string, d: Dataset, heapMb: number | undefined): RunReport {
  const out = join(dataDir, `result-${contender}-${d.rows}.json`);
  const args = [
    ...(heapMb ? [`--max-old-space-size=${heapMb}`] : []),
    "--conditions=@opptrapping/source",
    "--import",
    "tsx",
    runner,
    contender,
    d.path,
    d.flavour,
    out,
  ];
  const child = spawnSync(process.execPath, args, { encoding: "utf8", timeout: TIMEOUT_MS, stdio: ["ignore", "pipe", "pipe"] });
  if (child.status !== 0) {
    const why = child.error ? child.error.message : child.signal ? `killed by ${child.signal}` : `exit ${child.status}`;
    throw new Error(`${contender} on ${d.rows} rows failed (${why}): ${child.stderr.slice(-800)}`);
  }
  return JSON.parse(readFileSync(out, "utf8")) as RunReport;
}

function idleBaselineMb(): number {
  const child = spawnSync(process.execPath, ["--import", "tsx", "-e", "console.log(process.resourceUsage().maxRSS / 1024)"], { encoding: "utf8" });
  return Number(child.stdout.trim());
}

/** Differences between two contenders' groups, as messages (empty when they agree). */
function compare(a: RunReport, b: RunReport): string[] {
  const problems: string[] = [];
  if (a.rows !== b.rows) problems.push(`rows read: ${a.contender} ${a.rows}, ${b.contender} ${b.rows}`);
  const key = (g: GroupRow) => `${g[0]}|${g[1]}|${g[2]}`;
  const other = new Map(b.groups.map((g) => [key(g), g]));
  if (a.groups.length !== b.groups.length) problems.push(`groups: ${a.contender} ${a.groups.length}, ${b.contender} ${b.groups.length}`);
  for (const g of a.groups) {
    const h = other.get(key(g));
    if (!h) {
      problems.push(`${key(g)} missing in ${b.contender}`);
      continue;
    }
    for (const [i, name] of [[3, "count"], [5, "median"], [6, "p90"]] as const) if (g[i] !== h[i]) problems.push(`${key(g)} ${name}: ${g[i]} vs ${h[i]}`);
    for (const [i, name] of [[4, "mean"], [7, "share"]] as const) if (!(Math.abs(g[i] - h[i]) <= 1e-9)) problems.push(`${key(g)} ${name}: ${g[i]} vs ${h[i]}`);
  }
  return problems.slice(0, 20);
}

const median = (xs: readonly number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const fmtRate = (r: number) => `${(r / 1e6).toFixed(2)} M rows/s`;

const cpu = cpus();
console.log("Waiting-time benchmark — SYNTHETIC referral data, seeded");
console.log(`machine: ${cpu[0]?.model ?? "?"}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} free), node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
const baseline = idleBaselineMb();
console.log(`idle baseline of node --import tsx: ${baseline.toFixed(0)} MB peak RSS`);

let failed = false;
const summary: string[] = [];
let arquero1mRate: number | undefined;
for (const size of SIZES) {
  const d = DATASETS[size];
  if (!d) throw new Error(`unknown size ${size}; sizes: ${Object.keys(DATASETS).join(", ")}`);
  ensureFile(d);
  console.log(`\n== ${d.label}, ${(statSync(d.path).size / 1e6).toFixed(0)} MB ==`);
  const results = new Map<string, { report: RunReport; ms: number[]; peak: number; extrapolated?: string }>();
  for (const contender of ["ours", "duckdb", "arquero"]) {
    const isArquero10m = contender === "arquero" && d.rows > 1_000_000;
    if (isArquero10m && ARQUERO_10M === "skip") continue;
    const runs = isArquero10m ? 1 : RUNS;
    const heap = contender === "arquero" ? (d.rows > 1_000_000 ? 20_000 : 4096) : undefined;
    const ms: number[] = [];
    let report: RunReport | undefined;
    let peak = 0;
    try {
      for (let r = 0; r < runs; r++) {
        report = runChild(contender, d, heap);
        ms.push(report.ms);
        peak = Math.max(peak, report.peakRssMb);
        console.log(`  ${contender.padEnd(8)} run ${r + 1}: ${(report.ms / 1000).toFixed(2)} s, ${report.peakRssMb.toFixed(0)} MB peak RSS`);
      }
    } catch (error) {
      console.log(`  ${contender} failed: ${(error as Error).message.split("\n")[0]}`);
      continue;
    }
    results.set(contender, { report: report!, ms, peak });
  }
  const ours = results.get("ours");
  const duck = results.get("duckdb");
  const arq = results.get("arquero");
  // Agreement on every group, pairwise with ours.
  for (const other of [duck, arq]) {
    if (!ours || !other) continue;
    const problems = compare(ours.report, other.report);
    if (problems.length > 0) {
      failed = true;
      console.log(`  DISAGREE ours vs ${other.report.contender}:\n    ${problems.join("\n    ")}`);
    } else console.log(`  agree: ours = ${other.report.contender} on all ${ours.report.groups.length} groups (counts, medians, p90 exactly; means, shares within 1e-9)`);
  }
  const rate = (x: { report: RunReport; ms: number[] }) => x.report.rows / (median(x.ms) / 1000);
  console.log(`\n  ${"contender".padEnd(10)} ${"median time".padStart(12)} ${"throughput".padStart(18)} ${"peak RSS".padStart(10)}`);
  for (const [name, x] of results) console.log(`  ${name.padEnd(10)} ${`${(median(x.ms) / 1000).toFixed(2)} s`.padStart(12)} ${fmtRate(rate(x)).padStart(18)} ${`${x.peak.toFixed(0)} MB`.padStart(10)}`);
  if (d.rows === 1_000_000 && arq) arquero1mRate = rate(arq);
  let arqRate = arq ? rate(arq) : undefined;
  let arqLabel = "";
  if (!arq && arquero1mRate !== undefined) {
    arqRate = arquero1mRate;
    arqLabel = " (Arquero EXTRAPOLATED: its 1 M rows/s, not run at this size)";
    console.log(`  arquero    not run at ${d.rows} rows; its 1 M throughput ${fmtRate(arquero1mRate)} is used, EXTRAPOLATED`);
  }
  if (ours && duck) {
    const r = rate(ours) / rate(duck);
    const line = `${size}: ours/DuckDB = ${r.toFixed(2)}× (target ≥ 0.75×) ${r >= 0.75 ? "MET" : "NOT MET"}`;
    console.log(`  ${line}`);
    summary.push(line);
  }
  if (ours && arqRate !== undefined) {
    const r = rate(ours) / arqRate;
    const line = `${size}: ours/Arquero = ${r.toFixed(1)}× (target ≥ 10×) ${r >= 10 ? "MET" : "NOT MET"}${arqLabel}`;
    console.log(`  ${line}`);
    summary.push(line);
  }
  if (ours && d.rows >= 10_000_000) {
    const line = `${size}: ours peak RSS ${ours.peak.toFixed(0)} MB (target < 150 MB, tsx baseline ${baseline.toFixed(0)} MB included) ${ours.peak < 150 ? "MET" : "NOT MET"}`;
    console.log(`  ${line}`);
    summary.push(line);
  }
}
console.log(`\nsummary (load at end ${loadavg().map((l) => l.toFixed(2)).join(" ")}):\n  ${summary.join("\n  ")}`);
if (failed) process.exitCode = 1;
