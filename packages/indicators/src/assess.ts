import {
  deepFreeze,
  isOrgUnitId,
  classifyOrgUnitId,
  parsePeriod,
  periodBounds,
  type BaselinePolicy,
  type Indicator,
  type SeriesBreak,
  type Observation,
  type PlanData,
  type Target,
} from "@opptrapping/core";
import type { AssessOptions, Assessment, AssessorInput, Measurement, Plugin, RuleIdOf, StatusRule, Toolkit } from "@opptrapping/sdk";
import { AssessmentInputError } from "./errors.js";
import { comparableWith } from "./assessors/common.js";
import { explain } from "./explain.js";
import { buildSeries } from "./series/buildSeries.js";
import { builtinToolkit, type BuiltinPlugin } from "./toolkit.js";

/**
 * Settings of {@link assess}. `P` is the plugins of the toolkit, so `rule` is checked against
 * the ids of the rules they register (a toolkit typed only as `Toolkit` accepts any string).
 */
export interface AssessSettings<P extends Plugin = Plugin> extends Partial<Omit<AssessOptions, "asOf" | "baselinePolicy">> {
  /**
   * As of when: an ISO date (`2026-01-31`) or any period string (`2026-01` means its last day).
   * Observations of periods ending later are left out.
   */
  readonly asOf: string;
  /**
   * Where the target's indicators are defined: the plan, or a list of indicators. The plan's
   * `baselinePolicy` (or, without one, its start year) also fixes baselines the target does not state.
   */
  readonly plan?: Pick<PlanData, "indicators"> & Partial<Pick<PlanData, "baselinePolicy" | "period">>;
  /**
   * How a target that states no baseline gets one.
   * @default the plan's `baselinePolicy`; else the last value at or before the plan's start year; else 2023
   */
  readonly baselinePolicy?: BaselinePolicy;
  readonly indicators?: readonly Indicator[];
  /** A status rule, or the id of one in the toolkit. @default "default" */
  readonly rule?: StatusRule | NoInfer<RuleIdOf<P>>;
  /** The toolkit giving assessors and rules. @default the built-in toolkit */
  readonly toolkit?: Toolkit<P>;
}

/** Resolves an `asOf` setting to an ISO date. */
export function resolveAsOf(asOf: string): string {
  return periodBounds(parsePeriod(asOf)).end;
}

/** The plan start year the default baseline policy uses when no plan says otherwise. */
const DEFAULT_BASELINE_YEAR = "2023";

/**
 * The baseline policy in force: the settings', the plan's, else the last value at or before
 * the plan's start year.
 */
export function resolveBaselinePolicy(settings: Pick<AssessSettings, "baselinePolicy" | "plan">): BaselinePolicy {
  if (settings.baselinePolicy) return settings.baselinePolicy;
  if (settings.plan?.baselinePolicy) return settings.plan.baselinePolicy;
  const start = settings.plan?.period === undefined ? DEFAULT_BASELINE_YEAR : periodBounds(parsePeriod(settings.plan.period)).start.slice(0, 4);
  return { kind: "lastAtOrBefore", period: start };
}

/** Fills in defaults for the assessor options; `method` is the status rule's preferred fit. */
export function resolveOptions(settings: AssessSettings, method?: AssessOptions["forecastMethod"]): AssessOptions {
  const noise = settings.defaultRelativeNoise ?? 0.01;
  if (!(noise >= 0) || !Number.isFinite(noise))
    throw new AssessmentInputError("invalid_setting", `defaultRelativeNoise must be a finite number ≥ 0, got ${noise}.`, ["defaultRelativeNoise"]);
  return {
    asOf: resolveAsOf(settings.asOf),
    forecastMethod: settings.forecastMethod ?? method ?? "linearLeastSquares",
    minPointsForTrend: settings.minPointsForTrend ?? 2,
    longRunHorizon: settings.longRunHorizon ?? 2033,
    halfLifeYears: settings.halfLifeYears ?? 2,
    baselinePolicy: resolveBaselinePolicy(settings),
    defaultRelativeNoise: noise,
  };
}

/**
 * Assesses one target against observations as of a date: value, baseline, target value, gap,
 * progress against the path, trend and forecast (one fit), interim milestones, status, colour
 * and an explanation in bokmål and English naming the observations used. Too little data
 * gives `insufficientData` with the reason — never NaN. Only observations of the target's org
 * unit (the nation by default) are read: sub-national observations are named in the reason,
 * and `evaluatePlan` or `aggregateAcrossUnits` builds the national series from them.
 *
 * @example
 * ```ts
 * import { assess } from "@opptrapping/indicators";
 * import { observations, plan, target } from "@opptrapping/psykisk-helse";
 * const a = assess(target("R5.phbu"), observations(), { asOf: "2026-01", plan: plan() });
 * a.status; // "atRisk"
 * ```
 */
export function assess<P extends Plugin = BuiltinPlugin>(
  target: Target,
  observations: readonly Observation[],
  settings: AssessSettings<P>,
): Assessment {
  const toolkit = settings.toolkit ?? builtinToolkit();
  const rule = typeof settings.rule === "object" ? settings.rule : toolkit.statusRule(settings.rule ?? "default");
  const options = resolveOptions(settings, rule.method);
  const indicators = settings.indicators ?? settings.plan?.indicators;
  if (!indicators)
    throw new AssessmentInputError("missing_indicators", "assess needs the target's indicator: pass `plan` or `indicators` in the settings.");
  const find = (id: string): Indicator => {
    const found = indicators.find((i) => i.id === id);
    if (!found) throw new AssessmentInputError("unknown_indicator", `Target ${target.id} refers to indicator "${id}", which is not among the given indicators.`);
    return found;
  };
  const indicator = find(target.indicatorId);
  // Only figures of the reporting period (or a coarser calendar period that contains whole ones)
  // make a trajectory: June–December is not comparable with whole years, nor a month with tertials.
  const select = (ind: Indicator) =>
    buildSeries(observations, {
      indicator: ind,
      ...(target.filter ? { filter: target.filter } : {}),
      orgUnit: target.orgUnit ?? "NO",
      asOf: options.asOf,
      comparable: (period) => comparableWith(period, ind),
    });
  const seriesBreak = latestBreak(indicator, target, options.asOf);
  const built = select(indicator);
  const main = built.series;
  const notComparable = built.notComparable;
  const referenceId = "referenceIndicatorId" in target ? target.referenceIndicatorId : undefined;
  const referenceIndicator = referenceId === undefined ? undefined : find(referenceId);
  // A break in the series starts it afresh: points before it are not comparable, so the first
  // point from the break on is the baseline, whatever the target or the plan's policy says.
  const breakStart = seriesBreak ? periodBounds(parsePeriod(seriesBreak.period)).start : undefined;
  const input: AssessorInput = {
    target: seriesBreak ? withoutBaseline(target) : target,
    indicator,
    series: breakStart === undefined ? main : { ...main, points: main.points.filter((p) => periodBounds(parsePeriod(p.period)).start >= breakStart) },
    ...(referenceIndicator ? { reference: { indicator: referenceIndicator, series: select(referenceIndicator).series } } : {}),
    options: seriesBreak ? { ...options, baselinePolicy: { kind: "firstAtOrAfter", period: seriesBreak.period } } : options,
  };
  const measured = (toolkit.assessor(target.kind).assess as (i: AssessorInput) => Measurement)(input);
  const measurement =
    measured.insufficient?.code !== "no_observations"
      ? measured
      : main.points.length === 0 && notComparable.length > 0
        ? {
            ...measured,
            insufficient: {
              code: "no_comparable_observations" as const,
              explanation: {
                nb: `Ingen tall for indikatorens rapporteringsperiode (${indicator.reportingPeriod ?? ""}) eller hele år; de ${notComparable.length} tallene som finnes, kan ikke sammenlignes.`,
                en: `No figures for the indicator's reporting period (${indicator.reportingPeriod ?? ""}) or whole years; the ${notComparable.length} there are cannot be compared.`,
              },
            },
          }
        : explainOtherUnits(measured, target, observations, indicator.id);
  const verdict = rule.decide({ target, indicator, measurement, options });
  return deepFreeze({
    ...measurement,
    ...verdict,
    targetId: target.id,
    kind: target.kind,
    indicatorId: indicator.id,
    asOf: options.asOf,
    rule: rule.id,
    seriesBreak: seriesBreak ? { period: seriesBreak.period, note: seriesBreak.note } : null,
    notComparable: notComparable.map((p) => ({ period: p.period, value: p.value })),
    explanation: explain(target, indicator, measurement, verdict, seriesBreak, notComparable),
  });
}

/**
 * A "no observations" measurement, reworded when the indicator has observations at other org
 * unit levels: says which levels and how to build the series the target needs from them.
 */
function explainOtherUnits(m: Measurement, target: Target, observations: readonly Observation[], indicatorId: string): Measurement {
  const wanted = target.orgUnit ?? "NO";
  const levels = new Map<string, number>();
  for (const o of observations) {
    if (o.indicatorId !== indicatorId || o.orgUnit === wanted) continue;
    const level = isOrgUnitId(o.orgUnit) ? classifyOrgUnitId(o.orgUnit) : "unknown";
    levels.set(level, (levels.get(level) ?? 0) + 1);
  }
  if (levels.size === 0) return m;
  const found = [...levels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([level, n]) => `${level} (${n})`).join(", ");
  return {
    ...m,
    insufficient: {
      code: "no_national_data",
      explanation: {
        nb: `Ingen observasjoner for ${wanted}, men ${indicatorId} har observasjoner på andre nivåer: ${found}. Bruk evaluatePlan, som bygger landstallet fra delene, eller aggregateAcrossUnits.`,
        en: `No observations for ${wanted}, but ${indicatorId} has observations at other org-unit levels: ${found}. Use evaluatePlan, which builds the national series from the parts, or aggregateAcrossUnits.`,
      },
    },
  };
}

/** The latest break, at or before the date, of the indicator's series for the target's slice. */
function latestBreak(indicator: Indicator, target: Target, asOf: string): SeriesBreak | undefined {
  const filter = target.filter ?? {};
  const keys = Object.keys(filter);
  const series = indicator.series?.find((s) => Object.keys(s.filter).length === keys.length && keys.every((k) => s.filter[k] === filter[k]));
  const due = series?.breaks.filter((b) => periodBounds(parsePeriod(b.period)).start <= asOf) ?? [];
  return due.at(-1);
}

/** The target without its stated baseline (a series break has made it incomparable). */
function withoutBaseline(target: Target): Target {
  if (!("baseline" in target) && !("baselineValue" in target)) return target;
  const { baseline: _b, baselineValue: _v, ...rest } = target as Target & { baseline?: string; baselineValue?: number };
  return rest as Target;
}

