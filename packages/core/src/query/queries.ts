import type { PlanData } from "../plan/types.js";
import { comparePeriods, parsePeriod, periodBounds, periodsOverlap } from "../period/index.js";
import type { Allocation, Measure, MeasureState, Milestone, ResultGoal } from "../schema/plan.js";
import type { Target } from "../schema/target.js";
import { getById } from "./lookup.js";
import { UnknownIdError } from "./UnknownIdError.js";

/**
 * The result goals of an area, in plan order.
 *
 * @example
 * ```ts
 * import { goalsOfArea } from "@opptrapping/core";
 * goalsOfArea(plan, "A2").map((g) => g.id); // ["R3", "R4", "R5", "R6"]
 * ```
 */
export function goalsOfArea(plan: PlanData, areaId: string): readonly ResultGoal[] {
  getById(plan, "areas", areaId);
  return plan.resultGoals.filter((goal) => goal.areaId === areaId);
}

/**
 * The targets of a result goal.
 *
 * @example
 * ```ts
 * import { targetsOfGoal } from "@opptrapping/core";
 * targetsOfGoal(plan, "R5").map((t) => t.id); // ["R5.phbu", "R5.phv", "R5.tsb"]
 * ```
 */
export function targetsOfGoal(plan: PlanData, goalId: string): readonly Target[] {
  return getById(plan, "resultGoals", goalId).targets;
}

/** A target with the goal it belongs to. */
export interface TargetWithGoal {
  readonly goal: ResultGoal;
  readonly target: Target;
}

/**
 * Every target of the plan with its goal, in plan order.
 *
 * @example
 * ```ts
 * import { allTargets } from "@opptrapping/core";
 * allTargets(plan).length;
 * ```
 */
export function allTargets(plan: PlanData): readonly TargetWithGoal[] {
  return plan.resultGoals.flatMap((goal) => goal.targets.map((target) => ({ goal, target })));
}

/**
 * Finds a target by id, with its goal; throws {@link UnknownIdError}.
 *
 * @example
 * ```ts
 * import { getTarget } from "@opptrapping/core";
 * getTarget(plan, "R5.phbu").goal.id; // "R5"
 * ```
 */
export function getTarget(plan: PlanData, targetId: string): TargetWithGoal {
  const all = allTargets(plan);
  const found = all.find((t) => t.target.id === targetId);
  if (!found) throw new UnknownIdError("resultGoals", "target", targetId, all.map((t) => t.target.id));
  return found;
}

/**
 * The measures linked to a result goal, in plan order.
 *
 * @example
 * ```ts
 * import { measuresOfGoal } from "@opptrapping/core";
 * measuresOfGoal(plan, "R4").map((m) => m.id);
 * ```
 */
export function measuresOfGoal(plan: PlanData, goalId: string): readonly Measure[] {
  getById(plan, "resultGoals", goalId);
  return plan.measures.filter((m) => m.goalIds.includes(goalId));
}

/**
 * The measures of an area, in plan order.
 *
 * @example
 * ```ts
 * import { measuresOfArea } from "@opptrapping/core";
 * measuresOfArea(plan, "A3").length;
 * ```
 */
export function measuresOfArea(plan: PlanData, areaId: string): readonly Measure[] {
  getById(plan, "areas", areaId);
  return plan.measures.filter((m) => m.areaId === areaId);
}

/**
 * The state of a measure: the state of its last lifecycle event — or, as of a date (an ISO
 * date or period string), of the last event before the first one dated after it (events are
 * in time order, so an undated event after a later-dated one does not count either) — or
 * `unknown` when the sources state none.
 *
 * @example
 * ```ts
 * import { measureState } from "@opptrapping/core";
 * measureState({ ...measure, lifecycle: [] }); // "unknown"
 * ```
 */
export function measureState(measure: Measure, asOf?: string): MeasureState | "unknown" {
  if (asOf === undefined) return measure.lifecycle.at(-1)?.state ?? "unknown";
  const cutoff = periodBounds(parsePeriod(asOf)).end;
  let state: MeasureState | "unknown" = "unknown";
  for (const event of measure.lifecycle) {
    if (event.date !== undefined && periodBounds(parsePeriod(event.date)).start > cutoff) break;
    state = event.state;
  }
  return state;
}

/** Measures grouped by current state; every state is present, in lifecycle order. */
export type MeasuresByState = { readonly [S in MeasureState | "unknown"]: readonly Measure[] };

/**
 * Groups the plan's measures by state (see {@link measureState}), as of a date if given.
 *
 * @example
 * ```ts
 * import { measuresByState } from "@opptrapping/core";
 * measuresByState(plan, "2026-01").delivered.map((m) => m.id);
 * ```
 */
export function measuresByState(plan: PlanData, asOf?: string): MeasuresByState {
  const groups: Record<MeasureState | "unknown", Measure[]> = {
    planned: [],
    inProgress: [],
    delivered: [],
    phasedOut: [],
    unknown: [],
  };
  for (const measure of plan.measures) groups[measureState(measure, asOf)].push(measure);
  return Object.freeze(
    Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, Object.freeze(v)])) as unknown as MeasuresByState,
  );
}

/**
 * The allocations linked to a measure, in plan order.
 *
 * @example
 * ```ts
 * import { allocationsOfMeasure } from "@opptrapping/core";
 * allocationsOfMeasure(plan, "M.ips").map((a) => a.amount.toString());
 * ```
 */
export function allocationsOfMeasure(plan: PlanData, measureId: string): readonly Allocation[] {
  getById(plan, "measures", measureId);
  return plan.allocations.filter((a) => a.measureId === measureId);
}

/**
 * The allocations of a budget year, in plan order (allocations without a stated year are left out).
 *
 * @example
 * ```ts
 * import { allocationsOfYear } from "@opptrapping/core";
 * allocationsOfYear(plan, 2026).length;
 * ```
 */
export function allocationsOfYear(plan: PlanData, year: number): readonly Allocation[] {
  return plan.allocations.filter((a) => a.budgetYear === year);
}

/**
 * Milestones whose due period overlaps the given period (any period string, e.g. a range
 * `2026-01/2026-06` or a year `2026`), ordered by due date then id.
 *
 * @example
 * ```ts
 * import { milestonesDue } from "@opptrapping/core";
 * milestonesDue(plan, "2026-01/2026-03").map((m) => m.id);
 * ```
 */
export function milestonesDue(plan: PlanData, period: string): readonly Milestone[] {
  const window = parsePeriod(period);
  return plan.milestones
    .map((milestone) => ({ milestone, due: parsePeriod(milestone.due) }))
    .filter(({ due }) => periodsOverlap(window, due))
    .sort((a, b) => comparePeriods(a.due, b.due) || compareIds(a.milestone.id, b.milestone.id))
    .map(({ milestone }) => milestone);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
