import { formatNumber } from "@opptrapping/core";
import type { Measurement, StatusRule, Verdict } from "@opptrapping/sdk";
import { evidenceVerdict } from "./defaultRule.js";

/** Open SDG's progress bands, from the ratio of observed to required compound annual growth. */
export type OpenSdgBand = "substantial" | "moderate" | "limited" | "deterioration";

/** The Open SDG ratio of a measurement and its band, or `null` when the method does not apply. */
export interface OpenSdgRating {
  /** Observed compound annual growth rate since the baseline. */
  readonly observedCagr: number;
  /** Compound annual growth rate required from the baseline to reach the target at the deadline. */
  readonly requiredCagr: number;
  /** `observedCagr / requiredCagr`. */
  readonly ratio: number;
  readonly band: OpenSdgBand;
}

/**
 * Open SDG's rating of progress: the compound annual growth rate observed from the baseline to
 * the latest value, divided by the rate required from the baseline to reach the target value
 * at the deadline; bands ≥ 0.95 substantial, ≥ 0.6 moderate, ≥ 0 limited, < 0 deterioration.
 * `null` when it does not apply: no target value (direction, gap, noDecline), a baseline or
 * value ≤ 0 (growth rates need positive levels), or no growth required.
 *
 * @example
 * ```ts
 * import { openSdgRating } from "@opptrapping/indicators";
 * openSdgRating(assessment)?.band; // "moderate"
 * ```
 */
export function openSdgRating(m: Measurement): OpenSdgRating | null {
  const latest = m.used.at(-1);
  const base = m.used[0];
  if (m.targetValue === null || m.baseline === null || m.value === null || m.forecast === null || !latest || !base || latest === base) return null;
  const b = m.baseline.value;
  if (!(b > 0) || !(m.value > 0) || !(m.targetValue > 0)) return null;
  const years = latest.t - base.t;
  const horizon = m.forecast.at - base.t;
  if (!(years > 0) || !(horizon > 0)) return null;
  const observedCagr = Math.pow(m.value / b, 1 / years) - 1;
  const requiredCagr = Math.pow(m.targetValue / b, 1 / horizon) - 1;
  if (requiredCagr === 0 || !Number.isFinite(observedCagr) || !Number.isFinite(requiredCagr)) return null;
  const ratio = observedCagr / requiredCagr;
  const band: OpenSdgBand = ratio >= 0.95 ? "substantial" : ratio >= 0.6 ? "moderate" : ratio >= 0 ? "limited" : "deterioration";
  return { observedCagr, requiredCagr, ratio, band };
}

const BAND_STATUS: Record<OpenSdgBand, Verdict["status"]> = { substantial: "onTrack", moderate: "atRisk", limited: "offTrack", deterioration: "offTrack" };
const BAND_TEXT: Record<OpenSdgBand, { nb: string; en: string }> = {
  substantial: { nb: "betydelig framdrift", en: "substantial progress" },
  moderate: { nb: "moderat framdrift", en: "moderate progress" },
  limited: { nb: "begrenset framdrift", en: "limited progress" },
  deterioration: { nb: "forverring", en: "deterioration" },
};

/**
 * A status rule after Open SDG's method (id `openSdg`): the evidence checks of the default rule
 * first (no verdict without evidence, achievement on final data only), then the CAGR ratio of
 * {@link openSdgRating}: substantial → `onTrack`, moderate → `atRisk`, limited and
 * deterioration → `offTrack`. Targets it does not apply to are `insufficientData`, saying so.
 *
 * @example
 * ```ts
 * import { assess, openSdgRule } from "@opptrapping/indicators";
 * assess(target, observations, { asOf: "2026-12", plan, rule: openSdgRule }).status;
 * ```
 */
export const openSdgRule: StatusRule & { readonly id: "openSdg" } = Object.freeze({
  id: "openSdg" as const,
  title: { nb: "Open SDG (vekstrate)", en: "Open SDG (growth rate)" },
  method: "linearLeastSquares",
  decide({ target, measurement: m, options }): Verdict {
    const evidence = evidenceVerdict(target, m, options.asOf);
    if (evidence) return evidence;
    const rating = openSdgRating(m);
    if (!rating)
      return {
        status: "insufficientData",
        colour: "grey",
        reason: { nb: "Open SDG-metoden gjelder ikke dette målet (ingen målverdi eller ikke-positive nivåer).", en: "Open SDG's method does not apply to this target (no target value, or levels that are not positive)." },
      };
    const status = BAND_STATUS[rating.band];
    const text = (locale: "nb" | "en") => `${BAND_TEXT[rating.band][locale]} (${formatNumber(rating.ratio, { locale, decimals: 2 })})`;
    return {
      status,
      colour: status === "onTrack" ? "green" : status === "atRisk" ? "yellow" : "red",
      reason: { nb: `Open SDG: ${text("nb")}.`, en: `Open SDG: ${text("en")}.` },
    };
  },
} satisfies StatusRule);
