/**
 * Reading an SSB-style JSON-stat file: map its dimensions to observations, aggregate the
 * regions to the nation by weighted mean, and assess R5.phbu.
 *
 * Run: pnpm example:ssb-json-stat
 *
 * The file (examples/data/ssb-ventetid.json) is SYNTHETIC, shaped like a PxWebApi v2 json-stat2
 * response — region × service × measure × month, with ".." (missing) status symbols.
 */
import { readFileSync } from "node:fs";
import { fromJsonStat } from "@opptrapping/adapters/json-stat";
import { evaluatePlan, formatValue } from "@opptrapping/indicators";
import { observations, plan } from "@opptrapping/psykisk-helse";

/** How the file's dimensions become observations (see docs/adapters.md). */
export const mapping = {
  indicator: { fixed: "R5.wait" },
  period: { from: "Tid" },
  orgUnit: { from: "Region" }, // "Helse Vest" → rhf-vest, recognised by name
  dimensions: { service: { from: "Tjeneste", map: { BUP: "PHBU" } } },
  measure: { dimension: "ContentsCode", value: "Ventetid", count: "Avviklede" },
  flags: ["synthetic" as const],
};

export function main(): string {
  const input = readFileSync(new URL("./data/ssb-ventetid.json", import.meta.url), "utf8");
  const read = fromJsonStat(input, mapping, { mode: "lenient" });
  const lines = [`read ${read.observations.length} observations (SYNTHETIC file), ${read.issues.length} issues`];
  for (const o of read.observations)
    lines.push(`  ${o.orgUnit.padEnd(15)} ${o.period} ${o.value === null ? `– (${o.flags.join(", ")})` : `${formatValue(o.value, "days", "en")}, n = ${o.count} (${o.flags.join(", ")})`}`);
  const p = plan();
  // The bundled PHBU figure for June–December 2025 overlaps the file's months: one series cannot
  // hold both (evaluatePlan refuses overlapping periods), so the file's months replace that one figure.
  const bundled = observations().filter((o) => !(o.indicatorId === "R5.wait" && o.dimensions["service"] === "PHBU" && o.period === "2025-06/2025-12"));
  const e = evaluatePlan(p, [...bundled, ...read.observations], { asOf: "2026-01" });
  const a = e.goals.find((g) => g.goalId === "R5")!.assessments.find((x) => x.targetId === "R5.phbu")!;
  const alone = evaluatePlan(p, observations(), { asOf: "2026-01" }).goals.find((g) => g.goalId === "R5")!.assessments.find((x) => x.targetId === "R5.phbu")!;
  lines.push(`R5.phbu as of ${e.asOf}, bundled data + the SYNTHETIC file: ${a.status} — ${a.explanation.en}`);
  // Months are not R5's reporting period (tertials): the file adds figures, not a trajectory.
  lines.push(`  (on the bundled data alone: ${alone.status}; the file's months are shown, not put on the tertial and annual series)`);
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(main());
