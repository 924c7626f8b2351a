import type { PlanData } from "../plan/types.js";
import { PLAN_DIFF_COLLECTIONS, type PlanDiff, type PlanDiffCollection, type PlanDiffEntry } from "./diffTypes.js";
import { byCodeUnit, diffValues } from "./diffValues.js";

type EntityCollection = Exclude<PlanDiffCollection, "targets" | "commitment" | "plan">;

/** The plan's own fields are whatever is not an entity collection. */
const NOT_PLAN_FIELDS: ReadonlySet<string> = new Set<string>(PLAN_DIFF_COLLECTIONS);

/**
 * What changed between two versions of a plan: each entity added, removed or changed, with
 * its changed fields. Entities are matched by id; targets by target id across result goals,
 * so a target moved to another goal is `changed` in its `goalId` (and the goals are not
 * changed by it). Amounts compare by value. Sorted by collection, then id (code-unit order).
 *
 * @example
 * ```ts
 * import { applyChanges, diffPlans } from "@opptrapping/core";
 * const after = applyChanges(plan, [{ kind: "removeAllocation", allocationId: "AL.2025", sources: [{ doc: "S.budget" }] }]);
 * diffPlans(plan, after); // [{ kind: "removed", collection: "allocations", id: "AL.2025" }]
 * ```
 */
export function diffPlans(before: PlanData, after: PlanData): PlanDiff {
  const entries = PLAN_DIFF_COLLECTIONS.flatMap((collection) => {
    const a = entitiesOf(before, collection);
    const b = entitiesOf(after, collection);
    return keys(a, b).flatMap((key): PlanDiffEntry[] => {
      const was = a.get(key);
      const is = b.get(key);
      if (is === undefined) return was === undefined ? [] : [{ kind: "removed", collection, id: was.id }];
      if (was === undefined) return [{ kind: "added", collection, id: is.id }];
      const changes = diffValues(was.value, is.value);
      return changes.length === 0 ? [] : [{ kind: "changed", collection, id: is.id, changes: Object.freeze(changes) }];
    });
  });
  return Object.freeze(entries.map((e) => Object.freeze(e)));
}

/** An entity to compare, under the key it is matched by. */
type Entities = ReadonlyMap<string, { readonly id: string; readonly value: unknown }>;

function keys(a: Entities, b: Entities): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].sort(byCodeUnit);
}

function entitiesOf(plan: PlanData, collection: PlanDiffCollection): Entities {
  switch (collection) {
    case "targets":
      return byId(plan.resultGoals.flatMap((goal) => goal.targets.map((target) => ({ ...target, goalId: goal.id }))));
    case "resultGoals":
      return byId(plan.resultGoals.map(({ targets: _targets, ...goal }) => goal));
    case "commitment":
      // One commitment: a new id is a change of the same commitment, not a new one.
      return singular(plan.commitment?.id, plan.commitment);
    case "plan":
      return singular(plan.id, Object.fromEntries(Object.entries(plan).filter(([key]) => !NOT_PLAN_FIELDS.has(key))));
    default:
      return byId(plan[collection satisfies EntityCollection]);
  }
}

function byId(items: readonly { readonly id: string }[]): Entities {
  const map = new Map<string, { id: string; value: unknown }>();
  // Ids are unique in a parsed plan; in raw data the first one wins.
  for (const item of items) if (!map.has(item.id)) map.set(item.id, { id: item.id, value: item });
  return map;
}

/** A singular entity is matched by a fixed key, so that a new id is a field change. */
function singular(id: string | undefined, value: unknown): Entities {
  return id === undefined ? new Map() : new Map([["", { id, value }]]);
}
