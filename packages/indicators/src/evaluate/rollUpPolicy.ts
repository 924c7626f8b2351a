import type { Colour, Explanation, Status } from "@opptrapping/sdk";

/** How many of a goal's (or an area's) parts could be assessed, and which could not. */
export interface Coverage {
  /** Parts with a status other than `insufficientData`. */
  readonly assessed: number;
  readonly total: number;
  /** Ids of the parts that could not be assessed, in plan order. */
  readonly missing: readonly string[];
}

/** One part (a target's assessment, or a goal) as a roll-up policy sees it. */
export interface RollUpPart {
  readonly id: string;
  readonly status: Status;
  /** Whether the part is itself a partial roll-up (a goal with unassessed targets). */
  readonly partial?: boolean;
}

/** What a roll-up policy decides for a goal or an area. */
export interface RollUpResult {
  readonly status: Status;
  readonly colour: Colour;
  readonly coverage: Coverage;
  /** `true` when some parts are unassessed or partial: the status rests on fewer parts than the whole. */
  readonly partial: boolean;
  /** "1 of 3 targets assessed", in bokmål and English. */
  readonly summary: Explanation;
}

/**
 * A named rule that rolls the statuses of a goal's targets (or an area's goals) up into one.
 * Built-ins: {@link worstOfPolicy} (the default), {@link allAssessedRequiredPolicy},
 * {@link createWeightedPolicy}. Every policy reports coverage and `partial`, so a roll-up with
 * unassessed parts is never shown as plainly achieved or on track.
 *
 * @example
 * ```ts
 * import { evaluatePlan, allAssessedRequiredPolicy } from "@opptrapping/indicators";
 * evaluatePlan(plan, observations, { asOf: "2026-12", rollUp: allAssessedRequiredPolicy });
 * ```
 */
export interface RollUpPolicy {
  /** Unique id, e.g. `"worstOf"`. */
  readonly id: string;
  readonly title: Explanation;
  /** Rolls the parts up; `noun` names them in the summary ("target", "goal"). */
  rollUp(parts: readonly RollUpPart[], noun: Noun): RollUpResult;
}

/** How parts are named in a summary. */
export interface Noun {
  readonly nb: { readonly one: string; readonly many: string };
  readonly en: { readonly one: string; readonly many: string };
}

/** Targets, as a summary names them. */
export const TARGETS: Noun = { nb: { one: "mål", many: "mål" }, en: { one: "target", many: "targets" } };
/** Goals, as a summary names them. */
export const GOALS: Noun = { nb: { one: "resultatmål", many: "resultatmål" }, en: { one: "goal", many: "goals" } };

const COLOUR: Record<Status, Colour> = { achieved: "green", onTrack: "green", atRisk: "yellow", offTrack: "red", insufficientData: "grey" };
const WORST_FIRST: readonly Status[] = ["offTrack", "atRisk", "onTrack", "achieved"];

/** Coverage of a list of parts. */
export function coverageOf(parts: readonly RollUpPart[]): Coverage {
  const missing = parts.filter((p) => p.status === "insufficientData").map((p) => p.id);
  return { assessed: parts.length - missing.length, total: parts.length, missing };
}

function result(status: Status, parts: readonly RollUpPart[], noun: Noun): RollUpResult {
  const coverage = coverageOf(parts);
  const partial = coverage.missing.length > 0 || parts.some((p) => p.partial === true);
  const word = (locale: "nb" | "en") => (coverage.total === 1 ? noun[locale].one : noun[locale].many);
  return {
    status,
    colour: COLOUR[status],
    coverage,
    partial,
    summary: {
      nb: `${coverage.assessed} av ${coverage.total} ${word("nb")} vurdert`,
      en: `${coverage.assessed} of ${coverage.total} ${word("en")} assessed`,
    },
  };
}

/** The worst status of a list, ignoring `insufficientData` unless nothing else is there. */
export function worstStatus(statuses: readonly Status[]): Status {
  return WORST_FIRST.find((s) => statuses.includes(s)) ?? "insufficientData";
}

/**
 * Worst of the assessed parts (the default): a goal is as far behind as its worst assessed
 * target; unassessed targets make it `partial`, never plainly green.
 *
 * @example
 * ```ts
 * import { worstOfPolicy } from "@opptrapping/indicators";
 * worstOfPolicy.rollUp([{ id: "a", status: "achieved" }, { id: "b", status: "insufficientData" }], TARGETS).partial; // true
 * ```
 */
export const worstOfPolicy: RollUpPolicy = Object.freeze({
  id: "worstOf",
  title: { nb: "Dårligste vurderte", en: "Worst of the assessed" },
  rollUp: (parts: readonly RollUpPart[], noun: Noun) => result(worstStatus(parts.map((p) => p.status)), parts, noun),
});

/**
 * Every part must be assessed: any unassessed part makes the whole `insufficientData`; else the
 * worst status.
 *
 * @example
 * ```ts
 * import { allAssessedRequiredPolicy } from "@opptrapping/indicators";
 * allAssessedRequiredPolicy.id; // "allAssessedRequired"
 * ```
 */
export const allAssessedRequiredPolicy: RollUpPolicy = Object.freeze({
  id: "allAssessedRequired",
  title: { nb: "Alle må være vurdert", en: "All must be assessed" },
  rollUp: (parts: readonly RollUpPart[], noun: Noun) =>
    result(parts.length === 0 || parts.some((p) => p.status === "insufficientData") ? "insufficientData" : worstStatus(parts.map((p) => p.status)), parts, noun),
});

const SCORE: Record<Exclude<Status, "insufficientData">, number> = { achieved: 3, onTrack: 2, atRisk: 1, offTrack: 0 };
const BY_SCORE: readonly Exclude<Status, "insufficientData">[] = ["offTrack", "atRisk", "onTrack", "achieved"];

/**
 * A weighted mean of the assessed parts' scores (achieved 3, onTrack 2, atRisk 1, offTrack 0),
 * rounded down to a status: `{ a: 2 }` counts target `a` twice. Parts not named weigh 1.
 *
 * @example
 * ```ts
 * import { createWeightedPolicy } from "@opptrapping/indicators";
 * const policy = createWeightedPolicy({ "R5.phbu": 2 });
 * ```
 */
export function createWeightedPolicy(weights: Readonly<Record<string, number>> = {}): RollUpPolicy {
  for (const [id, w] of Object.entries(weights))
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`weight of ${id} must be a finite number ≥ 0, got ${w}`);
  return Object.freeze({
    id: "weighted",
    title: { nb: "Vektet gjennomsnitt", en: "Weighted mean" },
    rollUp(parts: readonly RollUpPart[], noun: Noun): RollUpResult {
      let sum = 0;
      let total = 0;
      for (const p of parts) {
        if (p.status === "insufficientData") continue;
        const w = Object.hasOwn(weights, p.id) ? weights[p.id]! : 1;
        sum += w * SCORE[p.status];
        total += w;
      }
      // A tiny epsilon keeps 1.9999999 (three thirds of 2) from rounding down a whole step.
      const status = total > 0 ? BY_SCORE[Math.min(3, Math.floor(sum / total + 1e-9))]! : "insufficientData";
      return result(status, parts, noun);
    },
  });
}
