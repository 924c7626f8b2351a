/**
 * The default rule (progress against the path, on levels) and Open SDG's rule (compound growth
 * against required growth) side by side: on the bundled targets and on ten SYNTHETIC series,
 * each with the verdicts, the two ratios, Open SDG's band and why the verdicts differ.
 *
 * Run: pnpm example:compare-rules            (prints the table)
 *      pnpm example:compare-rules --write    (writes it into docs/goal-logic.md)
 *
 * The ten series are SYNTHETIC, made up to reach each branch of the rules; they are labelled
 * so in the table. The bundled rows use the plan's real, sourced observations.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { Indicator, Observation, Target } from "@opptrapping/core";
import { assess, openSdgRating, type AssessSettings } from "@opptrapping/indicators";
import { observations, plan } from "@opptrapping/psykisk-helse";
import type { Assessment } from "@opptrapping/sdk";

const SYNTHETIC = [{ doc: "synthetic", note: "SYNTHETIC series for the rule comparison" }] as const;
const indicator = (id: string, unit: Indicator["unit"], direction: Indicator["direction"]): Indicator => ({
  id, title: { nb: id, en: id }, unit, aggregation: "mean", direction, disaggregations: [], sources: SYNTHETIC,
});
const INDICATORS = [indicator("days", "days", "decrease"), indicator("pct", "percent", "increase"), indicator("places", "places", "increase"), indicator("years", "years", "increase")];

interface Case {
  readonly label: string;
  readonly target: Target;
  readonly values: Readonly<Record<string, number>>;
}

const longRun = { deadline: { kind: "longRun" }, sources: SYNTHETIC } as const;
const below35 = (id: string): Target => ({ ...longRun, id, indicatorId: "days", kind: "threshold", comparator: "<", value: 35 });

/** Ten SYNTHETIC series, one per behaviour worth comparing. */
export const CASES: readonly Case[] = [
  { label: "wait 44 → 42 → 40, < 35 (long run)", target: below35("S1"), values: { "2023": 44, "2024": 42, "2025": 40 } },
  { label: "wait 44 → 43.6 → 42.8, < 35", target: below35("S2"), values: { "2023": 44, "2024": 43.6, "2025": 42.8 } },
  { label: "wait 44 → 43 → 42.3, < 35", target: below35("S3"), values: { "2023": 44, "2024": 43, "2025": 42.3 } },
  { label: "wait 44 → 45 → 46, < 35", target: below35("S4"), values: { "2023": 44, "2024": 45, "2025": 46 } },
  { label: "wait 30 → 34 (met at baseline), < 35", target: below35("S5"), values: { "2023": 30, "2025": 34 } },
  { label: "coverage 60 → 75 → 87 %, 100 % by 2027", target: { ...longRun, id: "S6", indicatorId: "pct", kind: "coverage", value: 100, deadline: { kind: "year", year: 2027 } }, values: { "2023": 60, "2024": 75, "2025": 87 } },
  { label: "places 4 200 → 4 200, +430 by 2040", target: { ...longRun, id: "S7", indicatorId: "places", kind: "capacity", increase: 430, deadline: { kind: "year", year: 2040 } }, values: { "2023": 4200, "2025": 4200 } },
  { label: "share 20 → 17 %, −25 % (long run)", target: { ...longRun, id: "S8", indicatorId: "pct", kind: "relativeChange", change: -0.25 }, values: { "2023": 20, "2024": 18.5, "2025": 17 } },
  { label: "wait 60 → 45, < 35 by 2028", target: { ...below35("S9"), deadline: { kind: "year", year: 2028 } }, values: { "2023": 60, "2025": 45 } },
  { label: "life expectancy 70 → 70.01 years, higher", target: { ...longRun, id: "S10", indicatorId: "years", kind: "direction", direction: "increase" }, values: { "2023": 70, "2025": 70.01 } },
];

const fmt = (x: number | null | undefined) => (x === null || x === undefined ? "–" : x.toFixed(2));

/** Why the two verdicts differ, worked out from the two assessments. */
function why(ours: Assessment, sdg: Assessment): string {
  if (ours.status === sdg.status) return "";
  const rating = openSdgRating(ours);
  if (!rating) return "Open SDG needs a target value and positive levels";
  if (ours.pace?.ratio !== null && ours.pace?.ratio !== undefined)
    return `growth compounds: distance ratio ${fmt(ours.pace.ratio)} against CAGR ratio ${fmt(rating.ratio)}`;
  return "no path to measure on levels";
}

function row(label: string, target: Target, data: readonly Observation[], settings: AssessSettings): string {
  const ours = assess(target, data, settings);
  const sdg = assess(target, data, { ...settings, rule: "openSdg" });
  const rating = openSdgRating(ours);
  return `| ${label} | ${ours.status} | ${fmt(ours.pace?.ratio)} | ${fmt(rating?.ratio)} | ${rating?.band ?? "–"} | ${sdg.status} | ${why(ours, sdg)} |`;
}

/** The comparison as a Markdown table. */
export function main(asOf = "2026-12"): string {
  const lines = [
    `As of ${asOf}. "pace" is observed ÷ required progress on levels (the default rule); "CAGR ratio" is Open SDG's observed ÷ required compound growth.`,
    "",
    "| series | default | pace | CAGR ratio | Open SDG band | openSdg | why they differ |",
    "|---|---|---|---|---|---|---|",
  ];
  const p = plan();
  const data = observations();
  for (const goal of p.resultGoals) for (const target of goal.targets) lines.push(row(`bundled ${target.id}`, target, data, { asOf, plan: p }));
  for (const c of CASES) {
    const obs: Observation[] = Object.entries(c.values).map(([period, value]) => ({ indicatorId: c.target.indicatorId, period, orgUnit: "NO", dimensions: {}, value, flags: ["synthetic"] }));
    lines.push(row(`SYNTHETIC ${c.label}`, c.target, obs, { asOf, indicators: INDICATORS }));
  }
  return lines.join("\n");
}

const START = "<!-- compare-rules:start (generated by pnpm example:compare-rules --write) -->";
const END = "<!-- compare-rules:end -->";

/** `text` with the block between the markers replaced by `table`. */
export function withTable(text: string, table: string): string {
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`docs/goal-logic.md lacks the markers ${START} … ${END}`);
  return `${text.slice(0, from + START.length)}\n${table}\n${text.slice(to)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = main();
  if (process.argv.includes("--write")) {
    const doc = new URL("../docs/goal-logic.md", import.meta.url);
    writeFileSync(doc, withTable(readFileSync(doc, "utf8"), table));
    console.log("docs/goal-logic.md updated");
  } else console.log(table);
}
