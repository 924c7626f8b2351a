import { match, P } from "ts-pattern";
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
  return match(change)
    .returnType<Issue[]>()
    .with({ kind: P.union("phaseOutMeasure", "setMeasureState") }, (c) => {
      const measure = draft.measures.find((m) => m.id === c.measureId);
      if (!measure) return fail(unknownId([...at, "measureId"], "measure", c.measureId));
      if (issues.length === 0) measure.lifecycle.push(eventOf(c));
      return issues;
    })
    .with({ kind: "addMeasure" }, (c) => {
      if (draft.measures.some((m) => m.id === c.measure.id)) return fail(duplicateId([...at, "measure", "id"], "measure", c.measure.id));
      if (issues.length === 0) draft.measures.push(c.measure);
      return issues;
    })
    .with({ kind: "changeTarget" }, (c) => {
      const found = locateTarget(draft, c.targetId);
      if (!found) return fail(unknownId([...at, "targetId"], "target", c.targetId));
      if (c.target.id !== c.targetId)
        return fail({
          path: [...at, "target", "id"],
          code: "id_mismatch",
          message: `a changed target keeps its id: expected "${c.targetId}", got "${c.target.id}"`,
        });
      if (issues.length === 0) found.goal.targets[found.index] = c.target;
      return issues;
    })
    .with({ kind: "addTarget" }, (c) => {
      const goal = draft.resultGoals.find((g) => g.id === c.goalId);
      const problems = [
        ...(goal ? [] : [unknownId([...at, "goalId"], "result goal", c.goalId)]),
        ...(locateTarget(draft, c.target.id) ? [duplicateId([...at, "target", "id"], "target", c.target.id)] : []),
      ];
      if (goal && issues.length === 0 && problems.length === 0) goal.targets.push(c.target);
      return [...issues, ...problems];
    })
    .with({ kind: "removeTarget" }, (c) => {
      const found = locateTarget(draft, c.targetId);
      if (!found) return fail(unknownId([...at, "targetId"], "target", c.targetId));
      if (issues.length === 0) found.goal.targets.splice(found.index, 1);
      return issues;
    })
    .with({ kind: "addAllocation" }, (c) => {
      if (draft.allocations.some((a) => a.id === c.allocation.id)) return fail(duplicateId([...at, "allocation", "id"], "allocation", c.allocation.id));
      if (issues.length === 0) draft.allocations.push(c.allocation);
      return issues;
    })
    .with({ kind: "removeAllocation" }, (c) => {
      const index = draft.allocations.findIndex((a) => a.id === c.allocationId);
      if (index === -1) return fail(unknownId([...at, "allocationId"], "allocation", c.allocationId));
      if (issues.length === 0) draft.allocations.splice(index, 1);
      return issues;
    })
    .with({ kind: "addMilestone" }, (c) => {
      if (draft.milestones.some((m) => m.id === c.milestone.id)) return fail(duplicateId([...at, "milestone", "id"], "milestone", c.milestone.id));
      if (issues.length === 0) draft.milestones.push(c.milestone);
      return issues;
    })
    .with({ kind: "setMilestoneStatus" }, (c) => setMilestoneStatus(draft, c, at, issues))
    .with({ kind: "reportCommitment" }, (c) => {
      if (!draft.commitment) return fail({ path: [...at, "kind"], code: "no_commitment", message: "the plan has no commitment to report on" });
      const { asOf, cumulative, claimedOnTrack, sources } = c;
      if (issues.length === 0) draft.commitment.reported.push({ asOf, cumulative, ...(claimedOnTrack === undefined ? {} : { claimedOnTrack }), sources });
      return issues;
    })
    .with({ kind: "setRevision" }, (c) => {
      if (issues.length === 0) draft.revision = { version: c.version, asOf: c.asOf, ...(c.note === undefined ? {} : { note: c.note }) };
      return issues;
    })
    .exhaustive();
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
