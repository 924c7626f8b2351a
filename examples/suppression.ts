/**
 * Publishing waiting times per health trust (HF) safely: SYNTHETIC referral records (seeded,
 * made up — no HF, patient or figure here is real) → waiting times per service × HF and
 * tertial → output suppression (prikking): rows with fewer than 5 completed waits are hidden
 * (primary), and so is the smallest other row of the same service and tertial, since the
 * national total per service is published and would otherwise give a lone hidden row away
 * (secondary). Prints the published table — `:` is SSB's symbol for "cannot be published" —
 * and what was suppressed and why.
 *
 * Run: pnpm example:suppression
 */
import { formatNumber } from "@opptrapping/core";
import { suppressWaitingTimes, waitingTimeStats, type PublishedWaitingTimeRow, type WaitingRecord } from "@opptrapping/indicators";
import { prng } from "@opptrapping/sdk/testing"; // the kit's seeded PRNG (mulberry32)

/** SYNTHETIC health trusts: id and the number of referrals each gets a year (some tiny on purpose). */
export const SYNTHETIC_HFS: readonly (readonly [id: string, referrals: number])[] = [
  ["hf-syntetisk-a", 900],
  ["hf-syntetisk-b", 600],
  ["hf-syntetisk-c", 420],
  ["hf-syntetisk-d", 60],
  ["hf-syntetisk-e", 14],
  ["hf-syntetisk-f", 9],
];
const SERVICES = ["PHBU", "PHV", "TSB"] as const;

/** SYNTHETIC referrals of 2025 (seeded): care starts 5–90 days after the referral, 1 in 20 still waiting. */
export function syntheticReferrals(seed = 2025): WaitingRecord[] {
  const random = prng(seed);
  const out: WaitingRecord[] = [];
  const day0 = Date.UTC(2025, 0, 1) / 86_400_000;
  for (const [hf, referrals] of SYNTHETIC_HFS) {
    for (let i = 0; i < referrals; i++) {
      const service = SERVICES[Math.floor(random() * SERVICES.length)]!;
      const received = day0 + Math.floor(random() * 270);
      const wait = 5 + Math.floor(random() * random() * 85);
      out.push({ service, hf, received, started: random() < 0.05 ? null : received + wait });
    }
  }
  return out;
}

const show = (x: number | null, digits = 1): string => (x === null ? ":" : formatNumber(x, { decimals: digits }));

/** Runs the example and returns what it prints. */
export function main(): string {
  const stats = waitingTimeStats(syntheticReferrals(), { groupBy: ["service", "hf"], period: "tertial", asOf: "2025-12-31" });
  const published = suppressWaitingTimes(stats, { minCount: 5, margins: ["hf"] });
  const out: string[] = [
    "SYNTHETIC DATA — made-up referrals and health trusts, not real waiting times",
    `${stats.records.completed} completed waits, ${stats.records.waiting} still waiting; suppression: fewer than ${published.suppression.minCount} completed waits is hidden, national totals per service are published`,
    "",
    "| tertial | service | HF | completed | mean days | median | p90 | share within limit |",
    "|---|---|---|---:|---:|---:|---:|---:|",
  ];
  const rows = [...published.rows].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  for (const r of rows) {
    out.push(
      `| ${r.period} | ${r.group.service} | ${r.group.hf} | ${show(r.completed, 0)} | ${show(r.meanDays)} | ${show(r.medianDays, 0)} | ${show(r.p90Days, 0)} | ${r.shareWithinLimit === null ? ":" : `${show(r.shareWithinLimit * 100, 0)} %`} |`,
    );
  }
  out.push("", `Suppressed: ${published.suppression.primary} rows (primary), ${published.suppression.secondary} rows (secondary)`);
  for (const r of rows.filter((x): x is Extract<PublishedWaitingTimeRow, { suppressed: "primary" | "secondary" }> => x.suppressed !== null)) {
    out.push(`- ${r.period} ${r.group.service} ${r.group.hf}: ${r.suppressed} — ${r.suppressedBecause}`);
  }
  for (const t of published.suppression.suppressedTotals) out.push(`- total ${t.period} ${JSON.stringify(t.group)}: do not publish (${t.suppressed})`);
  return out.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(main());
