import { formatNumber, type Target } from "@opptrapping/core";
import { match, P } from "ts-pattern";
import type { Explanation, Measurement, StatusRule, Verdict } from "@opptrapping/sdk";
import { StatusRuleError } from "./StatusRuleError.js";

/** Options of the default (progress-relative) status rule. */
export interface DefaultRuleOptions {
  /**
   * Pace ratio (observed ÷ required progress) at or above which a target is `onTrack`.
   * @default 0.95 (Open SDG's "substantial progress")
   */
  readonly onTrackAt?: number;
  /**
   * Pace ratio at or above which a target is `atRisk`; below it, `offTrack`.
   * @default 0.6 (Open SDG's "moderate progress")
   */
  readonly atRiskAt?: number;
  /**
   * What a missed interim milestone does: `capAtRisk` lowers `onTrack` to `atRisk`; `none`
   * only reports it.
   * @default "capAtRisk"
   */
  readonly missedMilestone?: "capAtRisk" | "none";
}

/** The direction in which a target's measurement improves. */
export function preferredDirection(target: Target): "decrease" | "increase" {
  return match(target)
    .returnType<"decrease" | "increase">()
    .with({ kind: "threshold", comparator: P.union("<", "<=") }, () => "decrease")
    .with({ kind: "threshold" }, () => "increase")
    .with({ kind: "relativeChange" }, (t) => (t.change < 0 ? "decrease" : "increase"))
    .with({ kind: "direction" }, (t) => t.direction)
    .with({ kind: "gap" }, () => "decrease")
    .with({ kind: P.union("coverage", "noDecline", "capacity", "growthExceeds") }, () => "increase")
    .exhaustive();
}

/** Whether the deadline has passed as of the date (long-run targets never pass). */
export function deadlinePassed(target: Target, asOf: string): boolean {
  return target.deadline.kind === "year" && asOf > `${target.deadline.year}-12-31`;
}

const ratioText = (x: number, locale: "nb" | "en") => formatNumber(x, { locale, decimals: 2 });
const verdict = (status: Verdict["status"], nb: string, en: string): Verdict => ({ status, colour: COLOUR[status], reason: { nb, en } });
const COLOUR = { achieved: "green", onTrack: "green", atRisk: "yellow", offTrack: "red", insufficientData: "grey" } as const;

/** Whether the measurement shows a final value that meets the target: the only way to `achieved`. */
export function achievedOn(m: Measurement): boolean {
  return m.met === true && m.finality?.final === true;
}

/**
 * The evidence every built-in rule checks first, in this order:
 * 1. no value → `insufficientData`;
 * 2. the deadline has passed: with no value for the deadline period → `insufficientData`
 *    (`no_data_for_deadline`); a final value that meets the target → `achieved`; one that meets
 *    it provisionally → `insufficientData` (wait for the final figure); else `offTrack`;
 * 3. a final value that meets the target → `achieved` (even from one point for threshold and
 *    coverage targets: a level met needs no trend; change targets need a point after the baseline);
 * 4. the measurement is insufficient (one point, no baseline…) → `insufficientData`.
 * Returns `null` when the rule itself must judge progress.
 */
export function evidenceVerdict(target: Target, m: Measurement, asOf: string): Verdict | null {
  if (m.value === null) return { status: "insufficientData", colour: "grey", reason: m.insufficient?.explanation ?? { nb: "Ingen verdi.", en: "No value." } };
  if (deadlinePassed(target, asOf) && target.kind !== "noDecline") {
    if (!m.deadline.hasData)
      return verdict(
        "insufficientData",
        `Fristen (${deadlineYear(target)}) er ute, men det finnes ingen verdi for friståret å dømme etter.`,
        `The deadline (${deadlineYear(target)}) has passed, but there is no value for the deadline year to judge by.`,
      );
    if (achievedOn(m)) return verdict("achieved", "Målet er nådd innen fristen, på endelige tall.", "The target was met by the deadline, on final figures.");
    if (m.met) return verdict("insufficientData", "Fristen er ute og målet ser ut til å være nådd, men tallene er foreløpige.", "The deadline has passed and the target looks met, but the figures are provisional.");
    return verdict("offTrack", "Fristen er ute og målet er ikke nådd.", "The deadline has passed without the target being met.");
  }
  if (target.kind === "noDecline") return noDeclineVerdict(target, m, asOf);
  // A level target (threshold, coverage) met on final figures needs no trend; a change target needs a point after its baseline.
  const levelTarget = target.kind === "threshold" || target.kind === "coverage";
  if (achievedOn(m) && (m.insufficient === null || levelTarget)) return verdict("achieved", "Målet er nådd, på endelige tall.", "The target is met, on final figures.");
  if (m.insufficient) {
    const provisional = m.met === true ? { nb: " Siste verdi når målet, men er ikke endelig.", en: " The latest value meets the target, but is not final." } : { nb: "", en: "" };
    return { status: "insufficientData", colour: "grey", reason: { nb: m.insufficient.explanation.nb + provisional.nb, en: m.insufficient.explanation.en + provisional.en } };
  }
  return null;
}

/** noDecline: any measured decline is `offTrack`; none → `onTrack`, and `achieved` only once the deadline year has final data. */
function noDeclineVerdict(target: Target, m: Measurement, asOf: string): Verdict {
  if (m.insufficient) return { status: "insufficientData", colour: "grey", reason: m.insufficient.explanation };
  if (m.met === false) return verdict("offTrack", "Verdien har falt under utgangsnivået.", "The value has fallen below the baseline.");
  if (deadlinePassed(target, asOf)) {
    if (!m.deadline.hasData)
      return verdict("insufficientData", "Fristen er ute, men det finnes ingen verdi for friståret.", "The deadline has passed, but there is no value for the deadline year.");
    if (m.finality?.final) return verdict("achieved", "Ingen nedgang fra utgangsnivået fram til fristen, på endelige tall.", "No decline from the baseline up to the deadline, on final figures.");
  }
  return verdict("onTrack", "Ingen nedgang fra utgangsnivået så langt.", "No decline from the baseline so far.");
}

function deadlineYear(target: Target): string {
  return target.deadline.kind === "year" ? String(target.deadline.year) : "";
}

/** Lowers an `onTrack` verdict to `atRisk` when an interim milestone was missed. */
export function applyMilestones(v: Verdict, m: Measurement, policy: "capAtRisk" | "none"): Verdict {
  const missed = m.milestones.filter((x) => x.state === "missed");
  if (missed.length === 0) return v;
  const list = missed.map((x) => x.period).join(", ");
  const note = { nb: ` Delmål ikke nådd: ${list}.`, en: ` Interim milestone missed: ${list}.` };
  const lowered = policy === "capAtRisk" && v.status === "onTrack";
  return { status: lowered ? "atRisk" : v.status, colour: lowered ? "yellow" : v.colour, reason: { nb: v.reason.nb + note.nb, en: v.reason.en + note.en } };
}

/**
 * The default status rule: progress against the path (Open SDG's and ESCAP's idea, on levels).
 * After the evidence checks ({@link evidenceVerdict}), the latest value's progress since the
 * baseline is set against the progress a straight path from the baseline to the target at the
 * deadline requires by then: ratio ≥ `onTrackAt` → `onTrack`, ≥ `atRiskAt` → `atRisk`, else
 * `offTrack`; negative (moving away) → `offTrack`. Zero progress is never yellow. A change
 * inside the indicator's noise is "no clear change": `offTrack` when the path required more
 * than the noise by now, `insufficientData` (too early to tell) when it did not. Targets without
 * a target value (direction, gap) need a clear change the right way. A missed interim milestone
 * caps the verdict at `atRisk`. Unit changes (percent ↔ share, days ↔ weeks) never change a
 * verdict: every test is a ratio of differences.
 *
 * @example
 * ```ts
 * import { createDefaultRule } from "@opptrapping/indicators";
 * const stricter = createDefaultRule({ onTrackAt: 1, atRiskAt: 0.8 });
 * ```
 */
export function createDefaultRule(options: DefaultRuleOptions = {}): StatusRule & { readonly id: "default" } {
  const onTrackAt = options.onTrackAt ?? 0.95;
  const atRiskAt = options.atRiskAt ?? 0.6;
  const milestones = options.missedMilestone ?? "capAtRisk";
  for (const [name, x] of [["onTrackAt", onTrackAt], ["atRiskAt", atRiskAt]] as const)
    if (!(x >= 0) || !Number.isFinite(x)) throw new StatusRuleError("invalid_rule_option", `${name} must be a finite number ≥ 0, got ${x}.`, [name]);
  if (atRiskAt > onTrackAt) throw new StatusRuleError("invalid_rule_option", `atRiskAt (${atRiskAt}) must not exceed onTrackAt (${onTrackAt}).`, ["atRiskAt"]);
  return Object.freeze({
    id: "default" as const,
    title: { nb: "Framdrift mot banen", en: "Progress against the path" },
    method: "linearLeastSquares",
    decide({ target, measurement: m, options: o }): Verdict {
      const evidence = evidenceVerdict(target, m, o.asOf);
      if (evidence) return evidence.status === "achieved" || evidence.status === "insufficientData" ? evidence : applyMilestones(evidence, m, milestones);
      return applyMilestones(progressVerdict(m, onTrackAt, atRiskAt), m, milestones);
    },
  } satisfies StatusRule);
}

function progressVerdict(m: Measurement, onTrackAt: number, atRiskAt: number): Verdict {
  const provisionalMet: Explanation = { nb: "Siste verdi når målet, men er ikke endelig", en: "The latest value meets the target, but is not final" };
  if (m.targetValue === null) {
    // direction and gap: no size to reach, only a clear change the preferred way.
    const c = m.change;
    if (!c) return verdict("insufficientData", "Ingen endring å måle.", "No change to measure.");
    if (c.clear && c.preferred > 0) return verdict("onTrack", "Tydelig endring i riktig retning, men ikke på endelige tall.", "A clear change the right way, but not on final figures.");
    if (c.clear) return verdict("offTrack", "Tydelig endring i feil retning siden utgangsnivået.", "A clear change the wrong way since the baseline.");
    return verdict("offTrack", "Ingen tydelig endring siden utgangsnivået (innenfor målestøyen).", "No clear change since the baseline (within the noise).");
  }
  if (m.met) return verdict("onTrack", `${provisionalMet.nb}.`, `${provisionalMet.en}.`);
  const p = m.pace;
  if (!p) {
    // The baseline already met the target and the latest value no longer does.
    if ((m.progress !== null && m.progress < 0) || (m.change !== null && m.change.clear && m.change.preferred < 0))
      return verdict("offTrack", "Utgangsnivået var ved eller forbi målet, men verdien har gått i feil retning.", "The baseline was at or past the target, but the value has moved the wrong way.");
    return verdict("insufficientData", "Framdriften kan ikke måles mot banen.", "Progress cannot be measured against the path.");
  }
  if (p.ratio === null) return verdict("insufficientData", "Ingen framdrift kreves ennå; for tidlig å si.", "No progress is required yet; too early to tell.");
  if (m.change && !m.change.clear) {
    const requiredChange = p.required * Math.abs((m.targetValue ?? 0) - (m.baseline?.value ?? 0));
    if (requiredChange <= m.change.threshold)
      return verdict("insufficientData", "Endringen banen krever så langt, er innenfor målestøyen; for tidlig å si.", "The change the path requires so far is within the noise; too early to tell.");
    return verdict("offTrack", "Ingen tydelig endring siden utgangsnivået, men banen krever det.", "No clear change since the baseline, though the path requires one.");
  }
  const r = { nb: ratioText(p.ratio, "nb"), en: ratioText(p.ratio, "en") };
  if (p.ratio < 0) return verdict("offTrack", `Verdien går i feil retning (framdrift ${r.nb} av det banen krever).`, `The value is moving away from the target (progress ${r.en} of what the path requires).`);
  if (p.ratio >= onTrackAt) return verdict("onTrack", `Framdriften er ${r.nb} av det banen krever nå.`, `Progress is ${r.en} of what the path requires by now.`);
  if (p.ratio >= atRiskAt) return verdict("atRisk", `Framdriften er bare ${r.nb} av det banen krever nå.`, `Progress is only ${r.en} of what the path requires by now.`);
  return verdict("offTrack", `Framdriften er ${r.nb} av det banen krever nå; for sakte.`, `Progress is ${r.en} of what the path requires by now; too slow.`);
}
