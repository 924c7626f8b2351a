/**
 * The status report: evaluate the bundled plan as of a date (by default the data's vintage,
 * 19 January 2026) and print it as the CLI does — here as Markdown, with the per-goal statuses
 * also as data.
 *
 * Run: pnpm example:status-report
 */
import { evaluatePlan } from "@opptrapping/indicators";
import { observations, plan } from "@opptrapping/psykisk-helse";
import { buildReport, renderMarkdown } from "@opptrapping/report";

export function main(asOf?: string): string {
  const p = plan();
  // By default as of the data's vintage (the day the plan data was recorded), as the CLI does.
  asOf ??= p.revision.asOf;
  const evaluation = evaluatePlan(p, observations(), { asOf });
  const statuses = evaluation.goals.map((g) => `${g.goalId}=${g.status}`).join(" ");
  return `${statuses}\n\n${renderMarkdown(buildReport(p, evaluation, { lang: "en" }))}`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(main());
