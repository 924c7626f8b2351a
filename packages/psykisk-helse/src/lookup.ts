import { UnknownIdError, type Plan, type Target } from "@opptrapping/core";
import type { resultGoals } from "./data/goals.js";
import type { MeasureId } from "./data/measures.js";
import type { GoalId, IndicatorId, TargetId } from "./ids.js";
import { GOAL_IDS, INDICATOR_IDS, TARGET_IDS } from "./ids.js";
import { plan } from "./plan.js";
import { measures } from "./data/measures.js";

type TargetDataOf<I extends TargetId> = Extract<(typeof resultGoals)[number]["targets"][number], { readonly id: I }>;

/**
 * The validated target with id `I`, of exactly the kind the bundled plan gives it
 * (`TargetOf<"R5.phbu">` is a `threshold` target).
 *
 * @example
 * ```ts
 * import type { TargetOf } from "@opptrapping/psykisk-helse";
 * type Phbu = TargetOf<"R5.phbu">; // { kind: "threshold"; id: "R5.phbu"; indicatorId: "R5.wait"; … }
 * ```
 */
export type TargetOf<I extends TargetId> = Extract<Target, { readonly kind: TargetDataOf<I>["kind"] }> & {
  readonly id: I;
  readonly indicatorId: TargetDataOf<I>["indicatorId"];
};

/**
 * The validated result goal with id `I`.
 *
 * @example
 * ```ts
 * import type { GoalOf } from "@opptrapping/psykisk-helse";
 * type WaitingTimes = GoalOf<"R5">;
 * ```
 */
export type GoalOf<I extends GoalId> = Plan["resultGoals"][number] & { readonly id: I };

/**
 * The validated indicator with id `I`.
 *
 * @example
 * ```ts
 * import type { IndicatorOf } from "@opptrapping/psykisk-helse";
 * type Wait = IndicatorOf<"R5.wait">;
 * ```
 */
export type IndicatorOf<I extends IndicatorId> = Plan["indicators"][number] & { readonly id: I };

/**
 * The validated measure with id `I`.
 *
 * @example
 * ```ts
 * import type { MeasureOf } from "@opptrapping/psykisk-helse";
 * type First = MeasureOf<"m-bred-innsats">;
 * ```
 */
export type MeasureOf<I extends MeasureId> = Plan["measures"][number] & { readonly id: I };

/** The kind of entity an {@link UnknownBundledIdError} was looking for. */
export type EntityKind = "target" | "goal" | "indicator" | "measure";

const COLLECTION: Readonly<Record<EntityKind, string>> = { target: "targets", goal: "resultGoals", indicator: "indicators", measure: "measures" };

/**
 * Thrown by {@link target}, {@link goal}, {@link indicator} and {@link measure} for an id the
 * bundled plan does not have: core's `UnknownIdError` (code `unknown_id`, `path` the
 * collection, e.g. `["targets"]`), so one `instanceof UnknownIdError` catches it and core's
 * query errors alike, plus the closest known id when one is close enough to be a likely typo
 * (`suggestion`, named in the message). TypeScript callers get a compile error instead; this
 * is for ids that arrive at runtime (from a URL, a file, a form).
 *
 * @example
 * ```ts
 * import { UnknownIdError } from "@opptrapping/core";
 * import { target, type TargetId } from "@opptrapping/psykisk-helse";
 * try {
 *   target(new URL(location.href).searchParams.get("target") as TargetId);
 * } catch (error) {
 *   if (error instanceof UnknownIdError) console.error(error.message); // … Did you mean "R5.phbu"?
 * }
 * ```
 */
export class UnknownBundledIdError extends UnknownIdError {
  /** What was looked up. */
  readonly kind: EntityKind;
  /** The closest known id, if one is close enough to be a likely typo. */
  readonly suggestion: string | undefined;

  constructor(kind: EntityKind, id: string, known: readonly string[]) {
    super(COLLECTION[kind], kind, id, known);
    const suggestion = closest(id, known);
    // Core's message lists the known ids; a likely typo gets the one it probably meant instead.
    this.message =
      suggestion === undefined
        ? `The bundled plan has no ${kind} "${id}". Known ${kind} ids: ${known.join(", ")}.`
        : `The bundled plan has no ${kind} "${id}". Did you mean "${suggestion}"?`;
    this.kind = kind;
    this.suggestion = suggestion;
  }
}

/**
 * One target of the bundled plan, by id, typed as exactly that target (its `kind` and its
 * fields). A misspelt id is a compile error; at runtime (an id from outside the type system)
 * it throws an {@link UnknownBundledIdError} with a "did you mean".
 *
 * @throws {UnknownBundledIdError} (a core `UnknownIdError`) if the plan has no target with that id.
 * @example
 * ```ts
 * import { target } from "@opptrapping/psykisk-helse";
 * const phbu = target("R5.phbu");
 * phbu.kind; // "threshold"
 * phbu.value; // 35
 * ```
 */
export function target<const I extends TargetId>(id: I): TargetOf<I> {
  const found = plan()
    .resultGoals.flatMap((g) => g.targets)
    .find((t) => t.id === id);
  if (!found) throw new UnknownBundledIdError("target", id, TARGET_IDS);
  return found as TargetOf<I>;
}

/**
 * One result goal (resultatmål) of the bundled plan, by id.
 *
 * @throws {UnknownBundledIdError} (a core `UnknownIdError`) if the plan has no goal with that id.
 * @example
 * ```ts
 * import { goal } from "@opptrapping/psykisk-helse";
 * goal("R5").targets.map((t) => t.id); // ["R5.phbu", "R5.phv", "R5.tsb"]
 * ```
 */
export function goal<const I extends GoalId>(id: I): GoalOf<I> {
  const found = plan().resultGoals.find((g) => g.id === id);
  if (!found) throw new UnknownBundledIdError("goal", id, GOAL_IDS);
  return found as GoalOf<I>;
}

/**
 * One indicator of the bundled plan, by id.
 *
 * @throws {UnknownBundledIdError} (a core `UnknownIdError`) if the plan has no indicator with that id.
 * @example
 * ```ts
 * import { indicator } from "@opptrapping/psykisk-helse";
 * indicator("R5.wait").unit; // "days"
 * ```
 */
export function indicator<const I extends IndicatorId>(id: I): IndicatorOf<I> {
  const found = plan().indicators.find((i) => i.id === id);
  if (!found) throw new UnknownBundledIdError("indicator", id, INDICATOR_IDS);
  return found as IndicatorOf<I>;
}

/**
 * One measure (tiltak) of the bundled plan, by id.
 *
 * @throws {UnknownBundledIdError} (a core `UnknownIdError`) if the plan has no measure with that id.
 * @example
 * ```ts
 * import { measure } from "@opptrapping/psykisk-helse";
 * measure("m-bred-innsats").lifecycle.length > 0; // true
 * ```
 */
export function measure<const I extends MeasureId>(id: I): MeasureOf<I> {
  const found = plan().measures.find((m) => m.id === id);
  if (!found)
    throw new UnknownBundledIdError(
      "measure",
      id,
      measures.map((m) => m.id),
    );
  return found as MeasureOf<I>;
}

/** The known id nearest to `id` (case-insensitive edit distance ≤ max(2, a third of its length)), if any. */
function closest(id: string, known: readonly string[]): string | undefined {
  const wanted = id.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(wanted.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(wanted, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance with adjacent transpositions counted as one edit. */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...Array.from({ length: b.length }, (_, j) => (i === 0 ? j + 1 : 0))]);
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] ?? [];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, at(i - 2, j - 2) + 1);
      row[j] = d;
    }
  }
  return at(a.length, b.length);
}
