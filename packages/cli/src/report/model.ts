import { formatMoney, type Indicator, type Plan, type SourceRef } from "@opptrapping/core";
import { statusLabel, type PlanEvaluation } from "@opptrapping/indicators";
import type { Assessment, Colour, SeriesPoint, Status } from "@opptrapping/sdk";
import { cite, describeTarget, MEASURE_STATES, t, withUnit, type Lang } from "../text.js";

/** One target's row of the status report. */
export interface TargetRow {
  readonly id: string;
  readonly description: string;
  readonly status: Status;
  readonly statusText: string;
  readonly colour: Colour;
  readonly value: string;
  readonly valuePeriod: string | null;
  readonly trend: string;
  readonly source: string;
  readonly explanation: string;
  readonly unit: Indicator["unit"];
  readonly series: readonly SeriesPoint[];
  readonly targetValue: number | null;
  readonly deadline: number;
  readonly forecast: { readonly at: number; readonly value: number } | null;
}

/** One result goal with its targets. */
export interface GoalRow {
  readonly id: string;
  readonly areaId: string;
  readonly title: string;
  readonly status: Status;
  readonly statusText: string;
  readonly colour: Colour;
  readonly source: string;
  readonly targets: readonly TargetRow[];
}

/** Everything the status report shows, already worded in one language. */
export interface StatusReport {
  readonly title: string;
  readonly asOf: string;
  readonly lang: Lang;
  readonly goals: readonly GoalRow[];
  /** The areas of effort in plan order, with their roll-up status. */
  readonly areas: readonly { readonly id: string; readonly title: string; readonly status: Status; readonly statusText: string; readonly colour: Colour }[];
  readonly budget: {
    readonly actual: string;
    readonly expected: string;
    readonly gap: string;
    readonly onTrack: boolean;
    readonly share: number;
    readonly basis: string;
    readonly source: string;
    readonly path: readonly { readonly year: number; readonly expected: number }[];
    readonly actualNumber: number;
    readonly budgetYear: number;
  } | null;
  readonly milestones: readonly { readonly group: "overdue" | "unconfirmed" | "upcoming"; readonly due: string; readonly title: string; readonly source: string }[];
  readonly dataGaps: readonly { readonly targetId: string; readonly reason: string }[];
  /** Measures by lifecycle state as of the date: the state's words and the count. */
  readonly measures: readonly { readonly state: string; readonly label: string; readonly count: number }[];
  readonly counts: Readonly<Record<Status, number>>;
  readonly sources: readonly { readonly id: string; readonly title: string }[];
}


/** The year long-run targets are forecast for (the assessments' default horizon). */
const LONG_RUN_HORIZON = 2033;

function trendText(a: Assessment, unit: Indicator["unit"], lang: Lang): string {
  if (!a.trend) return lang === "nb" ? "ingen trend (for få målinger)" : "no trend (too few points)";
  const arrow = a.trend.slopePerYear > 0 ? "↑" : a.trend.slopePerYear < 0 ? "↓" : "→";
  const way = a.trend.improving ? (lang === "nb" ? "bedring" : "improving") : lang === "nb" ? "ikke bedring" : "not improving";
  return `${arrow} ${withUnit(Math.abs(a.trend.slopePerYear), unit, lang)}/${lang === "nb" ? "år" : "yr"}, ${way}`;
}

/**
 * Builds the status report's content from an evaluation: every goal and target with status,
 * value, target, trend and source; the budget; milestones due or overdue; data gaps.
 *
 * @example
 * ```ts
 * import { buildStatusReport } from "@opptrapping/cli";
 * const report = buildStatusReport(plan, evaluatePlan(plan, observations, { asOf: "2026-01" }), "en");
 * ```
 */
export function buildStatusReport(plan: Plan, e: PlanEvaluation, lang: Lang): StatusReport {
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const goals = e.goals.map((g): GoalRow => {
    const goal = plan.resultGoals.find((x) => x.id === g.goalId)!;
    return {
      id: g.goalId,
      areaId: g.areaId,
      title: t(goal.title, lang),
      status: g.status,
      statusText: statusLabel(g.status)[lang],
      colour: g.colour,
      source: cite(goal.sources),
      targets: g.assessments.map((a): TargetRow => {
        const target = goal.targets.find((x) => x.id === a.targetId)!;
        const indicator = indicators.get(a.indicatorId);
        const unit = indicator?.unit ?? "count";
        const sources: readonly SourceRef[] = target.sources;
        return {
          id: a.targetId,
          description: describeTarget(target, indicator, lang),
          status: a.status,
          statusText: statusLabel(a.status)[lang],
          colour: a.colour,
          value: a.value === null ? "–" : withUnit(a.value, unit, lang),
          valuePeriod: a.valuePeriod,
          trend: trendText(a, unit, lang),
          source: cite(sources),
          explanation: a.explanation[lang],
          unit,
          series: a.used,
          targetValue: a.targetValue,
          // Long-run targets are drawn against the end of the plan period, as they are forecast.
          deadline: a.forecast?.at ?? (target.deadline.kind === "year" ? target.deadline.year : LONG_RUN_HORIZON) + 1,
          forecast: a.forecast ? { at: a.forecast.at, value: a.forecast.value } : null,
        };
      }),
    };
  });
  const b = e.budget;
  const commitment = plan.commitment;
  const budget =
    b && commitment
      ? {
          actual: formatMoney(b.actual, { locale: lang }),
          expected: formatMoney(b.expected, { locale: lang }),
          gap: `${b.gap.isNegative() ? "−" : "+"}${formatMoney(b.gap.abs(), { locale: lang })}`,
          onTrack: b.onTrack,
          share: b.share,
          basis: b.basis,
          source: cite(b.reported ? b.reported.sources : commitment.sources),
          path: b.path.map((p) => ({ year: p.year, expected: p.expected.toNumber() })),
          actualNumber: b.actual.toNumber(),
          budgetYear: b.budgetYear,
        }
      : null;
  const milestoneRows = (["overdue", "unconfirmed", "upcoming"] as const).flatMap((group) =>
    e.milestones[group].map((m) => {
      const full = plan.milestones.find((x) => x.id === m.id)!;
      return { group, due: m.due, title: t(full.title, lang), source: cite(full.sources) };
    }),
  );
  return {
    title: t(plan.title, lang),
    asOf: e.asOf,
    lang,
    goals,
    areas: e.areas.map((a) => ({
      id: a.areaId,
      title: t(plan.areas.find((x) => x.id === a.areaId)!.title, lang),
      status: a.status,
      statusText: statusLabel(a.status)[lang],
      colour: a.colour,
    })),
    budget,
    milestones: milestoneRows,
    dataGaps: e.dataGaps.map((d) => ({ targetId: d.targetId, reason: d.reason })),
    measures: (["delivered", "inProgress", "planned", "phasedOut", "unknown"] as const).map((state) => ({
      state,
      label: MEASURE_STATES[state][lang],
      count: e.measures[state].length,
    })),
    counts: e.counts,
    sources: plan.sources.map((s) => ({ id: s.id, title: s.title })),
  };
}
