import type { Issue } from "../errors.js";
import type { PlanDraft } from "./cloneData.js";
import { duplicateId, unknownId, type ChangePath } from "./changeIssues.js";
import type { ParsedPlanChange } from "./planChangeSchema.js";

type Lifecycle = PlanDraft["measures"][number]["lifecycle"];
type LifecycleEvent = Lifecycle[number];

/**
 * Applies one parsed change to the draft, in place, and returns the reasons it cannot apply.
 * A change that cannot apply leaves the draft as it was, so the changes after it are judged
 * against the plan the earlier, applicable ones made.
 */
export function applyChange(draft: PlanDraft, change: ParsedPlanChange, at: ChangePath): Issue[] {
  const issues = unknownSources(draft, change, at);
  const fail = (issue: Issue) => [...issues, issue];
  switch (change.kind) {
    case "phaseOutMeasure":
    case "setMeasureState": {
      const measure = draft.measures.find((m) => m.id === change.measureId);
      if (!measure) return fail(unknownId([...at, "measureId"], "measure", change.measureId));
      if (issues.length === 0) measure.lifecycle.push(eventOf(change));
      return issues;
    }
    case "addMeasure":
      if (draft.measures.some((m) => m.id === change.measure.id)) return fail(duplicateId([...at, "measure", "id"], "measure", change.measure.id));
      if (issues.length === 0) draft.measures.push(change.measure);
      return issues;
    case "changeTarget": {
      const found = locateTarget(draft, change.targetId);
      if (!found) return fail(unknownId([...at, "targetId"], "target", change.targetId));
      if (change.target.id !== change.targetId)
        return fail({
          path: [...at, "target", "id"],
          code: "id_mismatch",
          message: `a changed target keeps its id: expected "${change.targetId}", got "${change.target.id}"`,
        });
      if (issues.length === 0) found.goal.targets[found.index] = change.target;
      return issues;
    }
    case "addTarget": {
      const goal = draft.resultGoals.find((g) => g.id === change.goalId);
      const problems = [
        ...(goal ? [] : [unknownId([...at, "goalId"], "result goal", change.goalId)]),
        ...(locateTarget(draft, change.target.id) ? [duplicateId([...at, "target", "id"], "target", change.target.id)] : []),
      ];
      if (goal && issues.length === 0 && problems.length === 0) goal.targets.push(change.target);
      return [...issues, ...problems];
    }
    case "removeTarget": {
      const found = locateTarget(draft, change.targetId);
      if (!found) return fail(unknownId([...at, "targetId"], "target", change.targetId));
      if (issues.length === 0) found.goal.targets.splice(found.index, 1);
      return issues;
    }
    case "addAllocation":
      if (draft.allocations.some((a) => a.id === change.allocation.id))
        return fail(duplicateId([...at, "allocation", "id"], "allocation", change.allocation.id));
      if (issues.length === 0) draft.allocations.push(change.allocation);
      return issues;
    case "removeAllocation": {
      const index = draft.allocations.findIndex((a) => a.id === change.allocationId);
      if (index === -1) return fail(unknownId([...at, "allocationId"], "allocation", change.allocationId));
      if (issues.length === 0) draft.allocations.splice(index, 1);
      return issues;
    }
    case "addMilestone":
      if (draft.milestones.some((m) => m.id === change.milestone.id))
        return fail(duplicateId([...at, "milestone", "id"], "milestone", change.milestone.id));
      if (issues.length === 0) draft.milestones.push(change.milestone);
      return issues;
    case "setMilestoneStatus":
      return setMilestoneStatus(draft, change, at, issues);
    case "reportCommitment": {
      if (!draft.commitment) return fail({ path: [...at, "kind"], code: "no_commitment", message: "the plan has no commitment to report on" });
      const { asOf, cumulative, claimedOnTrack, sources } = change;
      if (issues.length === 0)
        draft.commitment.reported.push({ asOf, cumulative, ...(claimedOnTrack === undefined ? {} : { claimedOnTrack }), sources });
      return issues;
    }
    case "setRevision":
      if (issues.length === 0)
        draft.revision = { version: change.version, asOf: change.asOf, ...(change.note === undefined ? {} : { note: change.note }) };
      return issues;
    default:
      return exhaustive(change);
  }
}

function setMilestoneStatus(
  draft: PlanDraft,
  change: Extract<ParsedPlanChange, { kind: "setMilestoneStatus" }>,
  at: ChangePath,
  issues: Issue[],
): Issue[] {
  const index = draft.milestones.findIndex((m) => m.id === change.milestoneId);
  const milestone = draft.milestones[index];
  if (!milestone) return [...issues, unknownId([...at, "milestoneId"], "milestone", change.milestoneId)];
  if (change.deliveredOn !== undefined && change.status !== "delivered")
    return [
      ...issues,
      { path: [...at, "deliveredOn"], code: "inconsistent_status", message: `a delivery date is given but the status is "${change.status}"` },
    ];
  if (issues.length > 0) return issues;
  // A milestone that is no longer delivered has no delivery date; a delivered one keeps its date unless a new one is given.
  const { deliveredOn: previous, ...rest } = milestone;
  const deliveredOn = change.status === "delivered" ? (change.deliveredOn ?? previous) : undefined;
  draft.milestones[index] = { ...rest, status: change.status, ...(deliveredOn === undefined ? {} : { deliveredOn }) };
  return issues;
}

function eventOf(change: Extract<ParsedPlanChange, { kind: "phaseOutMeasure" | "setMeasureState" }>): LifecycleEvent {
  const state = change.kind === "phaseOutMeasure" ? "phasedOut" : change.state;
  return {
    state,
    ...(change.date === undefined ? {} : { date: change.date }),
    ...(change.note === undefined ? {} : { note: change.note }),
    sources: change.sources,
  };
}

function locateTarget(draft: PlanDraft, targetId: string) {
  for (const goal of draft.resultGoals) {
    const index = goal.targets.findIndex((t) => t.id === targetId);
    if (index !== -1) return { goal, index };
  }
  return undefined;
}

/** A change's own sources (why it is made) must name source documents of the plan. */
function unknownSources(draft: PlanDraft, change: ParsedPlanChange, at: ChangePath): Issue[] {
  const known = new Set(draft.sources.map((s) => s.id));
  return (change.sources ?? []).flatMap((ref, i) =>
    known.has(ref.doc) ? [] : [{ path: [...at, "sources", i, "doc"], code: "dangling_reference", message: `unknown source document "${ref.doc}"` }],
  );
}

function exhaustive(change: never): never {
  throw new Error(`unhandled change kind ${JSON.stringify((change as { kind?: unknown }).kind)}`);
}
