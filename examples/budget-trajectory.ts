/**
 * The budget escalation: the government's claim ("omlag 1,2 mrd. kroner" of at least NOK 3 bn)
 * kept apart from the library's calculation, the path it assumes, the verdict under every
 * standard reading of the phase-in, and the same in real terms with a SYNTHETIC price index.
 *
 * Run: pnpm example:budget-trajectory
 */
import { formatMoney } from "@opptrapping/core";
import { BUDGET_VERDICT_LABELS, budgetTrajectory, type MoneyRange } from "@opptrapping/indicators";
import { plan } from "@opptrapping/psykisk-helse";

const range = (r: MoneyRange) => (r.high === null ? `at least ${formatMoney(r.low, { locale: "en", decimals: 2 })}` : `${formatMoney(r.low, { locale: "en", decimals: 2 })}–${formatMoney(r.high, { locale: "en", decimals: 2 })}`);

export function main(asOf = "2026-01-19"): string {
  const lines: string[] = [];
  // A SYNTHETIC index (3 % a year from 2023), only to show the real-terms calculation.
  const deflator = { baseYear: 2023, index: { 2023: "100", 2024: "103", 2025: "106.09", 2026: "109.2727" }, label: { nb: "en syntetisk prisindeks", en: "a SYNTHETIC price index" } };
  const b = budgetTrajectory(plan(), { asOf, deflator });
  lines.push(`as of ${b.asOf} (budget year ${b.budgetYear})`);
  if (b.wording.claim) lines.push(`claim:       ${b.wording.claim.en}`);
  lines.push(`calculation: ${b.wording.calculation.en}`);
  lines.push(`assumption:  ${b.wording.assumption.en}`);
  lines.push(`prices:      ${b.wording.prices.en}`);
  lines.push("sensitivity (nominal / real):");
  for (const row of b.sensitivity)
    lines.push(
      `  ${row.isDefault ? "*" : " "} ${(row.path.label.en ?? row.path.label.nb).padEnd(26)} expects ${formatMoney(row.expected, { locale: "en", decimals: 2 }).padStart(18)}  ${BUDGET_VERDICT_LABELS[row.verdict].en} / ${row.realVerdict === null ? "–" : BUDGET_VERDICT_LABELS[row.realVerdict].en}`,
    );
  if (b.calculation.kind === "computed") lines.push(`actual (nominal): ${range(b.calculation.actual)}`);
  if (b.realCalculation?.kind === "computed") lines.push(`actual (real, 2023 kroner): ${range(b.realCalculation.actual)}`);
  lines.push("");
  lines.push("bokmål:");
  for (const text of [b.wording.claim, b.wording.calculation, b.wording.assumption, b.wording.prices]) if (text) lines.push(`  ${text.nb}`);
  const before = budgetTrajectory(plan(), { asOf: "2026-01-18" });
  lines.push("");
  lines.push(`as of 2026-01-18: ${before.calculation.kind} — ${before.wording.calculation.en}`);
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(main());
