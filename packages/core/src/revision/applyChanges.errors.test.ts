import { describe, expect, it } from "vitest";
import { OpptrappingError } from "../errors.js";
import { PlanValidationError } from "../plan/PlanValidationError.js";
import type { Plan } from "../plan/types.js";
import { applyChanges, type ApplyChangesOptions } from "./applyChanges.js";
import { plan, planWith, why } from "./fixtures.test-fixture.js";
import type { PlanChange } from "./planChangeSchema.js";
import { RevisionError } from "./RevisionError.js";

/** The RevisionError applyChanges throws for these changes. */
function failure(changes: readonly PlanChange[], options?: ApplyChangesOptions, on: Plan = plan): RevisionError {
  try {
    applyChanges(on, changes, options);
  } catch (error) {
    if (error instanceof RevisionError) return error;
    throw error;
  }
  throw new Error("expected applyChanges to throw");
}
const brief = (e: RevisionError) => e.issues.map((i) => `${i.path.join(".")} ${i.code}`);

const target = { kind: "threshold", indicatorId: "I.wait", comparator: "<", value: 30, deadline: { kind: "longRun" }, sources: why } as const;

describe("applyChanges reports every change that cannot apply", () => {
  it("names unknown measure, target, goal, allocation and milestone ids with the change's index", () => {
    const error = failure([
      { kind: "phaseOutMeasure", measureId: "M.x", sources: why },
      { kind: "setMeasureState", measureId: "M.y", state: "delivered", sources: why },
      { kind: "changeTarget", targetId: "R9.x", target: { ...target, id: "R9.x" }, sources: why },
      { kind: "addTarget", goalId: "R9", target: { ...target, id: "R9.y" }, sources: why },
      { kind: "removeTarget", targetId: "R9.z", sources: why },
      { kind: "removeAllocation", allocationId: "AL.1999", sources: why },
      { kind: "setMilestoneStatus", milestoneId: "MS.x", status: "delivered", sources: why },
    ]);
    expect(error.code).toBe("invalid_change");
    expect(brief(error)).toEqual([
      "changes.0.measureId unknown_id",
      "changes.1.measureId unknown_id",
      "changes.2.targetId unknown_id",
      "changes.3.goalId unknown_id",
      "changes.4.targetId unknown_id",
      "changes.5.allocationId unknown_id",
      "changes.6.milestoneId unknown_id",
    ]);
    expect(error.issues[0]?.message).toBe('the plan has no measure "M.x" at this point');
  });

  it("pins the message: a headline, then each problem", () => {
    expect(() =>
      applyChanges(plan, [
        { kind: "phaseOutMeasure", measureId: "M.a", sources: why },
        { kind: "removeAllocation", allocationId: "AL.1999", sources: why },
      ]),
    ).toThrowErrorMatchingInlineSnapshot(`
      [RevisionError: Cannot apply the changes: 1 problem in 1 of 2 changes; nothing was applied
        - changes[1].allocationId: the plan has no allocation "AL.1999" at this point [unknown_id]]
    `);
  });

  it("rejects adding an id the plan already has, a target id taken in another goal included", () => {
    const error = failure([
      { kind: "addMeasure", measure: { id: "M.a", title: { nb: "Igjen" }, kind: "other", sources: why }, sources: why },
      { kind: "addTarget", goalId: "R2", target: { ...target, id: "R1.wait" }, sources: why },
      {
        kind: "addAllocation",
        allocation: { id: "AL.2024", title: { nb: "Igjen" }, amount: 1, permanence: "unknown", channel: "unknown", sources: why },
        sources: why,
      },
      { kind: "addMilestone", milestone: { id: "MS.report", title: { nb: "Igjen" }, kind: "report", due: "2026", status: "planned", sources: why }, sources: why },
    ]);
    expect(brief(error)).toEqual([
      "changes.0.measure.id duplicate_id",
      "changes.1.target.id duplicate_id",
      "changes.2.allocation.id duplicate_id",
      "changes.3.milestone.id duplicate_id",
    ]);
    expect(error.issues[1]?.message).toBe('the plan already has a target "R1.wait"');
  });

  it("judges each change against the plan the earlier ones made: a removed target cannot be changed", () => {
    const error = failure([
      { kind: "removeTarget", targetId: "R1.rate", sources: why },
      { kind: "changeTarget", targetId: "R1.rate", target: { ...target, id: "R1.rate" }, sources: why },
    ]);
    expect(brief(error)).toEqual(["changes.1.targetId unknown_id"]);
  });

  it("rejects a changed target with another id", () => {
    const error = failure([{ kind: "changeTarget", targetId: "R1.wait", target: { ...target, id: "R1.other" }, sources: why }]);
    expect(brief(error)).toEqual(["changes.0.target.id id_mismatch"]);
  });

  it("rejects a change citing a source document the plan does not have", () => {
    const error = failure([{ kind: "removeTarget", targetId: "R1.rate", sources: [{ doc: "S.budget" }, { doc: "S.nowhere" }] }]);
    expect(brief(error)).toEqual(["changes.0.sources.1.doc dangling_reference"]);
  });

  it("rejects a delivery date on a milestone that is not delivered", () => {
    const error = failure([{ kind: "setMilestoneStatus", milestoneId: "MS.report", status: "planned", deliveredOn: "2025", sources: why }]);
    expect(brief(error)).toEqual(["changes.0.deliveredOn inconsistent_status"]);
  });

  it("rejects a commitment report on a plan without a commitment", () => {
    const bare = planWith((p) => delete p.commitment);
    const error = failure([{ kind: "reportCommitment", asOf: "2025", cumulative: "1", sources: why }], undefined, bare);
    expect(brief(error)).toEqual(["changes.0.kind no_commitment"]);
  });

  it("reports a malformed change (as from JSON) with zod's paths under the change", () => {
    const changes = [
      { kind: "phaseOutMeasure", measureId: "M.a", date: "2025T7", sources: why },
      { kind: "renameMeasure", measureId: "M.a" },
      { kind: "reportCommitment", asOf: "2025", cumulative: "-5", sources: [] },
    ] as unknown as PlanChange[];
    expect(brief(failure(changes))).toEqual([
      "changes.0.date invalid_period",
      "changes.1.kind invalid_union",
      "changes.2.cumulative negative_money",
      "changes.2.sources too_small",
    ]);
  });

  it("reports a malformed options.revision", () => {
    const error = failure([], { revision: { version: "", asOf: "2025" } });
    expect(brief(error)).toEqual(["options.revision.version too_small"]);
    expect(error.message.split("\n")[0]).toBe("Cannot apply the changes: 1 problem in options.revision; nothing was applied");
  });
});

describe("applyChanges reports a result that fails plan validation", () => {
  it("prefixes the plan's issues with result: a new target pointing at an unknown indicator", () => {
    const error = failure([
      { kind: "phaseOutMeasure", measureId: "M.b", sources: why },
      { kind: "addTarget", goalId: "R1", target: { ...target, id: "R1.new", indicatorId: "I.none" }, sources: why },
    ]);
    expect(error.issues).toEqual([
      { path: ["result", "resultGoals", 0, "targets", 2, "indicatorId"], code: "dangling_reference", message: 'unknown indicator "I.none"' },
    ]);
    expect(error.cause).toBeInstanceOf(PlanValidationError);
    expect(error.message).toMatchInlineSnapshot(`
      "The plan is invalid after applying #0 phaseOutMeasure M.b, #1 addTarget R1.new: 1 problem; nothing was applied
        - result.resultGoals[0].targets[2].indicatorId: unknown indicator "I.none" [dangling_reference]"
    `);
  });

  it("catches a removal that leaves a reference dangling, and a lifecycle going backwards", () => {
    const error = failure([
      { kind: "removeAllocation", allocationId: "AL.2024", sources: why },
      { kind: "setMeasureState", measureId: "M.a", state: "planned", sources: why },
    ]);
    expect(brief(error)).toEqual([
      "result.measures.0.lifecycle.2.state invalid_lifecycle",
      "result.proposals.0.items.0.allocationIds.0 dangling_reference",
    ]);
  });

  it("catches a lifecycle date before the previous event and an allocation outside the plan period", () => {
    const error = failure([
      { kind: "setMeasureState", measureId: "M.a", state: "delivered", date: "2023-06", sources: why },
      {
        kind: "addAllocation",
        allocation: { id: "AL.2040", title: { nb: "For sent" }, amount: 1, budgetYear: 2040, permanence: "oneOff", channel: "unknown", sources: why },
        sources: why,
      },
    ]);
    expect(brief(error)).toEqual(["result.allocations.2.budgetYear outside_plan_period", "result.measures.0.lifecycle.2.date invalid_lifecycle"]);
  });
});

describe("applyChanges is all or nothing", () => {
  it("throws for a batch whose last change fails, leaving the input plan untouched and frozen", () => {
    const before = JSON.stringify(plan);
    expect(() =>
      applyChanges(plan, [
        { kind: "phaseOutMeasure", measureId: "M.a", sources: why },
        { kind: "removeTarget", targetId: "R1.rate", sources: why },
        { kind: "removeAllocation", allocationId: "AL.none", sources: why },
      ]),
    ).toThrow(RevisionError);
    expect(JSON.stringify(plan)).toBe(before);
    expect(JSON.stringify(plan)).toBe(JSON.stringify(planWith(() => undefined)));
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.measures[0]?.lifecycle)).toBe(true);
    expect(plan.measures[0]?.lifecycle).toHaveLength(2);
    expect(plan.resultGoals[0]?.targets).toHaveLength(2);
  });

  it("throws for a batch whose result is invalid, leaving the input plan untouched", () => {
    expect(() => applyChanges(plan, [{ kind: "removeAllocation", allocationId: "AL.2024", sources: why }])).toThrow(RevisionError);
    expect(plan.allocations.map((a) => a.id)).toEqual(["AL.2024", "AL.2025"]);
  });

  it("does not touch the changes it is given", () => {
    const change = {
      kind: "addMeasure",
      measure: { id: "M.c", title: { nb: "Nytt" }, kind: "study", lifecycle: [], sources: [{ doc: "S.budget" }] },
      sources: [{ doc: "S.budget" }],
    } as const;
    const copy = structuredClone(change);
    applyChanges(plan, [change, { kind: "setMeasureState", measureId: "M.c", state: "planned", sources: why }]);
    expect(change).toEqual(copy);
  });
});

describe("RevisionError", () => {
  it("is an OpptrappingError with code invalid_change and frozen issues", () => {
    const error = failure([{ kind: "removeTarget", targetId: "R9", sources: why }]);
    expect(error).toBeInstanceOf(OpptrappingError);
    expect(error.name).toBe("RevisionError");
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(Object.isFrozen(error.issues[0]?.path)).toBe(true);
  });

  it("lists at most ten issues in its message", () => {
    const changes = Array.from({ length: 12 }, (_, i): PlanChange => ({ kind: "removeTarget", targetId: `X${i}`, sources: why }));
    const error = failure(changes);
    expect(error.issues).toHaveLength(12);
    expect(error.message.split("\n").at(-1)).toBe("  … and 2 more");
  });
});
