import {
  classifyOrgUnitId,
  countyOfMunicipality,
  deepFreeze,
  isOrgUnitId,
  type Issue,
  type Observation,
  type OrgHierarchy,
  type PlanData,
  ssbSpecialRegionOf,
} from "@opptrapping/core";
import { resolveAsOf } from "../assess.js";
import { AssessmentInputError } from "../errors.js";
import { checkObservations } from "./checkObservations.js";
import { evaluateTargets, ObservationsError, type EvaluateSettings, type PlanEvaluation } from "./evaluatePlan.js";

/** The levels {@link evaluateByLevel} evaluates. */
export type EvaluationLevel = "rhf" | "hf" | "county";

/** Settings of {@link evaluateByLevel}. */
export interface EvaluateByLevelSettings extends EvaluateSettings {
  /** The org-unit level to evaluate each unit of: `rhf`, `hf` or `county`. */
  readonly level: EvaluationLevel;
  /**
   * Where each unit below the level belongs (HF → RHF, municipality → county). Municipalities
   * find their county by number without it; HFs need it to roll up to their RHF.
   */
  readonly hierarchy?: OrgHierarchy;
}

/** One unit's evaluation: its goals and areas as the plan judges them on the unit's own figures. */
export interface UnitEvaluation {
  readonly orgUnit: string;
  readonly goals: PlanEvaluation["goals"];
  readonly areas: PlanEvaluation["areas"];
  readonly counts: PlanEvaluation["counts"];
  readonly coverage: PlanEvaluation["coverage"];
  readonly dataGaps: PlanEvaluation["dataGaps"];
  /** Problems with the unit's observations; paths point into the caller's array. */
  readonly dataIssues: readonly Issue[];
}

/** Every unit of a level, evaluated. */
export interface LevelEvaluation {
  readonly asOf: string;
  readonly level: EvaluationLevel;
  /** The units that have observations (their own, or of units below them), sorted by id. */
  readonly units: readonly UnitEvaluation[];
  /** Observations at no unit of the level (the nation, higher levels, units the hierarchy cannot place). */
  readonly unplaced: number;
}

/**
 * Evaluates the plan's targets for each org unit of a level — each RHF, HF or county — on that
 * unit's figures: its own observations, or else the aggregate of the units below it, by the
 * same rules as the national figure (`evaluatePlan`): weighted means, summed numerators and
 * denominators, coverage checks (`evaluateTargets`). The budget, measures and milestones are
 * national: they are neither worked out nor repeated per unit.
 * Strict mode throws one {@link ObservationsError} for the whole input, as `evaluatePlan` does.
 *
 * @example
 * ```ts
 * import { evaluateByLevel } from "@opptrapping/indicators";
 * const byCounty = evaluateByLevel(plan, observations, { asOf: "2026-12", level: "county" });
 * byCounty.units.map((u) => `${u.orgUnit}: ${u.goals.find((g) => g.goalId === "R5")?.status}`);
 * ```
 */
export function evaluateByLevel(plan: PlanData, observations: readonly Observation[], settings: EvaluateByLevelSettings): LevelEvaluation {
  const { level, hierarchy, ...rest } = settings;
  if (!["rhf", "hf", "county"].includes(level))
    throw new AssessmentInputError("invalid_setting", `level must be "rhf", "hf" or "county", got ${JSON.stringify(level)}.`, ["level"]);
  const strict = (settings.mode ?? "strict") === "strict";
  if (strict) {
    const problems = checkObservations(plan.indicators, observations);
    if (problems.length > 0) throw new ObservationsError(problems);
  }
  const groups = new Map<string, { observations: Observation[]; index: number[] }>();
  let unplaced = 0;
  observations.forEach((o, i) => {
    const unit = unitAt(o.orgUnit, level, hierarchy);
    if (unit === undefined) return void unplaced++;
    let group = groups.get(unit);
    if (!group) groups.set(unit, (group = { observations: [], index: [] }));
    // The unit's own figure stands in for "the nation" of its sub-plan; units below it stay as they are.
    group.observations.push(o.orgUnit === unit ? { ...o, orgUnit: "NO" } : o);
    group.index.push(i);
  });
  const units = [...groups.keys()].sort().map((orgUnit): UnitEvaluation => {
    const group = groups.get(orgUnit)!;
    const e = evaluateTargets(plan, group.observations, { ...rest, mode: "lenient" });
    const dataIssues = e.dataIssues.map((issue) =>
      typeof issue.path[0] === "number" ? { ...issue, path: [group.index[issue.path[0]]!, ...issue.path.slice(1)] } : issue,
    );
    return { orgUnit, goals: e.goals, areas: e.areas, counts: e.counts, coverage: e.coverage, dataGaps: e.dataGaps, dataIssues };
  });
  return deepFreeze({ asOf: resolveAsOf(settings.asOf), level, units, unplaced });
}

/** The unit at `level` an org unit id belongs to: itself, its county, or its ancestor in the hierarchy. */
function unitAt(id: string, level: EvaluationLevel, hierarchy: OrgHierarchy | undefined): string | undefined {
  if (!isOrgUnitId(id)) return undefined;
  let own: string;
  try {
    own = classifyOrgUnitId(id);
  } catch {
    return undefined; // SSB's special regions belong to no county or health region
  }
  if (own === level) return id;
  if (ssbSpecialRegionOf(id) !== undefined) return undefined; // Svalbard, the shelf, unallocated: in no county or region
  if (hierarchy?.has(id)) return hierarchy.ancestorAt(id, level)?.id;
  if (level === "county" && own === "municipality") return countyOfMunicipality(id);
  return undefined;
}
