import { Decimal, parsePeriod, periodBounds, type Indicator, type IndicatorUnit, type LocalizedText, type Plan, type Target } from "@opptrapping/core";
import type { PlanEvaluation } from "@opptrapping/indicators";
import type { Assessment, Colour, Status } from "@opptrapping/sdk";
import { citeFor, formatDateFor, formatMoneyFor, formatNumberFor, formatPeriodFor, formatValueFor } from "./format.js";
import { MESSAGES, type Lang, type Messages } from "./messages.js";
import { budgetChart, targetChart, timeAxis, type BudgetChartModel, type ChartModel, type TimeAxis } from "./chartModel.js";
import { optionalField } from "./optional.js";

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
  /** The report's own explanation: value, baseline, target, forecast, verdict, values used. */
  readonly explanation: string;
  readonly source: string;
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
  /** Set when some targets are unassessed: the goal's status rests on part of it. */
  readonly partial: boolean;
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
  readonly goals: readonly GoalSection[];
}

/** The budget escalation, worded. */
export interface BudgetSection {
  /** One line: amount, share, path, verdict. */
  readonly line: string;
  /** What a source states (with its "om lag"), kept apart from the calculation and also part of `line`; `null` when none. */
  readonly claim: string | null;
  /** The calculation's named assumptions (the path, the price basis). */
  readonly assumptions: readonly string[];
  /** How the verdict changes under other paths, when the evaluation says. */
  readonly sensitivity: readonly { readonly path: string; readonly expected: string; readonly verdict: string }[];
  readonly onTrack: boolean;
  readonly source: string;
  readonly chart: BudgetChartModel;
}

/** The headline (kort fortalt): the counts and the four lines under them. */
export interface Headline {
  readonly counts: { readonly onTrack: number; readonly atRisk: number; readonly offTrack: number; readonly noData: number; readonly total: number };
  /** The four counts in words, in the order on track, at risk, off track, without enough data. */
  readonly parts: readonly [string, string, string, string];
  /** The parts joined: "0 av 8 resultatmål i rute · 1 i fare · 2 ikke i rute · 5 uten nok data". */
  readonly text: string;
  readonly budget: string | null;
  readonly milestones: string;
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
  readonly milestones: readonly { readonly group: "overdue" | "unconfirmed" | "upcoming"; readonly groupText: string; readonly due: string; readonly title: string; readonly source: string }[];
  readonly measures: readonly { readonly state: string; readonly label: string; readonly count: number }[];
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

function explanationText(a: Assessment, unit: IndicatorUnit, msg: Messages, lang: Lang, names: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  if (a.value !== null && a.valuePeriod !== null) parts.push(msg.latest(formatValueFor(a.value, unit, lang), formatPeriodFor(a.valuePeriod, lang)));
  if (a.baseline) parts.push(msg.baseline(formatValueFor(a.baseline.value, unit, lang), formatPeriodFor(a.baseline.period, lang)));
  if (a.targetValue !== null) parts.push(msg.targetValue(formatValueFor(a.targetValue, unit, lang)));
  if (a.forecast) parts.push(msg.forecast(formatValueFor(a.forecast.value, unit, lang), String(Math.floor(a.forecast.at - 1e-9)), msg.forecastMethod[a.forecast.method] ?? ""));
  for (const missed of missedInterims(a)) parts.push(msg.missedInterim(formatPeriodFor(missed.period, lang), formatValueFor(missed.value, unit, lang)));
  if (a.status === "insufficientData") parts.push(insufficientText(a, msg, lang, names));
  else parts.push(humanize(a.reason[lang === "en" ? "en" : "nb"], names));
  const used = a.used;
  if (used.length === 0) {
    if (!parts.includes(msg.noneUsed)) parts.push(msg.noneUsed);
  } else
    parts.push(
      msg.basedOn(
        used.length,
        used.map((p) => `${formatPeriodFor(p.period, lang)} = ${formatValueFor(p.value, unit, lang)}${p.observations.some((o) => o.provisional) ? ` (${msg.provisional})` : ""}`).join("; "),
      ),
    );
  return parts.join(" ");
}

/** Why an assessment has too little data: the reason's words by its code, else the rule's sentence with ids replaced. */
function insufficientText(a: Assessment, msg: Messages, lang: Lang, names: ReadonlyMap<string, string>): string {
  const byCode = a.insufficient ? msg.insufficient[a.insufficient.code] : undefined;
  // The verdict's sentence exists in bokmål and English only; nynorsk takes the bokmål one.
  return byCode ?? humanize(a.reason[lang === "en" ? "en" : "nb"], names);
}

/** Interim milestones an assessment reports missed (a field the goal logic may add). */
function missedInterims(a: Assessment): readonly { readonly period: string; readonly value: number }[] {
  const raw = optionalField(a, "missedMilestones");
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((m: unknown) => {
    if (m === null || typeof m !== "object") return [];
    const period = optionalField(m, "period");
    const value = optionalField(m, "value");
    return typeof period === "string" && typeof value === "number" && Number.isFinite(value) ? [{ period, value }] : [];
  });
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
 * report.headline.text; // "0 of 8 result goals on track · 1 at risk · 2 off track · 5 without enough data"
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
        chart: targetChart({ assessment: a, target, unit, description, goalId: g.goalId, lang, axis }),
      };
    });
    const assessed = targets.filter((t) => t.status !== "insufficientData").length;
    const given = optionalField(g, "coverage");
    const coverage =
      given !== null && typeof given === "object" && typeof optionalField(given, "assessed") === "number" && typeof optionalField(given, "total") === "number"
        ? { assessed: optionalField(given, "assessed") as number, total: optionalField(given, "total") as number }
        : { assessed, total: targets.length };
    const partial = optionalField(g, "partial") === true || (coverage.assessed > 0 && coverage.assessed < coverage.total);
    return {
      id: g.goalId,
      areaId: g.areaId,
      title: goal ? localize(goal.title, lang) : g.goalId,
      status: g.status,
      statusText: msg.status[g.status],
      colour: g.colour,
      coverage: { ...coverage, text: msg.goalCoverage(coverage.assessed, coverage.total) },
      partial,
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

  const budget = budgetSection(plan, e, msg, lang, cite, axis);

  const milestones = (["overdue", "unconfirmed", "upcoming"] as const).flatMap((group) =>
    e.milestones[group].map((m) => {
      const full = plan.milestones.find((x) => x.id === m.id);
      return { group, groupText: msg.milestoneGroup[group], due: formatPeriodFor(m.due, lang), title: full ? localize(full.title, lang) : m.id, source: full ? cite(full.sources) : "" };
    }),
  );
  const next = milestones.find((m) => m.group === "upcoming");

  const latestData = latestPeriod(e);
  const allTargets = goals.flatMap((g) => g.targets);
  const headline: Headline = {
    counts,
    parts: msg.headline(counts),
    text: msg.headline(counts).join(" · "),
    budget: budget?.line ?? null,
    milestones: msg.milestonesLine({
      overdue: e.milestones.overdue.length,
      unconfirmed: e.milestones.unconfirmed.length,
      upcoming: e.milestones.upcoming.length,
      next: next ? `${next.title}, ${next.due}` : null,
    }),
    vintage: msg.vintage(latestData === null ? null : formatPeriodFor(latestData, lang), formatDateFor(plan.revision.asOf, lang)),
    coverage: msg.coverage(
      allTargets.filter((t) => t.status !== "insufficientData").length,
      allTargets.length,
      goals.filter((g) => g.coverage.assessed > 0).length,
      goals.length,
    ),
  };

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
    measures: (["delivered", "inProgress", "planned", "phasedOut", "unknown"] as const).map((state) => ({ state, label: msg.measureState[state], count: e.measures[state].length })),
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

/** A text that is a string or a localized text, in the report's language. */
function wordsOf(value: unknown, lang: Lang): string | null {
  if (typeof value === "string" && value !== "") return value;
  const nb = optionalField(value, "nb");
  if (typeof nb !== "string") return null;
  const own = optionalField(value, lang);
  return typeof own === "string" ? own : nb;
}

/**
 * The verdict under other budget paths, when the evaluation carries a sensitivity table
 * (`calculation.sensitivity: [{ path | name, expected, onTrack }]`, a field the budget logic may
 * add); rows it cannot read are left out.
 */
function sensitivityRows(b: NonNullable<PlanEvaluation["budget"]>, msg: Messages, lang: Lang): BudgetSection["sensitivity"] {
  const rows = optionalField(optionalField(b, "calculation"), "sensitivity");
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((row: unknown) => {
    const path = wordsOf(optionalField(row, "path") ?? optionalField(row, "name"), lang);
    const expected = optionalField(row, "expected");
    const onTrack = optionalField(row, "onTrack");
    const amount = typeof expected === "string" || typeof expected === "number" || Decimal.isDecimal(expected) ? expected : null;
    if (path === null || amount === null || typeof onTrack !== "boolean") return [];
    try {
      return [{ path, expected: formatMoneyFor(amount as string | number | Decimal, lang), verdict: onTrack ? msg.status.onTrack : msg.behind }];
    } catch {
      return [];
    }
  });
}

/** The latest period any assessment used: the data vintage. */
function latestPeriod(e: PlanEvaluation): string | null {
  let best: { period: string; end: string } | null = null;
  for (const g of e.goals)
    for (const a of g.assessments)
      for (const p of a.used) {
        let end: string;
        try {
          end = periodBounds(parsePeriod(p.period)).end;
        } catch {
          continue;
        }
        if (best === null || end > best.end) best = { period: p.period, end };
      }
  return best?.period ?? null;
}

function budgetSection(
  plan: Plan,
  e: PlanEvaluation,
  msg: Messages,
  lang: Lang,
  cite: (s: Parameters<typeof citeFor>[0]) => string,
  axis: TimeAxis,
): BudgetSection | null {
  const b = e.budget;
  const c = plan.commitment;
  if (!b || !c) return null;
  const gap = `${b.gap.isNegative() ? "−" : "+"}${formatMoneyFor(b.gap.abs(), lang)}`;
  const pathWords = msg.budgetPathWords;
  const reported = b.reported;
  // "om lag": the source's own hedge, when the evaluation carries it (a field the budget logic may add).
  const approximate = optionalField(optionalField(b, "claim"), "approximate") === true || (reported !== null && optionalField(reported, "approximate") === true);
  const claim = reported
    ? msg.budgetClaim({
        amount: formatMoneyFor(reported.cumulative, lang),
        asOf: formatPeriodFor(reported.asOf, lang),
        source: cite(reported.sources),
        claimedOnTrack: c.reported.find((r) => r.asOf === reported.asOf)?.claimedOnTrack === true,
        approximate,
      })
    : null;
  const line = msg.budgetLine({
    actual: formatMoneyFor(b.actual, lang),
    share: `${formatNumberFor(b.share * 100, lang, 0)}\u00a0%`,
    amount: formatMoneyFor(c.amount, lang),
    atLeast: c.atLeast,
    endYear: c.endYear,
    expected: formatMoneyFor(b.expected, lang),
    budgetYear: b.budgetYear,
    gap,
    onTrack: b.onTrack,
    path: pathWords,
    basis: b.basis,
    claim,
  });
  const assumptions = msg.budgetAssumptions;
  return {
    line: reported ? line : `${line} ${cite(c.sources)}`,
    claim,
    assumptions,
    sensitivity: sensitivityRows(b, msg, lang),
    onTrack: b.onTrack,
    source: cite(b.reported ? b.reported.sources : c.sources),
    chart: budgetChart(plan, b, msg, lang, axis),
  };
}

