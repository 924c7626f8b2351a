import type { Colour } from "@opptrapping/sdk";
import { budgetLines, type ReportModel } from "./model.js";

const ANSI: Record<Colour, string> = { green: "\u001b[32m", yellow: "\u001b[33m", red: "\u001b[31m", grey: "\u001b[90m" };
const RESET = "\u001b[0m";
const BOLD = "\u001b[1m";

/** Options of {@link renderText}. */
export interface TextOptions {
  /** Use ANSI colours (leave off for NO_COLOR and output that is not a terminal). @default false */
  readonly colour?: boolean;
  /** Line width. @default 80 */
  readonly width?: number;
}

/** Length as a terminal shows it: ANSI colour codes take no room. */
function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return [...text.replace(/\u001b\[[0-9;]*m/g, "")].length;
}

/**
 * Wraps text to a width at spaces (a no-break space keeps its neighbours together), indenting
 * continuation lines.
 *
 * @example
 * ```ts
 * import { wrap } from "@opptrapping/report";
 * wrap("one two three", 8, "  "); // ["one two", "  three"]
 * ```
 */
export function wrap(text: string, width: number, indent = ""): string[] {
  const lead = /^\s*/.exec(text)?.[0] ?? "";
  const words = text.slice(lead.length).split(" ");
  const lines: string[] = [];
  let line = lead;
  let fresh = true;
  for (const word of words) {
    const candidate = fresh ? `${line}${word}` : `${line} ${word}`;
    if (visibleLength(candidate) > width && !fresh) {
      lines.push(line.trimEnd());
      line = `${indent}${word}`;
    } else line = candidate;
    fresh = false;
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines;
}

/**
 * The status report as plain text that fits the width (80 columns by default): the headline
 * first, then every area, goal and target, the budget, milestones, measures, data gaps and
 * sources. ANSI colours only when asked for.
 *
 * @example
 * ```ts
 * import { renderText } from "@opptrapping/report";
 * process.stdout.write(renderText(report, { colour: process.stdout.isTTY && !process.env.NO_COLOR }));
 * ```
 */
export function renderText(r: ReportModel, options: TextOptions = {}): string {
  const width = options.width ?? 80;
  const m = r.messages;
  const paint = (colour: Colour, text: string) => (options.colour ? `${ANSI[colour]}${text}${RESET}` : text);
  const bold = (text: string) => (options.colour ? `${BOLD}${text}${RESET}` : text);
  const out: string[] = [];
  const heading = (text: string) => out.push("", bold(text), "─".repeat(Math.min(width, [...text].length)));
  out.push(...wrap(`${r.title} — ${m.asOf(r.asOfText)}`, width).map(bold));

  heading(m.sections.summary);
  const h = r.headline;
  out.push(...wrap(bold(h.text), width, "  "));
  for (const line of [h.budget, h.milestones, h.vintage, h.coverage]) if (line) out.push(...wrap(`• ${line}`, width, "  "));

  heading(m.sections.goals);
  for (const area of r.areas) {
    out.push("", ...wrap(bold(`${area.id} ${area.title} — ${paint(area.colour, area.statusText)}${area.partial ? ` (${m.partial})` : ""} · ${area.coverage.text}`), width, "   "));
    for (const g of area.goals) {
      const partial = g.partial ? ` (${m.partial})` : "";
      out.push(...wrap(`${paint(g.colour, "●")} ${g.id} ${g.title} — ${paint(g.colour, g.statusText)}${partial} · ${g.coverage.text}`, width, "    "));
      if (g.missedMilestones.length > 0) out.push(...wrap(`  ${paint("red", m.missedMilestones(g.missedMilestones.join("; ")))}`, width, "      "));
      for (const t of g.targets) {
        out.push(...wrap(`  ${paint(t.colour, "•")} ${t.description}`, width, "      "));
        const detail = t.reason !== null && t.latestPeriod === null ? t.reason : `${t.latest}${t.latestPeriod ? ` (${t.latestPeriod})` : ""} · ${t.trend}`;
        out.push(...wrap(`      ${paint(t.colour, t.statusText)} · ${detail} ${t.source}`, width, "      "));
        for (const note of [t.seriesBreak, t.notComparable]) if (note) out.push(...wrap(`      ${note}`, width, "      "));
        for (const check of t.milestones) out.push(...wrap(`      ${check}`, width, "      "));
      }
    }
  }

  heading(m.sections.budget);
  const b = r.budget;
  if (b) {
    // The evaluation's sentences name themselves: the source's claim, the calculation, the assumption, the prices.
    for (const text of budgetLines(b, m)) out.push(...wrap(`• ${text}`, width, "  "));
    const col = m.sensitivityColumns;
    out.push("", ...wrap(`${m.sensitivity} (${col.expected(b.year).toLowerCase()}):`, width, "  "));
    for (const s of b.sensitivity) out.push(...wrap(`  ${s.used ? "▸" : " "} ${s.path}: ${s.expected} — ${s.verdict}${s.used ? ` (${col.used})` : ""}`, width, "      "));
  } else out.push(m.none);

  heading(m.sections.measures);
  if (r.measuresNote) out.push(...wrap(r.measuresNote, width, "  "));
  for (const scope of r.measures) out.push(...wrap(`${scope.label}: ${scope.states.map((x) => `${x.label} ${x.count}`).join(" · ")}`, width, "  "));

  heading(m.sections.milestones);
  if (r.milestonesNote) out.push(...wrap(r.milestonesNote, width, "  "));
  if (r.milestones.length === 0) out.push(m.none);
  for (const x of r.milestones) {
    const colour: Colour = x.group === "overdue" ? "red" : x.group === "notReported" ? "yellow" : "grey";
    out.push(...wrap(`${paint(colour, x.groupText)} · ${x.due} · ${x.title} ${x.source}`, width, "    "));
    if (x.group !== "upcoming") out.push(...wrap(`    ${x.reason}`, width, "    "));
  }

  heading(m.sections.dataGaps);
  if (r.dataGaps.length === 0) out.push(m.none);
  for (const d of r.dataGaps) out.push(...wrap(`${d.goalId} ${d.target}: ${d.reason}`, width, "    "));

  heading(m.sections.sources);
  for (const s of r.sources) out.push(...wrap(`${s.id.padEnd(5)} ${s.title}${s.detail ? ` (${s.detail})` : ""}`, width, "      "));
  return `${out.join("\n")}\n`;
}
