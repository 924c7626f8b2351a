import { match, P } from "ts-pattern";
import type { PlanChange } from "./planChangeSchema.js";

/** A short, language-neutral label of a change for error messages: its kind and the id it touches. */
export function labelChange(change: PlanChange): string {
  const id = subjectOf(change);
  return id === undefined ? change.kind : `${change.kind} ${id}`;
}

/** What a change is about: the id it touches, the report date or the version. */
function subjectOf(change: PlanChange): string | undefined {
  return match(change)
    .returnType<string | undefined>()
    .with({ kind: P.union("phaseOutMeasure", "setMeasureState") }, (c) => c.measureId)
    .with({ kind: "addMeasure" }, (c) => c.measure.id)
    .with({ kind: P.union("changeTarget", "removeTarget") }, (c) => c.targetId)
    .with({ kind: "addTarget" }, (c) => c.target.id)
    .with({ kind: "addAllocation" }, (c) => c.allocation.id)
    .with({ kind: "removeAllocation" }, (c) => c.allocationId)
    .with({ kind: "addMilestone" }, (c) => c.milestone.id)
    .with({ kind: "setMilestoneStatus" }, (c) => c.milestoneId)
    .with({ kind: "reportCommitment" }, (c) => c.asOf)
    .with({ kind: "setRevision" }, (c) => c.version)
    .exhaustive();
}
