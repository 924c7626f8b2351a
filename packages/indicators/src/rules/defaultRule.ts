import { formatNumber, type Target } from "@opptrapping/core";
import type { StatusRule, Verdict } from "@opptrapping/sdk";
import { shortfall } from "./shortfall.js";

/** Options of the default status rule. */
export interface DefaultRuleOptions {
  /**
   * How far short (relative to the target value) a value or forecast may be and still be
   * `atRisk` rather than `offTrack`.
   * @default 0.1
   */
  readonly tolerance?: number;
}

/** The direction in which a target's measurement improves. */
export function preferredDirection(target: Target): "decrease" | "increase" {
  if (target.kind === "threshold") return target.comparator === "<" || target.comparator === "<=" ? "decrease" : "increase";
  if (target.kind === "relativeChange") return target.change < 0 ? "decrease" : "increase";
  if (target.kind === "direction") return target.direction;
  if (target.kind === "gap") return "decrease";
  return "increase";
}

/** Whether the deadline has passed as of the date (long-run targets never pass). */
export function deadlinePassed(target: Target, asOf: string): boolean {
  return target.deadline.kind === "year" && asOf > `${target.deadline.year}-12-31`;
}

// A shortfall is infinite when there is no target value to measure against; say so rather than throw.
const pct = (x: number) => (Number.isFinite(x * 100) ? `${formatNumber(x * 100, { locale: "nb", decimals: 1 })} %` : "∞ %");
const pctEn = (x: number) => (Number.isFinite(x * 100) ? `${formatNumber(x * 100, { locale: "en", decimals: 1 })} %` : "∞ %");

/**
 * The default status rule, in this order:
 * 1. insufficient data → `insufficientData` (grey);
 * 2. the latest value meets the target → `achieved` (green);
 * 3. the deadline has passed → `offTrack` (red);
 * 4. with a forecast: it meets the target → `onTrack` (green); it falls short by at most
 *    `tolerance` of the target value, or the trend improves → `atRisk` (yellow); else `offTrack`;
 * 5. without a forecast (too few points): the latest value falls short by at most `tolerance`
 *    → `atRisk`; else `offTrack`.
 *
 * @example
 * ```ts
 * import { createDefaultRule } from "@opptrapping/indicators";
 * const lenient = createDefaultRule({ tolerance: 0.2 });
 * ```
 */
export function createDefaultRule(options: DefaultRuleOptions = {}): StatusRule & { readonly id: "default" } {
  const tolerance = options.tolerance ?? 0.1;
  if (!(tolerance >= 0) || !Number.isFinite(tolerance)) throw new RangeError(`tolerance must be a finite number ≥ 0, got ${tolerance}`);
  return {
    id: "default",
    title: { nb: "Standardregel", en: "Default rule" },
    decide({ target, measurement: m, options: o }): Verdict {
      if (m.insufficient) return { status: "insufficientData", colour: "grey", reason: m.insufficient.explanation };
      if (m.met) return { status: "achieved", colour: "green", reason: { nb: "Målet er nådd.", en: "The target is met." } };
      if (deadlinePassed(target, o.asOf))
        return { status: "offTrack", colour: "red", reason: { nb: "Fristen er ute og målet er ikke nådd.", en: "The deadline has passed without the target being met." } };
      const preferred = preferredDirection(target);
      if (m.forecast) {
        if (m.forecast.meets)
          return { status: "onTrack", colour: "green", reason: { nb: "Prognosen når målet innen fristen.", en: "The forecast meets the target by the deadline." } };
        const short = shortfall(m.forecast.value, m, preferred);
        if (short <= tolerance)
          return { status: "atRisk", colour: "yellow", reason: { nb: `Prognosen bommer med ${pct(short)} av målverdien.`, en: `The forecast misses by ${pctEn(short)} of the target value.` } };
        if (m.trend?.improving)
          return { status: "atRisk", colour: "yellow", reason: { nb: "Utviklingen går riktig vei, men for sakte til å nå målet.", en: "The trend is improving, but too slowly to meet the target." } };
        return { status: "offTrack", colour: "red", reason: { nb: `Prognosen bommer med ${pct(short)} av målverdien.`, en: `The forecast misses by ${pctEn(short)} of the target value.` } };
      }
      if (m.value === null) return { status: "insufficientData", colour: "grey", reason: { nb: "Ingen verdi.", en: "No value." } };
      const short = shortfall(m.value, m, preferred);
      return short <= tolerance
        ? { status: "atRisk", colour: "yellow", reason: { nb: `Siste verdi er ${pct(short)} unna målverdien; for få målinger til en prognose.`, en: `The latest value is ${pctEn(short)} from the target value; too few points for a forecast.` } }
        : { status: "offTrack", colour: "red", reason: { nb: `Siste verdi er ${pct(short)} unna målverdien; for få målinger til en prognose.`, en: `The latest value is ${pctEn(short)} from the target value; too few points for a forecast.` } };
    },
  };
}
