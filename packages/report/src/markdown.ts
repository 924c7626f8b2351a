import { budgetLines, type ReportModel } from "./model.js";

const DOT = { green: "🟢", yellow: "🟡", red: "🔴", grey: "⚪" } as const;
const cell = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");

/**
 * The status report as GitHub-flavoured Markdown: the headline first, then a table per area,
 * the budget, milestones, measures, data gaps and sources.
 *
 * @example
 * ```ts
 * import { renderMarkdown } from "@opptrapping/report";
 * const md = renderMarkdown(report); // "# Opptrappingsplan …"
 * ```
 */
export function renderMarkdown(r: ReportModel): string {
  const m = r.messages;
  const c = m.columns;
  const out: string[] = [`# ${r.title}`, "", `${m.asOf(r.asOfText)}`, "", `## ${m.sections.summary}`, "", `**${r.headline.text}**`, ""];
  for (const line of [r.headline.budget, r.headline.milestones, r.headline.vintage, r.headline.coverage]) if (line) out.push(`- ${cell(line)}`);
  out.push("", `## ${m.sections.goals}`);
  for (const a of r.areas) {
    out.push("", `### ${DOT[a.colour]} ${a.id} ${cell(a.title)} — ${a.statusText}${a.partial ? ` (${m.partial})` : ""}`, "", cell(a.coverage.text), "");
    out.push(`| ${c.goal} | ${c.target} | ${c.status} | ${c.latest} | ${c.trend} | ${c.source} |`, "|---|---|---|---|---|---|");
    for (const g of a.goals) {
      const missed = g.missedMilestones.length > 0 ? `<br>${cell(m.missedMilestones(g.missedMilestones.join("; ")))}` : "";
      out.push(`| **${g.id}** ${cell(g.title)} | ${cell(g.coverage.text)}${missed} | ${DOT[g.colour]} ${g.statusText}${g.partial ? ` (${m.partial})` : ""} | | | ${cell(g.source)} |`);
      for (const t of g.targets) {
        const notes = [t.seriesBreak, t.notComparable, ...t.milestones].filter((x): x is string => x !== null);
        out.push(
          `| | ${cell(t.description)} | ${DOT[t.colour]} ${t.statusText} | ${cell(t.latest)}${t.latestPeriod ? ` (${cell(t.latestPeriod)})` : ""}${notes.map((n) => `<br>${cell(n)}`).join("")} | ${cell(t.trend)} | ${cell(t.source)} |`,
        );
      }
    }
  }
  out.push("", `## ${m.sections.budget}`, "");
  if (r.budget) {
    const b = r.budget;
    out.push(...budgetLines(b, m).map((x) => `- ${cell(x)}`), "");
    const col = m.sensitivityColumns;
    out.push(`| ${col.path} | ${cell(col.expected(b.year))} | ${col.verdict} |`, "|---|---|---|");
    for (const s of b.sensitivity) out.push(`| ${cell(s.path)}${s.used ? ` (${col.used})` : ""} | ${cell(s.expected)} | ${cell(s.verdict)} |`);
    out.push("", `| ${r.budget.chart.table.head.map(cell).join(" | ")} |`, `|${r.budget.chart.table.head.map(() => "---").join("|")}|`);
    for (const row of r.budget.chart.table.rows) out.push(`| ${row.map(cell).join(" | ")} |`);
  } else out.push(m.none);
  out.push("", `## ${m.sections.measures}`, "");
  if (r.measuresNote) out.push(cell(r.measuresNote), "");
  for (const scope of r.measures) out.push(`- ${scope.label}: ${scope.states.map((x) => `${x.label} ${x.count}`).join(" · ")}`);
  out.push("", `## ${m.sections.milestones}`, "");
  if (r.milestonesNote) out.push(cell(r.milestonesNote), "");
  if (r.milestones.length > 0) {
    out.push(`| ${c.standing} | ${c.due} | ${c.milestone} | ${c.source} |`, "|---|---|---|---|");
    for (const x of r.milestones) out.push(`| ${x.groupText} | ${cell(x.due)} | ${cell(x.title)}${x.group === "upcoming" ? "" : `<br>${cell(x.reason)}`} | ${cell(x.source)} |`);
  } else out.push(m.none);
  out.push("", `## ${m.sections.dataGaps}`, "");
  if (r.dataGaps.length === 0) out.push(m.none);
  for (const d of r.dataGaps) out.push(`- **${d.goalId}** ${cell(d.target)}: ${cell(d.reason)}`);
  out.push("", `## ${m.sections.sources}`, "");
  for (const s of r.sources) out.push(`- **${s.id}** ${cell(s.title)}${s.detail ? ` (${cell(s.detail)})` : ""}${s.url ? ` <${s.url}>` : ""}`);
  return `${out.join("\n")}\n`;
}
