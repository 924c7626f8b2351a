import type { z } from "zod";
import {
  actorSchema,
  allocationSchema,
  areaSchema,
  commitmentSchema,
  indicatorSchema,
  mainGoalSchema,
  measureSchema,
  milestoneSchema,
  planSchema,
  proposalSchema,
  resultGoalSchema,
  revisionInfoSchema,
  sourceSchema,
  themeSchema,
} from "../schema/plan.js";
import { localizedTextSchema, periodStringSchema } from "../schema/common.js";
import type { PlanData } from "./types.js";

const COLLECTIONS = {
  mainGoals: mainGoalSchema,
  areas: areaSchema,
  themes: themeSchema,
  resultGoals: resultGoalSchema,
  indicators: indicatorSchema,
  measures: measureSchema,
  allocations: allocationSchema,
  actors: actorSchema,
  milestones: milestoneSchema,
  proposals: proposalSchema,
  sources: sourceSchema,
} as const satisfies Record<string, z.ZodType>;

/** Collections of the plan whose entities have ids. */
export type Collection = keyof typeof COLLECTIONS;
/**
 * Ids of raw entities per collection, whether or not they passed the schema; `subAreas` holds
 * the sub-area ids of every raw area. A collection is left out when it is not a list at all:
 * then nothing can be said about which ids it has.
 */
export type RawIds = Readonly<Partial<Record<Collection | "subAreas", ReadonlySet<string>>>>;

/**
 * When plan data fails its schema, keeps the entities that pass on their own so the
 * cross-reference checks can still run on them, and a user sees every problem at once.
 * Also returns the ids of all raw entities, so that a reference to an entity which is itself
 * malformed is not reported as dangling as well.
 */
export function salvage(data: unknown): { plan: PlanData; rawIds: RawIds } | undefined {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  const raw = data as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const rawIds: Partial<Record<Collection | "subAreas", Set<string>>> = {};
  for (const [key, schema] of Object.entries(COLLECTIONS) as [Collection, z.ZodType][]) {
    const list = raw[key];
    // Sparse: an entity that fails keeps its index as a hole, so that the cross-reference issues
    // of the entities after it carry their index in the input (checkPlan skips holes).
    const kept: unknown[] = [];
    out[key] = kept;
    if (!Array.isArray(list)) {
      // Left out, a collection with a default is empty; anything else is unknown.
      if (list === undefined && planSchema.shape[key].safeParse(undefined).success) rawIds[key] = new Set();
      continue;
    }
    const ids = new Set<string>();
    const subAreaIds = new Set<string>();
    list.forEach((item: unknown, i) => {
      addId(ids, idOf(item));
      if (key === "areas" && item !== null && typeof item === "object") {
        const subAreas = (item as { subAreas?: unknown }).subAreas;
        if (Array.isArray(subAreas)) for (const sub of subAreas) addId(subAreaIds, idOf(sub));
      }
      const parsed = schema.safeParse(item);
      if (parsed.success) kept[i] = parsed.data;
    });
    rawIds[key] = ids;
    if (key === "areas") rawIds.subAreas = subAreaIds;
  }
  const single = { title: localizedTextSchema, period: periodStringSchema, commitment: commitmentSchema, revision: revisionInfoSchema };
  for (const [key, schema] of Object.entries(single)) {
    const parsed = schema.safeParse(raw[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return { plan: out as unknown as PlanData, rawIds };
}

function idOf(item: unknown): string | undefined {
  const id = item !== null && typeof item === "object" ? (item as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : undefined;
}

function addId(ids: Set<string>, id: string | undefined): void {
  if (id !== undefined) ids.add(id);
}
