export { UnknownIdError } from "./UnknownIdError.js";
export { findById, getById, type EntityOf, type PlanCollection } from "./lookup.js";
export {
  allTargets,
  allocationsOfMeasure,
  allocationsOfYear,
  getTarget,
  goalsOfArea,
  measureState,
  measuresByState,
  measuresOfArea,
  measuresOfGoal,
  milestonesDue,
  targetsOfGoal,
  type MeasuresByState,
  type TargetWithGoal,
} from "./queries.js";
