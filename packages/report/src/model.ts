import { parsePeriod, periodBounds, type Indicator, type IndicatorUnit, type LocalizedText, type Plan, type Target } from "@opptrapping/core";
import type { BudgetTrajectory, PlanEvaluation } from "@opptrapping/indicators";
import type { Assessment, Colour, Status } from "@opptrapping/sdk";
import { citeFor, formatDateFor, formatMoneyFor, formatMoneyRangeFor, formatNumberFor, formatPeriodFor, formatValueFor } from "./format.js";
import { MESSAGES, type BudgetWords, type Lang, type Messages } from "./messages.js";
import { budgetWordingNynorsk } from "./budgetNynorsk.js";
import { budgetChart, targetChart, timeAxis, type BudgetChartModel, type ChartModel, type TimeAxis } from "./chartModel.js";

/** One target (målsetting) of a result goal, worded for the report. */
export interface TargetSection {
  /** The target's id: for links and data attributes, never printed in prose. */
  readonly id: string;
  readonly description: string;
  readonly status: Status;
  readonly statusText: string;
  readonly colour: Colour;
  /** The latest value with its unit, or `–`. */
  readonly latest: string;
  /** The latest value's period in words, or `null`. */
  readonly latestPeriod: string | null;
  readonly trend: string;
  /** Why the target cannot be assessed, when it cannot; `null` otherwise. */
  readonly reason: string | null;
  /**
   * The report's own explanation: series break, latest value, baseline (and where it comes
   * from), target value, pace, forecast (and its clamp), interim milestones, finality, verdict,
   * values used, and figures left off the line as not comparable.
   */
  readonly explanation: string;
  readonly source: string;
  /** "Brudd i serien fra 2022: …" when the assessment starts from a break; `null` otherwise. */
  readonly seriesBreak: string | null;
  /** The figures shown but left off the line (not comparable with the reporting period), worded; `null` when none. */
  readonly notComparable: string | null;
  /** The target's interim milestones with what the data says of each (pending ones too). */
  readonly milestones: readonly string[];
  readonly chart: ChartModel;
}

/** One result goal (resultatmål) with its targets. */
export interface GoalSection {
  readonly id: string;
  readonly areaId: string;
  readonly title: string;
  readonly status: Status;
  readonly statusText: string;
  readonly colour: Colour;
  /** "2 av 3 målsettinger vurdert"; how many targets could be assessed. */
  readonly coverage: { readonly assessed: number; readonly total: number; readonly text: string };
  /** Set when the goal's status rests on part of it: some targets assessed, some not (the evaluation's `partial` with at least one assessed). */
  readonly partial: boolean;
  /** Interim milestones missed across the goal's targets, worded: `PHBU < 35 dager, på sikt: 2025`. */
  readonly missedMilestones: readonly string[];
  readonly source: string;
  readonly targets: readonly TargetSection[];
}

/** An area of effort (innsatsområde) with its goals. */
export interface AreaSection {
  readonly id: string;
  readonly title: string;
  readonly status: Status;
  readonly statusText: string;
  readonly colour: Colour;
  /** "1 av 5 resultatmål vurdert"; how many goals could be assessed. */
  readonly coverage: { readonly assessed: number; readonly total: number; readonly text: string };
  /** Set when the area's status rests on part of it: some goals assessed, others unassessed or partial. */
  readonly partial: boolean;
  readonly goals: readonly GoalSection[];
}

/** The budget escalation, worded: what the source claims, kept apart from the library's calculation and the assumption it rests on. */
export interface BudgetSection {
  /** One line (the headline's): the claim, the calculation, the assumption and where the readings disagree. */
  readonly line: string;
  /** The source's claim in full (its words, how "om lag" is read, its own verdict) with its citation; `null` when no report counts by the date. */
  readonly claim: string | null;
  /** What the source leaves uncertain, when the data says. */
  readonly uncertainty: string | null;
  /** The library's calculation on the assumed path, in full (never the source's word). */
  readonly calculation: string;
  /** The assumption: the sources do not fix the phase-in; the path used; where the readings disagree. */
  readonly assumption: string;
  /** The price basis and its caveat. */
  readonly prices: string;
  /** Allocations without a budget year, which no calculation counts; `null` when none. */
  readonly undated: string | null;
  /** The calculation's verdict (`unknown` when nothing is known). */
  readonly verdict: "onTrack" | "behind" | "undetermined" | "unknown";
  /** Whether the standard readings of the phase-in agree. */
  readonly readings: "agree" | "disagree" | "unknown";
  /** The verdict under each reading of the phase-in; `used` marks the one the calculation uses. */
  readonly sensitivity: readonly { readonly path: string; readonly expected: string; readonly verdict: string; readonly used: boolean }[];
  /** The budget year the sensitivity's expected amounts are for. */
  readonly year: number;
  readonly source: string;
  readonly chart: BudgetChartModel;
}

/** A milestone in the report: its group, its state in words and why. */
export interface MilestoneRow {
  readonly id: string;
  /** `overdue`: recorded as not delivered after its due date; `notReported`: due, but nothing recorded since; `upcoming`: due soon. */
  readonly group: "overdue" | "notReported" | "upcoming";
  readonly groupText: string;
  readonly due: string;
  readonly title: string;
  /** Why it has this state (the evaluation's reason). */
  readonly reason: string;
  readonly source: string;
}

/** The headline (kort fortalt): the counts and the four lines under them. */
export interface Headline {
  readonly counts: { readonly onTrack: number; readonly atRisk: number; readonly offTrack: number; readonly noData: number; readonly total: number };
  /** The four counts in words, in the order on track, at risk, off track, without enough data. */
  readonly parts: readonly [string, string, string, string];
  /** The parts joined: "0 av 8 resultatmål i rute · 0 i fare · 1 ikke i rute · 7 uten nok data". */
  readonly text: string;
  readonly budget: string | null;
  readonly milestones: string;
  /** Data per the latest period used; measure and milestone states per the plan data's vintage, "not updated since" when the report is later. */
  readonly vintage: string;
  readonly coverage: string;
}

/**
 * Everything the status report shows, worded in one language: a thin, typed mapping of
 * `evaluatePlan`'s result. Renderers (text, Markdown, HTML, SVG) only lay it out.
 */
export interface ReportModel {
  readonly lang: Lang;
  readonly title: string;
  /** ISO date of the evaluation. */
  readonly asOf: string;
  /** The date in words: `31.01.2026`, `31 January 2026`. */
  readonly asOfText: string;
  readonly headline: Headline;
  readonly areas: readonly AreaSection[];
  /** The time axis every chart of this report shares. */
  readonly axis: TimeAxis;
  readonly budget: BudgetSection | null;
  readonly milestones: readonly MilestoneRow[];
  /** "Milestone states as of 19.01.2026, not updated since", when the report is later than the data; `null` otherwise. */
  readonly milestonesNote: string | null;
  /** Measures by state as of the date, the plan's own and related policy apart. */
  readonly measures: readonly { readonly scope: "plan" | "related"; readonly label: string; readonly states: readonly { readonly state: string; readonly label: string; readonly count: number }[] }[];
  /** "Measure states as of 19.01.2026, not updated since", when the report is later than the data; `null` otherwise. */
  readonly measuresNote: string | null;
  readonly dataGaps: readonly { readonly goalId: string; readonly targetId: string; readonly target: string; readonly reason: string }[];
  readonly sources: readonly { readonly id: string; readonly title: string; readonly detail: string; readonly url: string | null }[];
  /** The message table the renderers take their words from. */
  readonly messages: Messages;
}

/** Options of {@link buildReport}. */
export interface BuildReportOptions {
  /** The report's language. @default "nb" */
  readonly lang?: Lang;
}

/**
 * A localized text in the language asked for: nynorsk falls back to bokmål, English to bokmål.
 *
 * @example
 * ```ts
 * import { localize } from "@opptrapping/report";
 * localize({ nb: "Tiltak", en: "Measures" }, "nn"); // "Tiltak"
 * ```
 */
export function localize(text: LocalizedText, lang: Lang): string {
  return lang === "en" ? (text.en ?? text.nb) : lang === "nn" ? (text.nn ?? text.nb) : text.nb;
}

const COMPARATOR: Readonly<Record<string, string>> = { "<": "<", "<=": "≤", ">=": "≥", ">": ">" };

/**
 * A target in words, with indicator titles in place of ids: `PHBU < 35 dager, på sikt`.
 *
 * @example
 * ```ts
 * import { describeTarget } from "@opptrapping/report";
 * import { plan } from "@opptrapping/psykisk-helse";
 * const p = plan();
 * describeTarget(p.resultGoals[4]!.targets[0]!, p, "nb"); // "PHBU < 35 dager, på sikt"
 * ```
 */
export function describeTarget(target: Target, plan: Plan, lang: Lang): string {
  const m = MESSAGES[lang].describe;
  if (target.title) return localize(target.title, lang);
  const indicator = plan.indicators.find((i) => i.id === target.indicatorId);
  const unit: IndicatorUnit = indicator?.unit ?? "count";
  const title = (id: string) => {
    const ref = plan.indicators.find((i) => i.id === id);
    return ref ? localize(ref.title, lang) : MESSAGES[lang].noValue;
  };
  const slice = target.filter ? `${Object.values(target.filter).join("/")} ` : "";
  const baseline = (b: string | undefined) => (b === undefined ? null : formatPeriodFor(b, lang));
  const what = ((): string => {
    switch (target.kind) {
      case "threshold":
        return `${COMPARATOR[target.comparator] ?? target.comparator} ${formatValueFor(target.value, unit, lang)}`;
      case "relativeChange":
        return m.relativeFrom(`${target.change > 0 ? "+" : "−"}${formatNumberFor(Math.abs(target.change) * 100, lang)}\u00a0%`, baseline(target.baseline));
      case "direction":
        return m.direction(target.direction === "decrease", baseline(target.baseline));
      case "coverage":
        return m.coverage(formatValueFor(target.value, unit, lang));
      case "noDecline":
        return m.noDecline(baseline(target.baseline));
      case "capacity":
        return m.capacity(formatValueFor(target.increase, unit, lang), baseline(target.baseline));
      case "gap":
        return m.gap(title(target.referenceIndicatorId));
      case "growthExceeds":
        return m.growthExceeds(title(target.referenceIndicatorId));
    }
  })();
  const when = target.deadline.kind === "year" ? m.by(target.deadline.year) : m.longRun;
  return `${slice}${what}, ${when}`;
}

/** Replaces ids of the plan (indicators, targets) that slipped into a sentence with their titles. */
function humanize(text: string, names: ReadonlyMap<string, string>): string {
  let out = text;
  // Longest ids first, so `R7.lifeExpectancyRest` is not cut by `R7.lifeExpectancy`.
  for (const [id, name] of [...names].sort((a, b) => b[0].length - a[0].length)) {
    // Whole ids only: a plan's id "x" must not eat the x of every word.
    const pattern = new RegExp(`(?<![\\w.])${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w])`, "g");
    out = out.replace(pattern, () => name);
  }
  return out;
}

function trendText(a: Assessment, unit: IndicatorUnit, msg: Messages, lang: Lang): string {
  if (!a.trend) return msg.noTrend;
  const arrow = a.trend.slopePerYear > 0 ? "↑" : a.trend.slopePerYear < 0 ? "↓" : "→";
  return msg.trend(arrow, formatValueFor(Math.abs(a.trend.slopePerYear), unit, lang), a.trend.improving);
}

/** A share of a distance (1 = the whole way) as a whole percentage. */
const percentOf = (share: number, lang: Lang) => `${formatNumberFor(share * 100, lang, 0)}\u00a0%`;

function explanationText(a: Assessment, unit: IndicatorUnit, msg: Messages, lang: Lang, names: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  const v = (x: number) => formatValueFor(x, unit, lang);
  if (a.seriesBreak) parts.push(msg.seriesBreak(formatPeriodFor(a.seriesBreak.period, lang)));
  if (a.value !== null && a.valuePeriod !== null) parts.push(msg.latest(v(a.value), formatPeriodFor(a.valuePeriod, lang)));
  if (a.baseline) parts.push(msg.baseline(v(a.baseline.value), formatPeriodFor(a.baseline.period, lang), a.baseline.basis));
  if (a.targetValue !== null) parts.push(msg.targetValue(v(a.targetValue)));
  if (a.pace && a.status !== "insufficientData") parts.push(msg.pace(percentOf(a.pace.observed, lang), percentOf(a.pace.required, lang)));
  if (a.forecast) {
    parts.push(msg.forecast(v(a.forecast.value), String(Math.floor(a.forecast.at - 1e-9)), msg.forecastMethod[a.forecast.method] ?? ""));
    if (a.forecast.clamped) parts.push(msg.forecastClamped(v(a.forecast.unclamped), v(a.forecast.value)));
  }
  for (const m of a.milestones)
    if (m.state !== "pending") parts.push(msg.milestoneCheck(m.state, formatPeriodFor(m.period, lang), v(m.value), m.observed === null ? null : v(m.observed)));
  if (a.finality && !a.finality.final && a.finality.reason !== null) parts.push(msg.notFinal[a.finality.reason]);
  if (a.status === "insufficientData") parts.push(insufficientText(a, msg, lang, names));
  else parts.push(humanize(a.reason[lang === "en" ? "en" : "nb"], names));
  const used = a.used;
  if (used.length === 0) {
    if (!parts.includes(msg.noneUsed)) parts.push(msg.noneUsed);
  } else
    parts.push(
      msg.basedOn(
        used.length,
        used.map((p) => `${formatPeriodFor(p.period, lang)} = ${v(p.value)}${p.observations.some((o) => o.provisional) ? ` (${msg.provisional})` : ""}`).join("; "),
      ),
    );
  if (a.notComparable.length > 0) parts.push(msg.notComparable(a.notComparable.map((p) => `${formatPeriodFor(p.period, lang)} = ${v(p.value)}`).join("; ")));
  return parts.join(" ");
}

/** Why an assessment has too little data: the reason's words by its code, else the rule's sentence with ids replaced. */
function insufficientText(a: Assessment, msg: Messages, lang: Lang, names: ReadonlyMap<string, string>): string {
  const byCode = a.insufficient ? msg.insufficient[a.insufficient.code] : undefined;
  // The verdict's sentence exists in bokmål and English only; nynorsk takes the bokmål one.
  return byCode ?? humanize(a.reason[lang === "en" ? "en" : "nb"], names);
}

const RIGHT_WAY: readonly Status[] = ["achieved", "onTrack"];

/**
 * Builds the status report's model from an evaluation: the headline first (goals on track, at
 * risk, off track, without enough data; the budget in one line; milestones due; the data
 * vintage; coverage), then every area, goal and target with its chart, the budget with its
 * chart, milestones, measures, data gaps and sources, all worded in one language.
 *
 * @example
 * ```ts
 * import { buildReport } from "@opptrapping/report";
 * import { evaluatePlan } from "@opptrapping/indicators";
 * import { plan, observations } from "@opptrapping/psykisk-helse";
 * const p = plan();
 * const report = buildReport(p, evaluatePlan(p, observations(), { asOf: "2026-01" }), { lang: "en" });
 * report.headline.text; // "0 of 8 result goals on track · 0 at risk · 1 off track · 7 without enough data"
 * ```
 */
export function buildReport(plan: Plan, e: PlanEvaluation, options: BuildReportOptions = {}): ReportModel {
  const lang = options.lang ?? "nb";
  const msg = MESSAGES[lang];
  const cite = (sources: Parameters<typeof citeFor>[0]) => citeFor(sources, msg.introduction);
  const indicators = new Map<string, Indicator>(plan.indicators.map((i) => [i.id, i]));
  const names = new Map<string, string>([
    ...plan.indicators.map((i): [string, string] => [i.id, `«${localize(i.title, lang)}»`]),
    ...plan.resultGoals.flatMap((g) => g.targets.map((t): [string, string] => [t.id, describeTarget(t, plan, lang)])),
  ]);
  const axis = timeAxis(plan, e);

  const goals = e.goals.map((g): GoalSection => {
    const goal = plan.resultGoals.find((x) => x.id === g.goalId);
    const targets = g.assessments.map((a): TargetSection => {
      const target = goal?.targets.find((x) => x.id === a.targetId);
      const unit: IndicatorUnit = indicators.get(a.indicatorId)?.unit ?? "count";
      const description = target ? describeTarget(target, plan, lang) : msg.noValue;
      return {
        id: a.targetId,
        description,
        status: a.status,
        statusText: msg.status[a.status],
        colour: a.colour,
        latest: a.value === null ? msg.noValue : formatValueFor(a.value, unit, lang),
        latestPeriod: a.valuePeriod === null ? null : formatPeriodFor(a.valuePeriod, lang),
        trend: trendText(a, unit, msg, lang),
        reason: a.status === "insufficientData" ? insufficientText(a, msg, lang, names) : null,
        explanation: explanationText(a, unit, msg, lang, names),
        source: target ? cite(target.sources) : "",
        seriesBreak: a.seriesBreak ? msg.seriesBreak(formatPeriodFor(a.seriesBreak.period, lang)) : null,
        notComparable:
          a.notComparable.length > 0 ? msg.notComparable(a.notComparable.map((p) => `${formatPeriodFor(p.period, lang)} = ${formatValueFor(p.value, unit, lang)}`).join("; ")) : null,
        milestones: a.milestones.map((m) => msg.milestoneCheck(m.state, formatPeriodFor(m.period, lang), formatValueFor(m.value, unit, lang), m.observed === null ? null : formatValueFor(m.observed, unit, lang))),
        chart: targetChart({ assessment: a, target, unit, description, goalId: g.goalId, lang, axis }),
      };
    });
    // `targetId@period`, as the evaluation lists them: the target in words and the period.
    const missedMilestones = g.missedMilestones.map((key) => {
      const at = key.lastIndexOf("@");
      const targetId = at < 0 ? key : key.slice(0, at);
      const period = at < 0 ? "" : key.slice(at + 1);
      const description = targets.find((t) => t.id === targetId)?.description ?? names.get(targetId) ?? msg.noValue;
      return `${description}: ${formatPeriodFor(period, lang)}`;
    });
    return {
      id: g.goalId,
      areaId: g.areaId,
      title: goal ? localize(goal.title, lang) : g.goalId,
      status: g.status,
      statusText: msg.status[g.status],
      colour: g.colour,
      coverage: { assessed: g.coverage.assessed, total: g.coverage.total, text: msg.goalCoverage(g.coverage.assessed, g.coverage.total) },
      // "Partly assessed" only when the status rests on part of the goal: with nothing assessed it is "insufficient data" alone.
      partial: g.partial && g.coverage.assessed > 0,
      missedMilestones,
      source: goal ? cite(goal.sources) : "",
      targets,
    };
  });

  const areas = e.areas.map((a): AreaSection => {
    const area = plan.areas.find((x) => x.id === a.areaId);
    return {
      id: a.areaId,
      title: area ? localize(area.title, lang) : a.areaId,
      status: a.status,
      statusText: msg.status[a.status],
      colour: a.colour,
      coverage: { assessed: a.coverage.assessed, total: a.coverage.total, text: msg.areaCoverage(a.coverage.assessed, a.coverage.total) },
      partial: a.partial && a.coverage.assessed > 0,
      goals: goals.filter((g) => g.areaId === a.areaId),
    };
  });

  const counts = {
    onTrack: goals.filter((g) => RIGHT_WAY.includes(g.status)).length,
    atRisk: goals.filter((g) => g.status === "atRisk").length,
    offTrack: goals.filter((g) => g.status === "offTrack").length,
    noData: goals.filter((g) => g.status === "insufficientData").length,
    total: goals.length,
  };

  const budget = e.budget && plan.commitment ? budgetSection(plan, e.budget, msg, lang, cite, axis) : null;

  const milestones = (["overdue", "notReported", "upcoming"] as const).flatMap((group) =>
    e.milestones[group].map((m): MilestoneRow => {
      const full = plan.milestones.find((x) => x.id === m.id);
      return {
        id: m.id,
        group,
        groupText: msg.milestoneGroup[group],
        due: formatPeriodFor(m.due, lang),
        title: full ? localize(full.title, lang) : m.id,
        reason: localize(m.reason, lang),
        source: full ? cite(full.sources) : "",
      };
    }),
  );
  const next = milestones.find((m) => m.group === "upcoming");

  const latestData = latestPeriod(e);
  const allTargets = goals.flatMap((g) => g.targets);
  const stale = e.measureStates.stale || e.milestones.note !== null;
  const headline: Headline = {
    counts,
    parts: msg.headline(counts),
    text: msg.headline(counts).join(" · "),
    budget: budget?.line ?? null,
    milestones: msg.milestonesLine({
      overdue: e.milestones.overdue.length,
      notReported: e.milestones.notReported.length,
      upcoming: e.milestones.upcoming.length,
      next: next ? `${next.title}, ${next.due}` : null,
    }),
    vintage: msg.vintage(latestData === null ? null : formatPeriodFor(latestData, lang), formatDateFor(e.measureStates.vintage, lang), stale),
    coverage: msg.coverage(e.coverage.assessed, e.coverage.total, goals.filter((g) => g.coverage.assessed > 0).length, goals.length),
  };

  const stateOrder = ["delivered", "inProgress", "planned", "phasedOut", "unknown"] as const;
  return {
    lang,
    title: localize(plan.title, lang),
    asOf: e.asOf,
    asOfText: formatDateFor(e.asOf, lang),
    headline,
    areas,
    axis,
    budget,
    milestones,
    milestonesNote: e.milestones.note ? localize(e.milestones.note, lang) : null,
    measures: (["plan", "related"] as const).map((scope) => ({
      scope,
      label: msg.measureScope[scope],
      states: stateOrder.map((state) => ({ state, label: msg.measureState[state], count: e.measureStates.counts[scope][state] })),
    })),
    measuresNote: e.measureStates.note ? localize(e.measureStates.note, lang) : null,
    dataGaps: e.dataGaps.map((d) => {
      const target = allTargets.find((t) => t.id === d.targetId);
      const a = e.goals.find((g) => g.goalId === d.goalId)?.assessments.find((x) => x.targetId === d.targetId);
      const reason = msg.insufficient[d.code] ?? (a ? humanize(a.reason[lang === "en" ? "en" : "nb"], names) : msg.insufficientFallback);
      return { goalId: d.goalId, targetId: d.targetId, target: target?.description ?? msg.noValue, reason };
    }),
    sources: plan.sources.map((s) => ({
      id: s.id,
      title: s.title,
      detail: [s.publisher, s.reference, s.date ? formatDateFor(s.date, lang) : undefined].filter((x): x is string => typeof x === "string" && x !== "").join(", "),
      url: s.url ?? null,
    })),
    messages: msg,
  };
}

/**
 * The budget section's sentences in reading order: the source's claim, what it leaves
 * uncertain, the calculation, the assumption (with where the readings disagree), the prices,
 * and the allocations no calculation can place.
 *
 * @example
 * ```ts
 * import { budgetLines } from "@opptrapping/report";
 * if (report.budget) for (const line of budgetLines(report.budget, report.messages)) console.log(line);
 * ```
 */
export function budgetLines(b: BudgetSection, msg: Messages): readonly string[] {
  return [b.claim, b.uncertainty ? `${msg.budgetParts.uncertainty}: ${b.uncertainty}` : null, b.calculation, b.assumption, b.prices, b.undated].filter((x): x is string => x !== null);
}

/** The latest period any assessment used or showed (figures not on the line count too): the data vintage. */
function latestPeriod(e: PlanEvaluation): string | null {
  let best: { period: string; end: string } | null = null;
  for (const g of e.goals)
    for (const a of g.assessments)
      for (const period of [...a.used.map((p) => p.period), ...a.notComparable.map((p) => p.period)]) {
        let end: string;
        try {
          end = periodBounds(parsePeriod(period)).end;
        } catch {
          continue;
        }
        if (best === null || end > best.end) best = { period, end };
      }
  return best?.period ?? null;
}

/** The budget's words in the report's language: the evaluation's bokmål or English sentences. */
function budgetText(text: LocalizedText, lang: "nb" | "en"): string {
  return lang === "en" ? (text.en ?? text.nb) : text.nb;
}

function budgetSection(plan: Plan, b: BudgetTrajectory, msg: Messages, lang: Lang, cite: (s: Parameters<typeof citeFor>[0]) => string, axis: TimeAxis): BudgetSection {
  const claim = b.claim;
  const pathLabel = localize(b.assumption.path.label, lang);
  const c = b.calculation;
  const verdictOf = (v: "onTrack" | "behind" | "undetermined" | "unknown") => msg.budgetVerdict[v];
  const exact = claim !== null && claim.range.high !== null && claim.range.low.equals(claim.range.high);
  const qualifier = (q: NonNullable<typeof claim>["qualifier"]) =>
    q === "about" ? (lang === "en" ? "about " : "om lag ") : q === "atLeast" ? (lang === "en" ? "at least " : "minst ") : q === "atMost" ? (lang === "en" ? "at most " : lang === "nn" ? "høgst " : "høyst ") : "";
  const words: BudgetWords = {
    claim: claim
      ? {
          // The source's own words in a Norwegian report; in English the amount with its qualifier and the words quoted.
          figure:
            lang === "en"
              ? `${qualifier(claim.qualifier)}${formatMoneyFor(claim.stated, lang, 2)}${claim.words ? ` ("${claim.words}")` : ""}`
              : (claim.words ?? `${qualifier(claim.qualifier)}${formatMoneyFor(claim.stated, lang)}`),
          range: exact ? null : formatMoneyRangeFor(claim.range.low, claim.range.high, lang),
          date: formatDateFor(claim.asOf, lang),
          claimedOnTrack: claim.claimedOnTrack,
          source: cite(claim.sources),
        }
      : null,
    calculation:
      c.kind === "unknown"
        ? { kind: "unknown" }
        : {
            kind: "computed",
            verdict: verdictOf(c.verdict),
            actual: formatMoneyRangeFor(c.actual.low, c.actual.high, lang),
            basis: c.basis,
            expected: formatMoneyFor(c.expected, lang, 2),
            year: Math.min(Math.max(b.budgetYear, b.commitment.startYear - 1), b.commitment.endYear),
          },
    path: pathLabel,
    readings: b.readings,
    others: (["onTrack", "undetermined", "behind", "unknown"] as const)
      .filter((v) => c.kind === "unknown" || v !== c.verdict)
      .flatMap((v) => {
        const paths = b.sensitivity.filter((r) => !r.isDefault && r.verdict === v).map((r) => localize(r.path.label, lang));
        return paths.length === 0 ? [] : [`${verdictOf(v)} ${lang === "en" ? "with" : "med"} ${paths.join(", ")}`];
      }),
  };
  const year = Math.min(Math.max(b.budgetYear, b.commitment.startYear - 1), b.commitment.endYear);
  // The evaluation words the budget in bokmål and English; nynorsk has its own sentences from the same fields.
  const sentences =
    lang === "nn"
      ? budgetWordingNynorsk(b, plan.sources)
      : {
          claim: b.wording.claim ? budgetText(b.wording.claim, lang) : null,
          calculation: budgetText(b.wording.calculation, lang),
          assumption: budgetText(b.wording.assumption, lang),
          prices: budgetText(b.wording.prices, lang),
        };
  return {
    line: words.claim ? msg.budgetLine(words) : `${msg.budgetLine(words)} ${cite(plan.commitment?.sources ?? [])}`.trimEnd(),
    claim: sentences.claim ? `${sentences.claim} ${claim ? cite(claim.sources) : ""}`.trimEnd() : null,
    uncertainty: claim?.uncertainty ? localize(claim.uncertainty, lang) : null,
    calculation: sentences.calculation,
    assumption: sentences.assumption,
    prices: sentences.prices,
    undated: b.undatedAllocationIds.length > 0 ? msg.budgetParts.undated(b.undatedAllocationIds.length) : null,
    verdict: c.kind === "unknown" ? "unknown" : c.verdict,
    readings: b.readings,
    sensitivity: b.sensitivity.map((r) => ({ path: localize(r.path.label, lang), expected: formatMoneyFor(r.expected, lang, 2), verdict: verdictOf(r.verdict), used: r.isDefault })),
    year,
    source: cite(claim ? claim.sources : (plan.commitment?.sources ?? [])),
    chart: budgetChart(plan, b, msg, lang, axis),
  };
}
