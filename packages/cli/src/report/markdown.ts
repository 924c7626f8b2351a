import type { StatusReport } from "./model.js";

const DOT = { green: "🟢", yellow: "🟡", red: "🔴", grey: "⚪" } as const;
const esc = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");

/**
 * The status report as GitHub-flavoured Markdown tables.
 *
 * @example
 * ```ts
 * import { renderMarkdown } from "@opptrapping/cli";
 * fs.writeFileSync("status.md", renderMarkdown(report));
 * ```
 */
export function renderMarkdown(r: StatusReport): string {
  const nb = r.lang === "nb";
  const out: string[] = [`# ${r.title}`, "", `${nb ? "Per" : "As of"} ${r.asOf}`, ""];
  out.push(`## ${nb ? "Innsatsområder" : "Areas"}`, "");
  for (const a of r.areas) out.push(`- ${DOT[a.colour]} **${a.id}** ${esc(a.title)} — ${a.statusText} (${r.goals.filter((g) => g.areaId === a.id).map((g) => g.id).join(", ")})`);
  out.push("", `## ${nb ? "Resultatmål" : "Result goals"}`, "");
  out.push(`| ${nb ? "mål" : "goal"} | ${nb ? "status" : "status"} | ${nb ? "verdi" : "value"} | ${nb ? "mål" : "target"} | trend | ${nb ? "kilde" : "source"} |`, "|---|---|---|---|---|---|");
  for (const g of r.areas.flatMap((a) => r.goals.filter((x) => x.areaId === a.id))) {
    out.push(`| **${g.id}** ${esc(g.title)} | ${DOT[g.colour]} ${g.statusText} | | | | ${esc(g.source)} |`);
    for (const t of g.targets)
      out.push(`| ${t.id} | ${DOT[t.colour]} ${t.statusText} | ${esc(t.value)}${t.valuePeriod ? ` (${t.valuePeriod})` : ""} | ${esc(t.description)} | ${esc(t.trend)} | ${esc(t.source)} |`);
  }
  out.push("", `## ${nb ? "Opptrapping av bevilgninger" : "Budget escalation"}`, "");
  if (r.budget) {
    const b = r.budget;
    out.push(`| ${nb ? "bevilget" : "appropriated"} | ${nb ? "forventet" : "expected"} | ${nb ? "avvik" : "gap"} | ${nb ? "i rute" : "on track"} | ${nb ? "kilde" : "source"} |`, "|---|---|---|---|---|");
    out.push(`| ${b.actual} | ${b.expected} | ${b.gap} | ${b.onTrack ? "✅" : "❌"} | ${esc(b.source)} |`);
  }
  out.push("", `## ${nb ? "Tiltak" : "Measures"}`, "", r.measures.map((m) => `${m.label}: ${m.count}`).join(" · "));
  out.push("", `## ${nb ? "Milepæler" : "Milestones"}`, "");
  if (r.milestones.length > 0) {
    out.push(`| | ${nb ? "frist" : "due"} | ${nb ? "milepæl" : "milestone"} | ${nb ? "kilde" : "source"} |`, "|---|---|---|---|");
    for (const m of r.milestones) out.push(`| ${m.group} | ${m.due} | ${esc(m.title)} | ${esc(m.source)} |`);
  }
  out.push("", `## ${nb ? "Datamangler" : "Data gaps"}`, "");
  for (const d of r.dataGaps) out.push(`- **${d.targetId}**: ${esc(d.reason)}`);
  return `${out.join("\n")}\n`;
}
