import type { Indicator, Observation } from "@opptrapping/core";
import { AggregationError } from "./AggregationError.js";
import { axesOf } from "./axesOf.js";

/**
 * The share of units (or of their weight) below which an aggregate across units is flagged
 * insufficient (or refused with `onIncomplete: "refuse"`): 0.9, nine in ten. A sum (count or
 * stock) is flagged `partialSum` whenever any expected unit lacks a value, whatever the share.
 *
 * @example
 * ```ts
 * import { DEFAULT_MIN_UNIT_COVERAGE } from "@opptrapping/indicators";
 * DEFAULT_MIN_UNIT_COVERAGE; // 0.9
 * ```
 */
export const DEFAULT_MIN_UNIT_COVERAGE = 0.9;

/**
 * Which units an aggregate across units should rest on, and what to do when it rests on fewer.
 *
 * @example
 * ```ts
 * import type { UnitCoverageOptions } from "@opptrapping/indicators";
 * const o: UnitCoverageOptions = { expected: ["rhf-sor-ost", "rhf-vest", "rhf-midt-norge", "rhf-nord"], minCoverage: 1 };
 * ```
 */
export interface UnitCoverageOptions {
  /** The units the whole consists of for this period (e.g. the municipalities valid that year). */
  readonly expected?: readonly string[];
  /**
   * Each expected unit's weight (its population, or the indicator's denominator). Coverage by
   * weight then says what share of the population the present units hold. Without it, a
   * proportion or rate uses the denominators the observations give (suppressed ones included),
   * when every expected unit has one.
   */
  readonly weights?: Readonly<Record<string, number>>;
  /** Coverage (by weight when known, else by units) below which the aggregate is insufficient. @default DEFAULT_MIN_UNIT_COVERAGE (0.9) */
  readonly minCoverage?: number;
  /** `flag`: return it with `sufficient: false`; `refuse`: throw `incomplete_coverage`. @default "flag" */
  readonly onIncomplete?: "flag" | "refuse";
}

/**
 * How many of the expected units an aggregate across units rests on. `present` units gave a
 * value; `suppressed` ones were withheld (their counts and denominators, when the source gave
 * them, are still used for `weightShare`); `missing` ones gave no observation at all.
 *
 * @example
 * ```ts
 * import type { UnitCoverage } from "@opptrapping/indicators";
 * const c: UnitCoverage = {
 *   expected: 4, present: 3, suppressed: [], missing: ["rhf-nord"], share: 0.75, threshold: 0.9,
 *   sufficient: false, partialSum: true,
 * };
 * ```
 */
export interface UnitCoverage {
  /** Units expected for the period. */
  readonly expected: number;
  /** Expected units with a value. */
  readonly present: number;
  /** Expected units whose value was suppressed, sorted. */
  readonly suppressed: readonly string[];
  /** Expected units with no observation, sorted. */
  readonly missing: readonly string[];
  /** `present / expected` (1 when nothing is expected). */
  readonly share: number;
  /** The present units' share of the expected units' weight, when every expected unit's weight is known. */
  readonly weightShare?: number;
  /** The threshold applied (`minCoverage`). */
  readonly threshold: number;
  /** Coverage (`weightShare` when known, else `share`) reaches the threshold. */
  readonly sufficient: boolean;
  /**
   * The value is a sum (a count or a stock such as beds) over fewer than all expected units:
   * a lower bound, never a level to compare with a complete period — a drop in it is not a cut.
   */
  readonly partialSum: boolean;
}

/**
 * Works out {@link UnitCoverage} for observations aggregated across units, and refuses
 * (`incomplete_coverage`, naming the missing and suppressed units and the period) when asked
 * to. Units given that are not expected do not count as present. Internal.
 *
 * @example
 * ```ts
 * unitCoverageOf(observations, indicator, "NO", "2025", { expected: ["03", "46"] }).share; // 0.5 when only 03 has a value
 * ```
 */
export function unitCoverageOf(
  observations: readonly Pick<Observation, "orgUnit" | "value" | "flags" | "denominator">[],
  indicator: Indicator,
  orgUnit: string,
  period: string,
  options: UnitCoverageOptions,
): UnitCoverage | undefined {
  if (options.expected === undefined) return undefined;
  const threshold = options.minCoverage ?? DEFAULT_MIN_UNIT_COVERAGE;
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new AggregationError("invalid_options", `Cannot aggregate ${indicator.id} into ${orgUnit}: minCoverage must be 0–1, got ${String(threshold)}.`);
  }
  const expected = [...new Set(options.expected)].sort();
  const given = new Map<string, Pick<Observation, "orgUnit" | "value" | "flags" | "denominator">>();
  for (const o of observations) given.set(o.orgUnit, o);
  const present: string[] = [];
  const suppressed: string[] = [];
  const missing: string[] = [];
  for (const unit of expected) {
    const o = given.get(unit);
    if (o === undefined) missing.push(unit);
    else if (o.value === null) (o.flags.includes("suppressed") ? suppressed : missing).push(unit);
    else present.push(unit);
  }
  const share = expected.length === 0 ? 1 : present.length / expected.length;
  const weightOf = (unit: string): number | undefined => {
    const w = options.weights?.[unit];
    if (w !== undefined) return w;
    const ratio = indicator.aggregation === "proportion" || indicator.aggregation === "rate";
    return ratio && options.weights === undefined ? given.get(unit)?.denominator : undefined;
  };
  let weightShare: number | undefined;
  const weights = expected.map(weightOf);
  if (expected.length > 0 && weights.every((w): w is number => w !== undefined && Number.isFinite(w) && w >= 0)) {
    const total = weights.reduce((a, b) => a + b, 0);
    const have = expected.reduce((s, unit, i) => s + (present.includes(unit) ? weights[i]! : 0), 0);
    weightShare = total === 0 ? share : have / total;
  }
  const sums = indicator.aggregation === "count" || indicator.aggregation === "stock" || (axesOf(indicator).acrossUnits === "sum" && indicator.aggregation !== "proportion" && indicator.aggregation !== "rate");
  const coverage = weightShare ?? share;
  const result: UnitCoverage = Object.freeze({
    expected: expected.length,
    present: present.length,
    suppressed: Object.freeze(suppressed),
    missing: Object.freeze(missing),
    share,
    ...(weightShare === undefined ? {} : { weightShare }),
    threshold,
    sufficient: coverage >= threshold,
    partialSum: sums && present.length < expected.length,
  });
  if ((options.onIncomplete ?? "flag") === "refuse" && (!result.sufficient || result.partialSum)) {
    throw new AggregationError("incomplete_coverage", `Cannot aggregate ${indicator.id} for ${period} into ${orgUnit}: ${describeCoverage(result)}.`);
  }
  return result;
}

/**
 * One sentence on a coverage: `3 of 4 units (75 %) have a value; missing: rhf-nord; below the 90 % threshold; a sum over part of the units`.
 *
 * @example
 * ```ts
 * import { describeCoverage } from "@opptrapping/indicators";
 * describeCoverage(coverage); // "3 of 4 units (75 %) have a value; missing: rhf-nord; …"
 * ```
 */
export function describeCoverage(c: UnitCoverage): string {
  const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;
  const parts = [`${c.present} of ${c.expected} units (${pct(c.share)}) have a value`];
  if (c.weightShare !== undefined) parts.push(`holding ${pct(c.weightShare)} of the weight`);
  if (c.suppressed.length > 0) parts.push(`suppressed: ${c.suppressed.join(", ")}`);
  if (c.missing.length > 0) parts.push(`missing: ${c.missing.join(", ")}`);
  if (!c.sufficient) parts.push(`below the ${pct(c.threshold)} threshold`);
  if (c.partialSum) parts.push("a sum over part of the units, so a lower bound and not a level to compare");
  return parts.join("; ");
}
