/**
 * The collections a plan diff reports on, in the order entries are sorted by: every entity
 * collection, `targets` by target id across result goals, the `commitment`, and `plan` for the
 * plan's own fields (id, title, reference, period, revision).
 *
 * @example
 * ```ts
 * import { PLAN_DIFF_COLLECTIONS } from "@opptrapping/core";
 * PLAN_DIFF_COLLECTIONS[0]; // "areas"
 * ```
 */
export const PLAN_DIFF_COLLECTIONS = [
  "areas",
  "resultGoals",
  "targets",
  "indicators",
  "measures",
  "allocations",
  "actors",
  "milestones",
  "proposals",
  "sources",
  "mainGoals",
  "themes",
  "commitment",
  "plan",
] as const;

/**
 * A collection a plan diff reports on.
 *
 * @example
 * ```ts
 * import { diffPlans, type PlanDiffCollection } from "@opptrapping/core";
 * const only: PlanDiffCollection = "measures";
 * diffPlans(before, after).filter((e) => e.collection === only);
 * ```
 */
export type PlanDiffCollection = (typeof PLAN_DIFF_COLLECTIONS)[number];

/**
 * One changed field of an entity: where it is inside the entity, and its values before and
 * after (`undefined` where the field or array element is absent).
 *
 * @example
 * ```ts
 * import type { FieldChange } from "@opptrapping/core";
 * const moved: FieldChange = { path: ["goalId"], before: "R1", after: "R2" };
 * ```
 */
export interface FieldChange {
  readonly path: readonly (string | number)[];
  readonly before: unknown;
  readonly after: unknown;
}

/**
 * An entity added, removed or changed between two versions of a plan. `changes` lists the
 * changed fields of a `changed` entity; a target's result goal appears as the field `goalId`.
 *
 * @example
 * ```ts
 * import type { PlanDiffEntry } from "@opptrapping/core";
 * const entry: PlanDiffEntry = {
 *   kind: "changed",
 *   collection: "allocations",
 *   id: "AL.2025",
 *   changes: [{ path: ["budgetYear"], before: 2025, after: 2026 }],
 * };
 * ```
 */
export interface PlanDiffEntry {
  readonly kind: "added" | "removed" | "changed";
  readonly collection: PlanDiffCollection;
  readonly id: string;
  readonly changes?: readonly FieldChange[];
}

/**
 * The difference between two versions of a plan, ordered by collection (as in
 * {@link PLAN_DIFF_COLLECTIONS}) and then by id.
 *
 * @example
 * ```ts
 * import { diffPlans, type PlanDiff } from "@opptrapping/core";
 * const diff: PlanDiff = diffPlans(before, after);
 * diff.filter((e) => e.kind === "added").map((e) => `${e.collection}/${e.id}`);
 * ```
 */
export type PlanDiff = readonly PlanDiffEntry[];
