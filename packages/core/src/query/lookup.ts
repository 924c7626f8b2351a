import type { PlanData } from "../plan/types.js";
import { UnknownIdError } from "./UnknownIdError.js";

type WithId = { readonly id: string };

const WHAT = {
  areas: "area",
  resultGoals: "result goal",
  indicators: "indicator",
  measures: "measure",
  allocations: "allocation",
  actors: "actor",
  milestones: "milestone",
  proposals: "proposal",
  sources: "source",
  mainGoals: "main goal",
  themes: "theme",
} as const;

/** A collection of the plan whose entities have ids. */
export type PlanCollection = keyof typeof WHAT;
/** The entity type of a collection. */
export type EntityOf<C extends PlanCollection> = PlanData[C][number];

/**
 * Finds an entity by id in one of the plan's collections; throws {@link UnknownIdError}.
 *
 * @example
 * ```ts
 * import { getById } from "@opptrapping/core";
 * getById(plan, "resultGoals", "R5").title.nb;
 * ```
 */
export function getById<C extends PlanCollection>(plan: PlanData, collection: C, id: string): EntityOf<C> {
  const items = plan[collection] as readonly WithId[];
  const found = items.find((item) => item.id === id);
  if (!found) throw new UnknownIdError(collection, WHAT[collection], id, items.map((i) => i.id));
  return found as EntityOf<C>;
}

/**
 * Like {@link getById} but returns `undefined` for an unknown id.
 *
 * @example
 * ```ts
 * import { findById } from "@opptrapping/core";
 * findById(plan, "measures", "nope"); // undefined
 * ```
 */
export function findById<C extends PlanCollection>(plan: PlanData, collection: C, id: string): EntityOf<C> | undefined {
  return (plan[collection] as readonly WithId[]).find((item) => item.id === id) as EntityOf<C> | undefined;
}
