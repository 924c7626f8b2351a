import type { Colour } from "@opptrapping/sdk";
import type { StatusReport } from "./model.js";

const ANSI: Record<Colour, string> = { green: "\u001b[32m", yellow: "\u001b[33m", red: "\u001b[31m", grey: "\u001b[90m" };
const RESET = "\u001b[0m";
const BOLD = "\u001b[1m";

/** Options of {@link renderText}. */
export interface TextOptions {
  /** Use ANSI colours (off for NO_COLOR and non-TTY output). @default false */
  readonly colour?: boolean;
  /** Line width. @default 80 */
  readonly width?: number;
}

/** Wraps text to a width, indenting continuation lines. */
export function wrap(text: string, width: number, indent = ""): string[] {
  const lead = /^\s*/.exec(text)![0];
  // Columns aligned with padEnd keep their runs of spaces: split on single spaces only.
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

/** Length as a terminal shows it: ANSI colour codes take no room. */
function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return [...text.replace(/\u001b\[[0-9;]*m/g, "")].length;
}

const L = {
  nb: { asOf: "per", goals: "Resultatmål", budget: "Opptrapping av bevilgninger", actual: "Bevilget", expected: "forventet på banen", ahead: "i rute", behind: "bak banen", milestones: "Milepæler som forfaller eller er forfalt", gaps: "Datamangler", none: "ingen", overdue: "forfalt", unconfirmed: "uavklart", upcoming: "kommende", trend: "trend", target: "mål", summary: "Sammendrag", sources: "Kilder", measures: "Tiltak (hele listen: opptrapping summary)" },
  en: { asOf: "as of", goals: "Result goals", budget: "Budget escalation", actual: "Appropriated", expected: "expected on the path", ahead: "on track", behind: "behind the path", milestones: "Milestones due or overdue", gaps: "Data gaps", none: "none", overdue: "overdue", unconfirmed: "unconfirmed", upcoming: "upcoming", trend: "trend", target: "target", summary: "Summary", sources: "Sources", measures: "Measures (the full list: opptrapping summary)" },
} as const;

/**
 * The status report as plain text that fits the width (80 columns by default), with ANSI
 * colours only when asked for.
 *
 * @example
 * ```ts
 * import { renderText } from "@opptrapping/cli";
 * process.stdout.write(renderText(report, { colour: process.stdout.isTTY && !process.env.NO_COLOR }));
 * ```
 */
export function renderText(r: StatusReport, options: TextOptions = {}): string {
  const width = options.width ?? 80;
  const l = L[r.lang];
  const paint = (colour: Colour, text: string) => (options.colour ? `${ANSI[colour]}${text}${RESET}` : text);
  const bold = (text: string) => (options.colour ? `${BOLD}${text}${RESET}` : text);
  const out: string[] = [];
  const heading = (text: string) => out.push("", bold(text), "─".repeat(Math.min(width, [...text].length)));
  out.push(...wrap(`${r.title} — ${l.asOf} ${r.asOf}`, width).map(bold));
  const counts = Object.entries(r.counts)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${s} ${n}`)
    .join(" · ");
  out.push(`${l.summary}: ${counts}`);

  heading(l.goals);
  for (const area of r.areas) {
    out.push("", ...wrap(bold(`${area.id} ${area.title} — ${paint(area.colour, area.statusText)}`), width, "   "));
    for (const g of r.goals.filter((x) => x.areaId === area.id)) {
    out.push(...wrap(`${paint(g.colour, "●")} ${g.id} ${g.title} — ${paint(g.colour, g.statusText)}`, width, "    "));
    for (const tr of g.targets) {
      out.push(...wrap(`  ${paint(tr.colour, "•")} ${tr.id}: ${tr.description}`, width, "      "));
      out.push(...wrap(`      ${paint(tr.colour, tr.statusText)} · ${tr.value}${tr.valuePeriod ? ` (${tr.valuePeriod})` : ""} · ${l.trend}: ${tr.trend} ${tr.source}`, width, "      "));
    }
    }
  }

  heading(l.budget);
  if (r.budget) {
    const b = r.budget;
    out.push(...wrap(`${l.actual} ${b.actual} (${Math.round(b.share * 1000) / 10} %) · ${l.expected} ${b.expected} · ${b.gap} · ${paint(b.onTrack ? "green" : "red", b.onTrack ? l.ahead : l.behind)} ${b.source}`, width, "  "));
  } else out.push(l.none);

  heading(l.measures);
  out.push(...wrap(r.measures.map((m) => `${m.label} ${m.count}`).join(" · "), width, "  "));

  heading(l.milestones);
  if (r.milestones.length === 0) out.push(l.none);
  for (const m of r.milestones) {
    const colour: Colour = m.group === "overdue" ? "red" : m.group === "unconfirmed" ? "yellow" : "grey";
    out.push(...wrap(`${paint(colour, l[m.group].padEnd(11))} ${m.due.padEnd(10)} ${m.title} ${m.source}`, width, "             "));
  }

  heading(l.gaps);
  if (r.dataGaps.length === 0) out.push(l.none);
  for (const d of r.dataGaps) out.push(...wrap(`${d.targetId}: ${d.reason}`, width, "    "));

  heading(l.sources);
  for (const s of r.sources) out.push(...wrap(`${s.id.padEnd(5)} ${s.title}`, width, "      "));
  return `${out.join("\n")}\n`;
}
