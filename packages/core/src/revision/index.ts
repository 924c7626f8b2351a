export {
  planChangeSchema,
  PLAN_CHANGE_KINDS,
  type PlanChange,
  type PlanChangeKind,
  type PlanChangeOfKind,
} from "./planChangeSchema.js";
export { RevisionError } from "./RevisionError.js";
export { applyChanges, type ApplyChangesOptions } from "./applyChanges.js";
export { diffPlans } from "./diffPlans.js";
export {
  PLAN_DIFF_COLLECTIONS,
  type FieldChange,
  type PlanDiff,
  type PlanDiffCollection,
  type PlanDiffEntry,
} from "./diffTypes.js";
export { describeChange } from "./describeChange.js";
