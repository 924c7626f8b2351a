import { Decimal, parsePeriod, periodBounds, periodMidpoint, type IndicatorUnit, type LocalizedText, type Plan, type Target } from "@opptrapping/core";
import type { BudgetTrajectory, PlanEvaluation } from "@opptrapping/indicators";
import type { Assessment, Colour, Status } from "@opptrapping/sdk";
import { displayValue, formatMoneyFor, formatMoneyRangeFor, formatNumberFor, formatPeriodFor, formatValueFor } from "./format.js";
import { MESSAGES, type Lang, type Messages } from "./messages.js";

/**
 * The time axis all charts of one report share: whole years from `from` to `to`, each year a
 * band from `t = year` to `t = year + 1` (periods sit at their midpoints, a deadline at the
 * end of its year).
 */
export interface TimeAxis {
  readonly from: number;
  readonly to: number;
  /** The year long-run targets ("på sikt") are judged against: the plan's last year. */
  readonly horizon: number;
  /** The years that carry a label. */
  readonly labelled: readonly number[];
}

/** What a chart's legend can show. */
export type LegendItem =
  | "measured"
  | "provisional"
  | "notComparable"
  | "seriesBreak"
  | "target"
  | "baseline"
  | "interim"
  | "forecast"
  | "deadline"
  | "path"
  | "otherPaths"
  | "allocated"
  | "reported"
  | "commitment";

/** A data table standing in for a chart (for screen readers, print and copying). */
export interface ChartTable {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** One point of a chart, in the unit as shown (a share as a percentage). */
export interface ChartPoint {
  readonly t: number;
  readonly value: number;
  readonly period: string;
  readonly valueText: string;
  readonly provisional: boolean;
}

/** A marked value with its label (baseline, interim milestone, forecast). */
export interface ChartMark {
  readonly t: number;
  readonly value: number;
  readonly label: string;
  readonly valueText: string;
}

/** An interim milestone with what the data says of it. */
export interface InterimMark extends ChartMark {
  readonly state: "met" | "missed" | "noData" | "pending";
}

/** The value axis: its range and ticks, in the indicator's unit. */
export interface ValueAxis {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
  readonly tickLabels: readonly string[];
  /** The unit's words, printed at the top of the axis. */
  readonly unitLabel: string;
}

/** One target's chart: everything an SVG renderer draws, already in the report's language. */
export interface ChartModel {
  readonly id: string;
  readonly goalId: string;
  /** Short title (`<title>`): the goal and the target in words. */
  readonly title: string;
  /** The text alternative (`<desc>`). */
  readonly description: string;
  readonly status: Status;
  readonly colour: Colour;
  readonly unit: IndicatorUnit;
  readonly axis: TimeAxis;
  /** `null` when there is nothing to scale by: then the chart shows its empty state, never a made-up axis. */
  readonly values: ValueAxis | null;
  readonly unitLabel: string;
  readonly points: readonly ChartPoint[];
  /** Figures shown but not on the line: their period is not comparable with the reporting period (`notComparable`). */
  readonly offLine: readonly ChartPoint[];
  /** Where the series breaks (earlier values left out), when it does. */
  readonly seriesBreak: { readonly t: number; readonly label: string } | null;
  readonly baseline: ChartMark | null;
  /** Whether the baseline is one of the points (then it is labelled, not drawn again). */
  readonly baselineIsPoint: boolean;
  readonly target: { readonly value: number; readonly label: string } | null;
  /** Where the deadline is; `label` for the legend and the table, `short` on the line itself. */
  readonly deadline: { readonly t: number; readonly label: string; readonly short: string };
  readonly interim: readonly InterimMark[];
  readonly forecast: (ChartMark & { readonly fromT: number; readonly fromValue: number }) | null;
  readonly legend: readonly { readonly item: LegendItem; readonly label: string }[];
  readonly table: ChartTable;
  /** The empty-state message, when there are no values. */
  readonly emptyText: string | null;
}

/** The budget chart: the commitment's assumed path against the permanent allocations and the sums the sources state, in NOK billions. */
export interface BudgetChartModel {
  readonly title: string;
  readonly description: string;
  readonly axis: TimeAxis;
  readonly values: ValueAxis;
  readonly unitLabel: string;
  readonly path: readonly { readonly t: number; readonly value: number }[];
  /** The other readings of the phase-in (the sensitivity table's paths), drawn thin: where they part is where the verdict may change. */
  readonly otherPaths: readonly { readonly label: string; readonly points: readonly { readonly t: number; readonly value: number }[] }[];
  readonly allocated: readonly { readonly t: number; readonly value: number }[];
  /** The sums the sources state; `low`/`high` is how "om lag" is read (equal for an exact figure, `high` null for "minst"). */
  readonly reported: readonly (ChartMark & { readonly low: number; readonly high: number | null })[];
  readonly commitment: { readonly value: number; readonly label: string };
  readonly legend: readonly { readonly item: LegendItem; readonly label: string }[];
  readonly table: ChartTable;
}

function yearOf(period: string): number | null {
  try {
    return Number(periodBounds(parsePeriod(period)).start.slice(0, 4));
  } catch {
    return null;
  }
}

function midpoint(period: string): number | null {
  try {
    return periodMidpoint(parsePeriod(period));
  } catch {
    return null;
  }
}

/**
 * The shared time axis of a report: from the earliest value, baseline or interim milestone
 * (at the latest the plan's first year) to the latest deadline or forecast (at the earliest
 * the plan's last year), so 2023 → 2033, or 2015 → 2040 when the data or a target reach there.
 *
 * @example
 * ```ts
 * import { timeAxis } from "@opptrapping/report";
 * const axis = timeAxis(plan, evaluation); // { from: 2023, to: 2040, labelled: [2024, 2026, …, 2040] }
 * ```
 */
export function timeAxis(plan: Plan, e: PlanEvaluation): TimeAxis {
  const planYears = (() => {
    try {
      const b = periodBounds(parsePeriod(plan.period));
      return [Number(b.start.slice(0, 4)), Number(b.end.slice(0, 4))] as const;
    } catch {
      return [2023, 2033] as const;
    }
  })();
  let from = planYears[0];
  let to = planYears[1];
  for (const g of plan.resultGoals)
    for (const t of g.targets) {
      if (t.deadline.kind === "year") to = Math.max(to, t.deadline.year);
      for (const m of t.milestones ?? []) {
        const y = yearOf(m.period);
        if (y !== null) from = Math.min(from, y);
      }
    }
  for (const g of e.goals)
    for (const a of g.assessments) {
      for (const p of a.used) from = Math.min(from, Math.floor(p.t));
      for (const p of a.notComparable) {
        const y = yearOf(p.period);
        if (y !== null) from = Math.min(from, y);
      }
      if (a.baseline) {
        const y = yearOf(a.baseline.period);
        if (y !== null) from = Math.min(from, y);
      }
      if (a.forecast) to = Math.max(to, Math.ceil(a.forecast.at) - 1);
    }
  const span = to - from + 1;
  const step = span <= 12 ? 1 : span <= 24 ? 2 : 5;
  const labelled: number[] = [];
  for (let y = to; y >= from; y -= step) labelled.unshift(y);
  return { from, to, horizon: planYears[1], labelled };
}

const NICE = [1, 2, 2.5, 5, 10] as const;

const capitalize = (text: string) => (text === "" ? text : `${text[0]!.toUpperCase()}${text.slice(1)}`);

/** A step of 1, 2, 2.5 or 5 × 10^n giving about four intervals over the span. */
function niceStep(span: number): number {
  const raw = span / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return (NICE.find((n) => n * magnitude >= raw) ?? 10) * magnitude;
}

/**
 * A value axis holding every value with padding: 15 % of the spread, at least 10 % of the
 * largest magnitude, each side, extended to whole steps of 1, 2, 2.5 or 5 × 10ⁿ; never below 0
 * for quantities that cannot be negative, never past 100 for a percentage. `null` without values.
 *
 * @example
 * ```ts
 * import { valueAxis } from "@opptrapping/report";
 * valueAxis([37.5, 35], "days", "dager", "nb", true)?.ticks; // [30, 32.5, 35, 37.5, 40, 42.5]
 * ```
 */
export function valueAxis(values: readonly number[], unit: IndicatorUnit, unitLabel: string, lang: Lang, nonNegative: boolean): ValueAxis | null {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return null;
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  // Padding scales with the values as well as their spread, so two close values are not blown
  // up to fill the chart: 15 % of the spread, at least 10 % of the largest magnitude.
  const pad = Math.max((hi - lo) * 0.15, Math.max(Math.abs(hi), Math.abs(lo)) * 0.1, 1e-6);
  let min = lo - pad;
  let max = hi + pad;
  if (nonNegative && lo >= 0) min = Math.max(0, min);
  if ((unit === "percent" || unit === "share") && hi <= 100) max = Math.min(100, max);
  const step = niceStep(max - min);
  min = Math.floor(min / step + 1e-9) * step;
  max = Math.ceil(max / step - 1e-9) * step;
  if (max === min) max = min + step;
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 1e6; v += step) ticks.push(Math.round(v / step) * step);
  const decimals = Math.min(6, (String(step).split(".")[1] ?? "").length);
  return { min, max, ticks, tickLabels: ticks.map((t) => formatNumberFor(t, lang, decimals)), unitLabel };
}

const NON_NEGATIVE: Readonly<Record<IndicatorUnit, boolean>> = { days: true, percent: true, share: true, count: true, years: true, nok: true, per100k: true, places: true, index: false };

/** What {@link targetChart} needs about one assessment. */
export interface TargetChartInput {
  readonly assessment: Assessment;
  readonly target: Target | undefined;
  readonly unit: IndicatorUnit;
  readonly description: string;
  readonly goalId: string;
  readonly lang: Lang;
  readonly axis: TimeAxis;
}

/**
 * The chart model of one target: the values (provisional ones marked), the baseline, interim
 * milestones and the target drawn and labelled, the deadline, the forecast, a legend of what
 * is drawn, a text alternative and a data table.
 *
 * @example
 * ```ts
 * import { targetChart } from "@opptrapping/report";
 * const chart = targetChart({ assessment, target, unit: "days", description: "PHBU < 35 dager", goalId: "R5", lang: "nb", axis });
 * ```
 */
export function targetChart(input: TargetChartInput): ChartModel {
  const { assessment: a, target, unit, lang, axis } = input;
  const msg: Messages = MESSAGES[lang];
  // Values are drawn as shown: a share (0–1) as a percentage, so the axis reads 0–100.
  const v = (x: number) => formatValueFor(x, unit, lang);
  const d = (x: number) => displayValue(x, unit);
  const points: ChartPoint[] = a.used.map((p) => ({
    t: p.t,
    value: d(p.value),
    period: formatPeriodFor(p.period, lang),
    valueText: v(p.value),
    provisional: p.observations.some((o) => o.provisional),
  }));
  const offLine: ChartPoint[] = a.notComparable.flatMap((p) => {
    const t = midpoint(p.period);
    return t === null ? [] : [{ t, value: d(p.value), period: formatPeriodFor(p.period, lang), valueText: v(p.value), provisional: false }];
  });
  const breakT = a.seriesBreak ? midpoint(a.seriesBreak.period) : null;
  const breakStart = a.seriesBreak ? yearOf(a.seriesBreak.period) : null;
  const seriesBreak = a.seriesBreak && breakT !== null && breakStart !== null ? { t: breakStart, label: msg.chart.seriesBreak(formatPeriodFor(a.seriesBreak.period, lang)) } : null;
  const longRun = target?.deadline.kind !== "year";
  const deadlineYear = target?.deadline.kind === "year" ? target.deadline.year : a.forecast ? Math.ceil(a.forecast.at) - 1 : axis.horizon;
  const deadline = {
    t: Math.min(deadlineYear, axis.to) + 1,
    label: longRun ? msg.chart.longRun(String(deadlineYear)) : msg.chart.deadline(String(deadlineYear)),
    short: longRun ? msg.chart.longRunShort(String(deadlineYear)) : msg.chart.deadline(String(deadlineYear)),
  };
  const baselineT = a.baseline ? midpoint(a.baseline.period) : null;
  // A baseline that is one of the values is labelled on that value rather than drawn twice.
  const baselineIsPoint = a.baseline !== null && baselineT !== null && points.some((p) => Math.abs(p.t - baselineT) < 1e-6 && p.value === a.baseline?.value);
  const baseline =
    a.baseline && baselineT !== null
      ? { t: baselineT, value: d(a.baseline.value), label: msg.chart.baseline(formatPeriodFor(a.baseline.period, lang)), valueText: v(a.baseline.value) }
      : null;
  // The assessment's checks when it has them (with their state), else the plan's milestones as pending.
  const checks = a.milestones.length > 0 ? a.milestones : (target?.milestones ?? []).map((m) => ({ period: m.period, value: m.value, observed: null, state: "pending" as const }));
  const interim = checks.flatMap((m): InterimMark[] => {
    const t = midpoint(m.period);
    return t === null ? [] : [{ t, value: d(m.value), label: msg.chart.interim(formatPeriodFor(m.period, lang)), valueText: v(m.value), state: m.state }];
  });
  const last = points.at(-1);
  const forecast =
    a.forecast && last
      ? { t: Math.min(a.forecast.at, axis.to + 1), value: d(a.forecast.value), label: msg.chart.forecast, valueText: v(a.forecast.value), fromT: last.t, fromValue: last.value }
      : null;
  // A threshold or coverage target has its value in the plan even before there is any data.
  const targetValue = a.targetValue ?? (target?.kind === "threshold" || target?.kind === "coverage" ? target.value : null);
  const targetLine = targetValue === null ? null : { value: d(targetValue), label: msg.chart.target(v(targetValue)) };
  const unitLabel = msg.unit[unit];
  const values = valueAxis(
    [...points.map((p) => p.value), ...offLine.map((p) => p.value), ...(targetLine ? [targetLine.value] : []), ...(baseline ? [baseline.value] : []), ...interim.map((m) => m.value), ...(forecast ? [forecast.value] : [])],
    unit,
    unitLabel,
    lang,
    NON_NEGATIVE[unit],
  );
  const legend: { item: LegendItem; label: string }[] = [];
  if (points.some((p) => !p.provisional)) legend.push({ item: "measured", label: msg.chart.measured });
  if (points.some((p) => p.provisional)) legend.push({ item: "provisional", label: msg.chart.provisional });
  if (offLine.length > 0) legend.push({ item: "notComparable", label: msg.chart.notComparable });
  if (seriesBreak) legend.push({ item: "seriesBreak", label: seriesBreak.label });
  if (baseline) legend.push({ item: "baseline", label: baseline.label });
  for (const m of interim) legend.push({ item: "interim", label: `${m.label}: ${m.valueText}${m.state === "pending" ? "" : ` (${msg.chart.interimState[m.state]})`}` });
  if (targetLine) legend.push({ item: "target", label: targetLine.label });
  if (forecast) legend.push({ item: "forecast", label: `${forecast.label} ${forecast.valueText}` });
  legend.push({ item: "deadline", label: deadline.label });
  const status = msg.status[a.status];
  const rows: string[][] = [
    ...(baseline && !baselineIsPoint ? [[baseline.label, baseline.valueText]] : []),
    ...points.map((p) => [baselineIsPoint && baseline && Math.abs(p.t - baseline.t) < 1e-6 ? `${p.period} (${msg.chart.baselineWord})` : p.period, `${p.valueText}${p.provisional ? ` (${msg.provisional})` : ""}`]),
    ...offLine.map((p) => [p.period, `${p.valueText} (${msg.chart.notComparable})`]),
    ...interim.map((m) => [m.label, `${m.valueText}${m.state === "pending" ? "" : ` (${msg.chart.interimState[m.state]})`}`]),
    ...(targetLine ? [[`${msg.columns.target} (${deadline.label})`, v(targetLine.value)]] : []),
    ...(forecast ? [[`${forecast.label} (${deadline.label})`, forecast.valueText]] : []),
  ].map(([head, value]) => [capitalize(head ?? ""), value ?? ""]);
  return {
    id: a.targetId,
    goalId: input.goalId,
    title: `${input.goalId}: ${input.description}`,
    description: msg.chart.description({
      points: points.length,
      first: points[0] ? `${points[0].period} ${points[0].valueText}` : null,
      last: last ? `${last.period} ${last.valueText}` : null,
      target: targetLine ? v(targetLine.value) : null,
      status,
    }),
    status: a.status,
    colour: a.colour,
    unit,
    axis,
    values,
    unitLabel,
    points,
    offLine,
    seriesBreak,
    baseline,
    baselineIsPoint,
    target: targetLine,
    deadline,
    interim,
    forecast,
    legend,
    table: { caption: `${msg.chart.tableCaption}: ${input.goalId} ${input.description}`, head: [msg.columns.period, `${msg.columns.value} (${unitLabel})`], rows },
    emptyText: points.length === 0 && offLine.length === 0 ? msg.chart.noData : null,
  };
}

const BILLION = new Decimal("1000000000");

/**
 * The budget chart model: the expected cumulative permanent increase on the assumed path
 * (`assumption.path`) each budget year, the permanent allocations summed up to each year, the
 * sums the sources state (with "om lag" as a range), and the commitment, in NOK billions.
 *
 * @example
 * ```ts
 * import { budgetChart, MESSAGES } from "@opptrapping/report";
 * const chart = budgetChart(plan, evaluation.budget!, MESSAGES.nb, "nb", axis);
 * ```
 */
export function budgetChart(plan: Plan, b: BudgetTrajectory, msg: Messages, lang: Lang, axis: TimeAxis): BudgetChartModel {
  const bn = (x: Decimal) => x.div(BILLION).toNumber();
  const years = b.assumption.path.years;
  const pathLabel = localizedLabel(b.assumption.path.label, lang);
  const path = years.map((p) => ({ t: p.year + 0.5, value: bn(p.expected) }));
  const otherPaths = b.sensitivity
    .filter((r) => !r.isDefault)
    .map((r) => ({ label: localizedLabel(r.path.label, lang), points: r.path.years.map((p) => ({ t: p.year + 0.5, value: bn(p.expected) })) }));
  const upTo = years.map((p) => p.year).filter((y) => y <= b.budgetYear);
  const permanent = plan.allocations.filter((x) => x.permanence === "permanent" && x.budgetYear !== undefined);
  const allocatedByYear = upTo.map((y) => ({
    year: y,
    sum: permanent.filter((x) => (x.budgetYear ?? Infinity) <= y).reduce((s, x) => s.plus(x.amount), new Decimal(0)),
  }));
  // Without any permanent allocation of a known year there is nothing to sum: no bars, no column.
  const anyAllocated = allocatedByYear.some((x) => !x.sum.isZero());
  const allocated = anyAllocated ? allocatedByYear.map((x) => ({ t: x.year + 0.5, value: bn(x.sum) })) : [];
  // The claim that counts by the date, read as the evaluation reads it; earlier reports as stated.
  const claim = b.claim;
  const reported = (plan.commitment?.reported ?? []).flatMap((r) => {
    const t = midpoint(r.asOf);
    let end: string;
    try {
      end = periodBounds(parsePeriod(r.asOf)).end;
    } catch {
      return [];
    }
    if (t === null || end > b.asOf) return [];
    const range = claim && claim.asOf === r.asOf ? claim.range : { low: r.cumulative, high: r.cumulative };
    const words = claim && claim.asOf === r.asOf && !isExact(claim.range) ? ` (${formatMoneyRangeFor(range.low, range.high, lang)})` : "";
    return [
      {
        t,
        value: bn(r.cumulative),
        low: bn(range.low),
        high: range.high === null ? null : bn(range.high),
        label: `${msg.chart.budgetReported} ${formatPeriodFor(r.asOf, lang)}`,
        valueText: `${formatMoneyFor(r.cumulative, lang)}${words}`,
      },
    ];
  });
  const commitment = { value: bn(b.commitment.amount), label: msg.chart.budgetCommitment(formatMoneyFor(b.commitment.amount, lang)) };
  const unitLabel = msg.chart.moneyUnit;
  const values = valueAxis(
    [0, commitment.value, ...path.map((p) => p.value), ...otherPaths.flatMap((o) => o.points.map((p) => p.value)), ...allocated.map((p) => p.value), ...reported.flatMap((r) => [r.value, r.low, ...(r.high === null ? [] : [r.high])])],
    "nok",
    unitLabel,
    lang,
    true,
  ) ?? { min: 0, max: 1, ticks: [0, 1], tickLabels: ["0", "1"], unitLabel };
  const legend: { item: LegendItem; label: string }[] = [
    { item: "path", label: `${msg.chart.budgetPath}: ${pathLabel}` },
    ...(otherPaths.length > 0 ? [{ item: "otherPaths" as const, label: msg.chart.budgetOtherPaths }] : []),
    ...(allocated.length > 0 ? [{ item: "allocated" as const, label: msg.chart.budgetAllocated }] : []),
    ...(reported.length > 0 ? [{ item: "reported" as const, label: msg.chart.budgetReported }] : []),
    { item: "commitment", label: commitment.label },
  ];
  const rows = years.map((p) => {
    const a = allocatedByYear.find((x) => x.year === p.year);
    return anyAllocated ? [String(p.year), formatMoneyFor(p.expected, lang, 2), a ? formatMoneyFor(a.sum, lang, 2) : msg.noValue] : [String(p.year), formatMoneyFor(p.expected, lang, 2)];
  });
  const lastYear = Math.min(Math.max(b.budgetYear, b.commitment.startYear), b.commitment.endYear);
  const expected = years.find((p) => p.year === lastYear)?.expected ?? new Decimal(0);
  const stated = claim ? `${formatMoneyFor(claim.stated, lang)}${!isExact(claim.range) ? ` (${formatMoneyRangeFor(claim.range.low, claim.range.high, lang)})` : ""}` : null;
  return {
    title: msg.chart.budgetTitle,
    description: msg.chart.budgetDescription(stated, pathLabel, formatMoneyFor(expected, lang, 2), lastYear, formatMoneyFor(b.commitment.amount, lang)),
    axis: { ...axis, from: Math.min(axis.from, b.commitment.startYear), to: Math.max(axis.to, b.commitment.endYear) },
    values,
    unitLabel,
    path,
    otherPaths,
    allocated,
    reported,
    commitment,
    legend,
    table: {
      caption: `${msg.chart.budgetTitle} (${pathLabel})`,
      head: anyAllocated ? [msg.columns.year, msg.columns.path, msg.columns.allocated] : [msg.columns.year, msg.columns.path],
      rows: [...rows, ...reported.map((r) => (anyAllocated ? [r.label, r.valueText, ""] : [r.label, r.valueText]))],
    },
  };
}

/** A localized label in the report's language, falling back to bokmål. */
function localizedLabel(text: LocalizedText, lang: Lang): string {
  return lang === "en" ? (text.en ?? text.nb) : lang === "nn" ? (text.nn ?? text.nb) : text.nb;
}

/** Whether a range is one amount (an exact figure). */
function isExact(range: { readonly low: Decimal; readonly high: Decimal | null }): boolean {
  return range.high !== null && range.low.equals(range.high);
}
