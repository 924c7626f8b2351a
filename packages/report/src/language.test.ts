import { describe, expect, it } from "vitest";
import { evaluation, report } from "./fixtures.test-fixture.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";
import type { Lang } from "./messages.js";
import { renderText } from "./text.js";

/** The text a reader sees (and a screen reader reads) in the HTML: no tags, no style, no attributes. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}

function renderings(lang: Lang): Record<string, string> {
  const r = report(lang);
  return { text: renderText(r), markdown: renderMarkdown(r), html: visibleText(renderHtml(r)) };
}

/**
 * English words that are not also Norwegian, as they would show up if a message were missing
 * from a table (status words, section words, units, connectives).
 */
const ENGLISH = [
  "the", "and", "of", "to", "by", "from", "than", "with", "without", "is", "are", "was", "not", "yet",
  "target", "targets", "goal", "goals", "track", "risk", "insufficient", "enough", "achieved", "assessed",
  "provisional", "forecast", "projected", "baseline", "deadline", "source", "sources", "budget", "measure",
  "measures", "milestone", "milestones", "overdue", "upcoming", "value", "values", "latest", "improving",
  "days", "places", "years", "cent", "billion", "million", "expected", "path", "allocated", "appropriated",
  "delivered", "planned", "progress", "phased", "unknown", "none", "data gaps", "long", "run", "lower",
  "higher", "coverage", "service", "summary", "statement", "stated", "introduction",
];

/** Ids of the plan and of the goal logic that must never reach prose. */
function internalIds(): string[] {
  const { plan } = evaluation(false);
  return [
    ...plan.indicators.map((i) => i.id),
    ...plan.resultGoals.flatMap((g) => g.targets.map((t) => t.id)),
    "linearLeastSquares", "timeWeightedLeastSquares", "lastValue",
    "insufficientData", "onTrack", "atRisk", "offTrack", "no_observations", "too_few_points", "no_reference", "no_data_for_deadline",
    "no_baseline", "no_national_data", "no_comparable_observations", "notReported", "undetermined", "equalSteps", "frontLoaded", "backLoaded",
    ...plan.milestones.map((m) => m.id),
  ];
}

describe.each(["nb", "nn"] as const)("the %s report has no English words and no internal ids", (lang) => {
  const outputs = renderings(lang);
  it.each(Object.keys(outputs))("%s", (kind) => {
    const text = outputs[kind]!;
    const words = new Set(text.toLowerCase().split(/[^a-zæøåéü]+/u).filter(Boolean));
    expect(ENGLISH.filter((w) => !w.includes(" ") && words.has(w))).toEqual([]);
    expect(ENGLISH.filter((w) => w.includes(" ") && text.toLowerCase().includes(w))).toEqual([]);
    const ids = internalIds().filter((id) => new RegExp(`(^|[^\\w.])${id.replaceAll(".", "\\.")}($|[^\\w])`).test(text));
    expect(ids).toEqual([]);
    // The letter's section anchors (§2-waiting), camelCase ids and key=value pairs are internal.
    expect(text.match(/§\s?\d+-[a-z]+|§intro/g)).toBeNull();
    expect(text.match(/\b[a-z]+[A-Z][a-zA-Z]+\b/g)).toBeNull();
    expect(text.match(/\b\w+=\w+/g)).toBeNull();
    expect(text).not.toMatch(/NaN|undefined|Infinity|\[object/);
  });
});

describe("the English report", () => {
  it("has no internal ids or method ids in prose either", () => {
    for (const text of Object.values(renderings("en"))) {
      expect(text.match(/\b[a-z]+[A-Z][a-zA-Z]+\b/g)).toBeNull();
      expect(text.match(/§\s?\d+-[a-z]+/g)).toBeNull();
      expect(text).not.toMatch(/NaN|undefined|\[object/);
    }
  });

  it("formats numbers and dates the English way, and the Norwegian ones the Norwegian way", () => {
    expect(renderText(report("en"))).toContain("37.5\u00a0days");
    expect(renderText(report("nb"))).toContain("37,5\u00a0dager");
    expect(renderText(report("en"))).toContain("as of 31 January 2026");
    expect(renderText(report("nb"))).toContain("per 31.01.2026");
  });
});
