/**
 * The budget escalation: the cumulative permanent increase against the NOK 3 bn commitment,
 * on the default linear path and on a custom back-loaded path, all in exact decimals.
 *
 * Run: pnpm example:budget-trajectory
 */
import { formatMoney } from "@opptrapping/core";
import { budgetTrajectory } from "@opptrapping/indicators";
import { plan } from "@opptrapping/psykisk-helse";

export function main(): string {
  const p = plan();
  const lines: string[] = [];
  const linear = budgetTrajectory(p, { asOf: "2026-01" });
  lines.push(`as of ${linear.asOf} (budget year ${linear.budgetYear}), basis: ${linear.basis}`);
  lines.push(`actual   ${formatMoney(linear.actual, { locale: "en" })} (${(linear.share * 100).toFixed(1)} % of ${formatMoney(linear.commitment.amount, { locale: "en" })})`);
  lines.push(`expected ${formatMoney(linear.expected, { locale: "en" })} on the linear path → gap ${formatMoney(linear.gap, { locale: "en", style: "full" })}, ${linear.onTrack ? "on track" : "behind"}`);
  lines.push("linear path:");
  for (const step of linear.path) lines.push(`  ${step.year}  ${formatMoney(step.expected, { locale: "en" })}`);
  // An illustrative, back-loaded path (not from the sources): slow start, faster later.
  const backLoaded = budgetTrajectory(p, {
    asOf: "2026-01",
    path: [
      { year: 2023, cumulative: "150000000" },
      { year: 2027, cumulative: "1200000000" },
      { year: 2033, cumulative: "3000000000" },
    ],
  });
  lines.push(`back-loaded path (SYNTHETIC: made-up points, not from the sources) expects ${formatMoney(backLoaded.expected, { locale: "en" })} by ${backLoaded.budgetYear} → ${backLoaded.onTrack ? "on track" : "behind"}`);
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(main());
