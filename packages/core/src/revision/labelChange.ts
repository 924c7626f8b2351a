import type { PlanChange } from "./planChangeSchema.js";

/** A short, language-neutral label of a change for error messages: its kind and the id it touches. */
export function labelChange(change: PlanChange): string {
  const id = subjectOf(change);
  return id === undefined ? change.kind : `${change.kind} ${id}`;
}

/** What a change is about: the id it touches, the report date or the version. */
function subjectOf(change: PlanChange): string | undefined {
  switch (change.kind) {
    case "phaseOutMeasure":
    case "setMeasureState":
      return change.measureId;
    case "addMeasure":
      return change.measure.id;
    case "changeTarget":
    case "removeTarget":
      return change.targetId;
    case "addTarget":
      return change.target.id;
    case "addAllocation":
      return change.allocation.id;
    case "removeAllocation":
      return change.allocationId;
    case "addMilestone":
      return change.milestone.id;
    case "setMilestoneStatus":
      return change.milestoneId;
    case "reportCommitment":
      return change.asOf;
    case "setRevision":
      return change.version;
    default:
      change satisfies never;
      return undefined;
  }
}
