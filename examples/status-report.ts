/**
 * The status report: evaluate the bundled plan as of a date and print it as the CLI does —
 * here as Markdown, with the per-goal statuses also as data.
 *
 * Run: pnpm example:status-report
 */
import { evaluatePlan } from "@opptrapping/indicators";
import { observations, plan } from "@opptrapping/psykisk-helse";
import { buildReport, renderMarkdown } from "@opptrapping/report";

export function main(asOf = "2026-01"): string {
  const p = plan();
  const evaluation = evaluatePlan(p, observations(), { asOf });
  const statuses = evaluation.goals.map((g) => `${g.goalId}=${g.status}`).join(" ");
  return `${statuses}\n\n${renderMarkdown(buildReport(p, evaluation, { lang: "en" }))}`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(main());
