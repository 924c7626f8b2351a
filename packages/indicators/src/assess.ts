import {
  deepFreeze,
  parsePeriod,
  periodBounds,
  type Indicator,
  type Observation,
  type PlanData,
  type Target,
} from "@opptrapping/core";
import type { AssessOptions, Assessment, AssessorInput, Measurement, Plugin, RuleIdOf, StatusRule, Toolkit } from "@opptrapping/sdk";
import { AssessmentInputError } from "./errors.js";
import { explain } from "./explain.js";
import { buildSeries } from "./series/buildSeries.js";
import { builtinToolkit, type BuiltinPlugin } from "./toolkit.js";

/**
 * Settings of {@link assess}. `P` is the plugins of the toolkit, so `rule` is checked against
 * the ids of the rules they register (a toolkit typed only as `Toolkit` accepts any string).
 */
export interface AssessSettings<P extends Plugin = Plugin> extends Partial<Omit<AssessOptions, "asOf">> {
  /**
   * As of when: an ISO date (`2026-01-31`) or any period string (`2026-01` means its last day).
   * Observations of periods ending later are left out.
   */
  readonly asOf: string;
  /** Where the target's indicators are defined: the plan, or a list of indicators. */
  readonly plan?: Pick<PlanData, "indicators">;
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

/** Fills in defaults for the assessor options. */
export function resolveOptions(settings: AssessSettings): AssessOptions {
  return {
    asOf: resolveAsOf(settings.asOf),
    forecastMethod: settings.forecastMethod ?? "linearLeastSquares",
    minPointsForTrend: settings.minPointsForTrend ?? 2,
    longRunHorizon: settings.longRunHorizon ?? 2033,
    halfLifeYears: settings.halfLifeYears ?? 2,
  };
}

/**
 * Assesses one target against observations as of a date: value, baseline, target value, gap,
 * progress, trend, forecast at the deadline, status, colour and an explanation in bokmål and
 * English naming the observations used. Too little data gives `insufficientData` with the
 * reason — never NaN.
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
  const options = resolveOptions(settings);
  const toolkit = settings.toolkit ?? builtinToolkit();
  const indicators = settings.indicators ?? settings.plan?.indicators;
  if (!indicators)
    throw new AssessmentInputError("missing_indicators", "assess needs the target's indicator: pass `plan` or `indicators` in the settings.");
  const find = (id: string): Indicator => {
    const found = indicators.find((i) => i.id === id);
    if (!found) throw new AssessmentInputError("unknown_indicator", `Target ${target.id} refers to indicator "${id}", which is not among the given indicators.`);
    return found;
  };
  const indicator = find(target.indicatorId);
  const select = (ind: Indicator) =>
    buildSeries(observations, { indicator: ind, ...(target.filter ? { filter: target.filter } : {}), orgUnit: target.orgUnit ?? "NO", asOf: options.asOf }).series;
  const referenceId = "referenceIndicatorId" in target ? target.referenceIndicatorId : undefined;
  const referenceIndicator = referenceId === undefined ? undefined : find(referenceId);
  const input: AssessorInput = {
    target,
    indicator,
    series: select(indicator),
    ...(referenceIndicator ? { reference: { indicator: referenceIndicator, series: select(referenceIndicator) } } : {}),
    options,
  };
  const measurement = (toolkit.assessor(target.kind).assess as (i: AssessorInput) => Measurement)(input);
  const rule = typeof settings.rule === "object" ? settings.rule : toolkit.statusRule(settings.rule ?? "default");
  const verdict = rule.decide({ target, indicator, measurement, options });
  return deepFreeze({
    ...measurement,
    ...verdict,
    targetId: target.id,
    kind: target.kind,
    indicatorId: indicator.id,
    asOf: options.asOf,
    rule: rule.id,
    explanation: explain(target, indicator, measurement, verdict),
  });
}
