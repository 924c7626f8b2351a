/**
 * Waiting times from a referral file, the way an analyst in a health trust would compute them:
 * a SYNTHETIC referral file (seeded; every row says `SYNTETISK` and no figure is real) → the
 * streaming reader → monthly (preliminary) and tertial (official) results per service and RHF
 * → a traffic light per RHF and service.
 *
 * Run: pnpm example:waiting-times
 *
 * The file is written the way Norwegian spreadsheet exports often are: `;`-delimited,
 * Latin-1, CRLF line ends, dates dd.mm.yyyy, a quoted free-text note now and then. The
 * traffic-light bands below are this example's own and NOT official: the thresholds of the
 * national traffic-light model are not published.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readReferralsInto, type ReferralIssue, type ReferralRecord } from "@opptrapping/adapters/csv";
import { readFileChunks } from "@opptrapping/adapters/node";
import { formatNumber, RHFS, type Observation } from "@opptrapping/core";
import {
  assess,
  createBandRule,
  createWaitingTimeAccumulator,
  evaluatePlan,
  waitingTimeObservations,
  type Band,
  type WaitingTimeResult,
} from "@opptrapping/indicators";
import { plan } from "@opptrapping/psykisk-helse";
import { prng } from "@opptrapping/sdk/testing"; // the kit's seeded PRNG (mulberry32)

/** The limits of the plan's R5 targets, days. */
const LIMITS = { PHBU: 35, PHV: 40, TSB: 30 } as const;
type Service = keyof typeof LIMITS;
const SERVICES = Object.keys(LIMITS) as Service[];

/**
 * The example's traffic light — NOT OFFICIAL: green below the service's limit, yellow up to
 * ten days over it, red beyond.
 */
export const EXAMPLE_BANDS: Record<string, readonly Band[]> = Object.fromEntries(
  SERVICES.map((s) => [
    `R5.${s.toLowerCase()}`,
    [
      { from: null, to: LIMITS[s], status: "achieved", colour: "green" },
      { from: LIMITS[s], to: LIMITS[s] + 10, status: "atRisk", colour: "yellow" },
      { from: LIMITS[s] + 10, to: null, status: "offTrack", colour: "red" },
    ],
  ]),
);

const EXTRACTED = Date.UTC(2025, 11, 31) / 86_400_000;
const FIRST = Date.UTC(2025, 0, 1) / 86_400_000;

/**
 * A SYNTHETIC referral file: `rows` referrals received in 2025, extracted 31.12.2025, as
 * Latin-1 bytes. Seeded, so the same arguments give the same file.
 */
export function syntheticReferralFile(rows = 20_000, seed = 2025): Uint8Array {
  const random = prng(seed);
  const day = (n: number) => {
    const d = new Date(n * 86_400_000);
    return `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`;
  };
  // SYNTHETIC mean waits by service and RHF (Sør-Øst, Vest, Midt-Norge, Nord).
  const meanWait: Record<Service, readonly number[]> = { PHBU: [38, 33, 41, 47], PHV: [42, 39, 44, 52], TSB: [28, 27, 33, 35] };
  const lines = ["henvisning_id;tjeneste;rhf;kommune;kjonn;alder;mottatt;startet;merknad;datakilde"];
  for (let i = 1; i <= rows; i++) {
    const r = Math.min(3, Math.floor(random() * random() * 5));
    const service = SERVICES[Math.floor(random() * 3)]!;
    const received = FIRST + Math.floor(random() * (EXTRACTED - FIRST + 1));
    // Shorter waits in summer and around Christmas, as the real ones dip (a SYNTHETIC pattern).
    const month = new Date(received * 86_400_000).getUTCMonth();
    const season = month === 6 || month === 11 ? 0.8 : 1;
    const wait = Math.floor(-Math.log(1 - random()) * meanWait[service][r]! * season);
    const started = received + wait <= EXTRACTED ? day(received + wait) : "";
    const age = service === "PHBU" ? Math.floor(random() * 18) : 18 + Math.floor(random() * 60);
    const note = random() < 0.02 ? '"ny henvisning; se ""notat"""' : "";
    // A few bad rows, as real extracts have: care before the referral, an unknown service code.
    const bad = random();
    const shownService = bad < 0.001 ? "XYZ" : service;
    const shownStart = bad > 0.999 && started !== "" ? day(received - 3) : started;
    lines.push([i, shownService, RHFS[r]!.name, ["0301", "4601", "5001", "5501"][r], random() < 0.55 ? "K" : "M", age, day(received), shownStart, note, "SYNTETISK"].join(";"));
  }
  const text = lines.join("\r\n") + "\r\n";
  return Uint8Array.from(text, (c) => c.charCodeAt(0)); // Latin-1: every character here is below U+0100
}

const light = { green: "🟢", yellow: "🟡", red: "🔴", grey: "⚪" } as const;
const days = (x: number | null) => (x === null ? "–" : formatNumber(x, { locale: "en", decimals: 1 }));
const pct = (x: number | null) => (x === null ? "–" : `${formatNumber(x * 100, { locale: "en", decimals: 0 })} %`);

/** Options of {@link main}. */
export interface MainOptions {
  readonly rows?: number;
  /** Where to write the file. @default a new temporary directory */
  readonly dir?: string;
}

/** Runs the example and returns what it prints. */
export async function main(options: MainOptions = {}): Promise<string> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "opptrapping-"));
  const path = join(dir, "synthetic-referrals.csv");
  writeFileSync(path, syntheticReferralFile(options.rows));

  // One pass over the file feeds both accumulators.
  const byMonth = createWaitingTimeAccumulator({ groupBy: ["service", "rhf"], period: "month", limits: LIMITS, asOf: "2025-12-31" });
  const byTertial = createWaitingTimeAccumulator({ groupBy: ["service", "rhf"], period: "tertial", limits: LIMITS, asOf: "2025-12-31" });
  const both = {
    add: (r: ReferralRecord, line: number) => (byMonth.add(r, line), byTertial.add(r, line)),
    addIssue: (i: ReferralIssue) => (byMonth.addIssue(i), byTertial.addIssue(i)),
  };
  const read = await readReferralsInto(both, readFileChunks(path, { chunkSize: 64 << 10, reuseBuffer: true }), {
    columns: { service: "tjeneste", rhf: "rhf", municipality: "kommune", sex: "kjonn", age: "alder", received: "mottatt", started: "startet" },
    dateFormat: "nb",
    encoding: "auto",
  });
  const monthly = byMonth.result();
  const tertial = byTertial.result();

  const out: string[] = [
    "SYNTHETIC DATA — made-up referrals, not real waiting times",
    `file: synthetic-referrals.csv, ${read.records} referrals (${read.encoding}, "${read.delimiter}"), ` +
      `${tertial.records.completed} completed, ${tertial.records.waiting} still waiting, ${tertial.records.rejected} rejected ${JSON.stringify(tertial.rejectedByCode)}`,
    ...tertial.issues.slice(0, 2).map((i) => `  line ${i.line}: ${i.code}: ${i.message}`),
    "",
    "Traffic light: the example's own bands, NOT official — green < limit, yellow < limit + 10 days, red beyond.",
  ];

  const p = plan();
  const rule = createBandRule({ id: "example-bands", bands: EXAMPLE_BANDS });
  const targets = p.resultGoals.find((g) => g.id === "R5")!.targets;
  // R5.wait reports per tertial; the traffic light follows months, so the monthly table judges
  // the months as the indicator's reporting period — said so, and only for that table.
  const monthlyPlan = { indicators: p.indicators.map((i) => (i.id === "R5.wait" ? { ...i, reportingPeriod: "month" as const } : i)) };
  const rate = (observations: readonly Observation[], service: Service, orgUnit: string, asOf: string, monthly = false) => {
    const target = targets.find((t) => t.id === `R5.${service.toLowerCase()}`)!;
    return assess({ ...target, orgUnit }, observations, { asOf, plan: monthly ? monthlyPlan : p, rule }).colour;
  };

  const official = waitingTimeObservations(tertial, { indicatorId: "R5.wait", flags: ["synthetic"] });
  const table = (result: WaitingTimeResult, period: string, observations: readonly Observation[], asOf: string, monthly = false) => {
    out.push(`| service | RHF | completed | mean | median | p90 | < limit | waiting at end | light |`, `|---|---|---:|---:|---:|---:|---:|---:|---|`);
    for (const row of result.rows.filter((r) => r.period === period)) {
      const service = row.group.service as Service;
      const rhf = RHFS.find((r) => r.name === row.group.rhf)!;
      out.push(
        `| ${service} | ${rhf.name} | ${row.completed} | ${days(row.meanDays)} | ${days(row.medianDays)} | ${days(row.p90Days)} | ${pct(row.shareWithinLimit)} | ${row.stillWaiting} | ${light[rate(observations, service, rhf.id, asOf, monthly)]} |`,
      );
    }
  };
  out.push("", "Official (tertial) — 2025T3, September–December:");
  table(tertial, "2025T3", official, "2025-12-31");

  const preliminary = waitingTimeObservations(monthly, { indicatorId: "R5.wait", flags: ["synthetic"] });
  out.push("", "Preliminary (month) — 2025-12, lit as monthly figures (R5 itself reports per tertial):");
  table(monthly, "2025-12", preliminary, "2025-12-31", true);

  // The nation: the RHFs' tertial means, weighted by their completed waits, as evaluatePlan aggregates them.
  const evaluation = evaluatePlan(p, official, { asOf: "2025-12-31" });
  const r5 = evaluation.goals.find((g) => g.goalId === "R5")!;
  out.push("", `R5 nationally, 2025T3 (default rule of the plan's targets): ${r5.status}`);
  for (const a of r5.assessments) out.push(`  ${a.targetId}: ${days(a.value)} days → ${a.status}`);
  return out.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await main());
