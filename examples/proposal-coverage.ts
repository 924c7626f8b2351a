/**
 * Proposal coverage: which items of the private members' proposal Dokument 8:74 S (2025–2026)
 * map to which plan measures, goals, allocations and milestones, as the minister's answer
 * points (S0).
 *
 * Run: pnpm example:proposal-coverage
 */
import { formatMoney, getById } from "@opptrapping/core";
import { plan, UNMAPPED_PROPOSAL_ITEMS } from "@opptrapping/psykisk-helse";

export function main(): string {
  const p = plan();
  const lines: string[] = [];
  for (const proposal of p.proposals) {
    lines.push(`${proposal.reference}: ${proposal.title.en ?? proposal.title.nb}`);
    for (const item of proposal.items) {
      const parts = [
        ...item.goalIds.map((id) => `goal ${id}`),
        ...item.measureIds.map((id) => `measure ${id} (${getById(p, "measures", id).title.en ?? ""})`),
        ...item.allocationIds.map((id) => `allocation ${id} (${formatMoney(getById(p, "allocations", id).amount, { locale: "en" })})`),
        ...item.milestoneIds.map((id) => `milestone ${id} (${getById(p, "milestones", id).due})`),
      ];
      const unmapped = (UNMAPPED_PROPOSAL_ITEMS as Readonly<Record<string, string>>)[item.id];
      lines.push(`  ${item.id}${item.due ? ` (asks for ${item.due})` : ""}: ${item.text.en ?? item.text.nb}`);
      if (parts.length === 0) lines.push(`      → not mapped: ${unmapped ?? "the answer points to nothing in the plan"}`);
      for (const part of parts) lines.push(`      → ${part}`);
    }
    const mapped = proposal.items.filter((i) => i.goalIds.length + i.measureIds.length + i.allocationIds.length + i.milestoneIds.length > 0).length;
    lines.push(`  ${mapped} of ${proposal.items.length} items map to the plan`);
  }
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(main());
