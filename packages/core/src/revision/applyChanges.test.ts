import { describe, expect, it } from "vitest";
import { Decimal } from "../money/index.js";
import type { Plan } from "../plan/types.js";
import { applyChanges } from "./applyChanges.js";
import { diffPlans } from "./diffPlans.js";
import { plan, why } from "./fixtures.test-fixture.js";
import type { PlanChange } from "./planChangeSchema.js";

const measure = (p: Plan, id: string) => p.measures.find((m) => m.id === id);
const target = (p: Plan, id: string) => p.resultGoals.flatMap((g) => g.targets).find((t) => t.id === id);
const milestone = (p: Plan, id: string) => p.milestones.find((m) => m.id === id);
const reason = [{ doc: "S.budget", section: "synthetic change" }];

/** Applies the changes and returns the result with its diff against the fixture. */
function revise(...changes: PlanChange[]) {
  const after = applyChanges(plan, changes);
  return { after, diff: diffPlans(plan, after) };
}

describe("applyChanges, one change of each kind", () => {
  it("phaseOutMeasure appends a phasedOut event with the change's date, note and sources", () => {
    const { after, diff } = revise({ kind: "phaseOutMeasure", measureId: "M.a", date: "2025-06", note: "replaced", sources: why });
    const event = { state: "phasedOut", date: "2025-06", note: "replaced", sources: reason };
    expect(measure(after, "M.a")?.lifecycle).toHaveLength(3);
    expect(measure(after, "M.a")?.lifecycle[2]).toEqual(event);
    expect(diff).toEqual([{ kind: "changed", collection: "measures", id: "M.a", changes: [{ path: ["lifecycle", 2], before: undefined, after: event }] }]);
  });

  it("setMeasureState appends an event in the given state; an undated one has no date", () => {
    const { after, diff } = revise({ kind: "setMeasureState", measureId: "M.b", state: "inProgress", sources: why });
    expect(measure(after, "M.b")?.lifecycle.map((e) => e.state)).toEqual(["planned", "inProgress"]);
    expect(measure(after, "M.b")?.lifecycle[1]).not.toHaveProperty("date");
    expect(diff).toEqual([
      { kind: "changed", collection: "measures", id: "M.b", changes: [{ path: ["lifecycle", 1], before: undefined, after: { state: "inProgress", sources: reason } }] },
    ]);
  });

  it("addMeasure phases a measure in, with the schema's defaults filled in", () => {
    const { after, diff } = revise({
      kind: "addMeasure",
      measure: { id: "M.c", title: { nb: "Nytt tiltak" }, kind: "pilot", areaId: "A2", sources: why },
      sources: why,
    });
    expect(measure(after, "M.c")).toEqual({
      id: "M.c",
      title: { nb: "Nytt tiltak" },
      kind: "pilot",
      areaId: "A2",
      themeIds: [],
      goalIds: [],
      ownerIds: [],
      lifecycle: [],
      sources: reason,
    });
    expect(after.measures.map((m) => m.id)).toEqual(["M.a", "M.b", "M.c"]);
    expect(diff).toEqual([{ kind: "added", collection: "measures", id: "M.c" }]);
  });

  it("changeTarget replaces the target in place, here with a stricter value and a later deadline", () => {
    const { after, diff } = revise({
      kind: "changeTarget",
      targetId: "R1.wait",
      target: {
        id: "R1.wait",
        kind: "threshold",
        indicatorId: "I.wait",
        filter: { service: "PHBU" },
        comparator: "<",
        value: 30,
        deadline: { kind: "year", year: 2029 },
        sources: why,
      },
      sources: why,
    });
    expect(after.resultGoals[0]?.targets.map((t) => t.id)).toEqual(["R1.wait", "R1.rate"]);
    expect(target(after, "R1.wait")).toMatchObject({ value: 30, deadline: { kind: "year", year: 2029 } });
    expect(diff).toEqual([
      {
        kind: "changed",
        collection: "targets",
        id: "R1.wait",
        changes: [
          { path: ["deadline", "year"], before: 2027, after: 2029 },
          { path: ["sources", 0, "doc"], before: "S.letter", after: "S.budget" },
          { path: ["sources", 0, "section"], before: "§5", after: "synthetic change" },
          { path: ["value"], before: 35, after: 30 },
        ],
      },
    ]);
  });

  it("changeTarget may change the kind: a threshold becomes a relative change", () => {
    const { after, diff } = revise({
      kind: "changeTarget",
      targetId: "R1.wait",
      target: { id: "R1.wait", kind: "relativeChange", indicatorId: "I.wait", change: -0.2, deadline: { kind: "year", year: 2027 }, sources: [{ doc: "S.letter", section: "§5" }] },
      sources: why,
    });
    expect(target(after, "R1.wait")?.kind).toBe("relativeChange");
    expect(diff).toEqual([
      {
        kind: "changed",
        collection: "targets",
        id: "R1.wait",
        changes: [
          { path: ["change"], before: undefined, after: -0.2 },
          { path: ["comparator"], before: "<", after: undefined },
          { path: ["filter"], before: { service: "PHBU" }, after: undefined },
          { path: ["kind"], before: "threshold", after: "relativeChange" },
          { path: ["value"], before: 35, after: undefined },
        ],
      },
    ]);
  });

  it("addTarget appends a target to the goal; the diff reports the target, not the goal", () => {
    const { after, diff } = revise({
      kind: "addTarget",
      goalId: "R2",
      target: { id: "R2.wait", kind: "threshold", indicatorId: "I.wait", comparator: "<=", value: 40, deadline: { kind: "longRun" }, sources: why },
      sources: why,
    });
    expect(after.resultGoals[1]?.targets.map((t) => t.id)).toEqual(["R2.share", "R2.wait"]);
    expect(diff).toEqual([{ kind: "added", collection: "targets", id: "R2.wait" }]);
  });

  it("removeTarget removes the target from its goal", () => {
    const { after, diff } = revise({ kind: "removeTarget", targetId: "R1.rate", sources: why });
    expect(after.resultGoals[0]?.targets.map((t) => t.id)).toEqual(["R1.wait"]);
    expect(diff).toEqual([{ kind: "removed", collection: "targets", id: "R1.rate" }]);
  });

  it("addAllocation adds money for a new budget year as an exact Decimal", () => {
    const { after, diff } = revise({
      kind: "addAllocation",
      allocation: {
        id: "AL.2026",
        title: { nb: "Økning 2026" },
        amount: "12345678901234567.89",
        budgetYear: 2026,
        permanence: "permanent",
        channel: "rhfFrame",
        measureId: "M.a",
        sources: why,
      },
      sources: why,
    });
    const added = after.allocations.find((a) => a.id === "AL.2026");
    expect(Decimal.isDecimal(added?.amount)).toBe(true);
    expect(added?.amount.toString()).toBe("12345678901234567.89");
    expect(added?.recipientIds).toEqual([]);
    expect(diff).toEqual([{ kind: "added", collection: "allocations", id: "AL.2026" }]);
  });

  it("removeAllocation removes an allocation nothing refers to", () => {
    const { after, diff } = revise({ kind: "removeAllocation", allocationId: "AL.2025", sources: why });
    expect(after.allocations.map((a) => a.id)).toEqual(["AL.2024"]);
    expect(diff).toEqual([{ kind: "removed", collection: "allocations", id: "AL.2025" }]);
  });

  it("addMilestone adds a milestone", () => {
    const { after, diff } = revise({
      kind: "addMilestone",
      milestone: { id: "MS.law", title: { nb: "Lov i kraft" }, kind: "lawInForce", due: "2027-01-01", status: "planned", measureIds: ["M.b"], sources: why },
      sources: why,
    });
    expect(milestone(after, "MS.law")?.ownerIds).toEqual([]);
    expect(diff).toEqual([{ kind: "added", collection: "milestones", id: "MS.law" }]);
  });

  it("setMilestoneStatus marks a milestone delivered with its delivery date", () => {
    const { after, diff } = revise({ kind: "setMilestoneStatus", milestoneId: "MS.report", status: "delivered", deliveredOn: "2025-05", sources: why });
    expect(milestone(after, "MS.report")).toMatchObject({ status: "delivered", deliveredOn: "2025-05" });
    expect(diff).toEqual([
      {
        kind: "changed",
        collection: "milestones",
        id: "MS.report",
        changes: [
          { path: ["deliveredOn"], before: undefined, after: "2025-05" },
          { path: ["status"], before: "planned", after: "delivered" },
        ],
      },
    ]);
  });

  it("setMilestoneStatus to a status other than delivered drops the delivery date", () => {
    const { after, diff } = revise({ kind: "setMilestoneStatus", milestoneId: "MS.eval", status: "unknown", sources: why });
    expect(milestone(after, "MS.eval")).not.toHaveProperty("deliveredOn");
    expect(diff[0]?.changes).toEqual([
      { path: ["deliveredOn"], before: "2024-11", after: undefined },
      { path: ["status"], before: "delivered", after: "unknown" },
    ]);
  });

  it("setMilestoneStatus delivered without a date keeps the date the milestone had", () => {
    const after = applyChanges(plan, [
      { kind: "setMilestoneStatus", milestoneId: "MS.eval", status: "delivered", sources: why },
    ]);
    expect(milestone(after, "MS.eval")?.deliveredOn).toBe("2024-11");
    expect(diffPlans(plan, after)).toEqual([]);
  });

  it("reportCommitment appends a report to the commitment", () => {
    const { after, diff } = revise({ kind: "reportCommitment", asOf: "2025-12", cumulative: 900_000_000, claimedOnTrack: false, sources: why });
    const report = after.commitment?.reported[1];
    expect(report?.cumulative.toString()).toBe("900000000");
    expect(report).toMatchObject({ asOf: "2025-12", claimedOnTrack: false, sources: reason });
    expect(diff).toHaveLength(1);
    expect(diff[0]).toMatchObject({ kind: "changed", collection: "commitment", id: "C1" });
    expect(diff[0]?.changes?.map((c) => c.path)).toEqual([["reported", 1]]);
  });

  it("setRevision sets the revision info, which the diff reports as a change of the plan", () => {
    const { after, diff } = revise({ kind: "setRevision", version: "2025.1", asOf: "2025-10", note: "Budget 2026" });
    expect(after.revision).toEqual({ version: "2025.1", asOf: "2025-10", note: "Budget 2026" });
    expect(diff).toEqual([
      {
        kind: "changed",
        collection: "plan",
        id: "synthetic-revision-plan",
        changes: [
          { path: ["revision", "asOf"], before: "2024-12", after: "2025-10" },
          { path: ["revision", "note"], before: undefined, after: "Budget 2026" },
          { path: ["revision", "version"], before: "2024.1", after: "2025.1" },
        ],
      },
    ]);
  });
});

describe("applyChanges on a batch", () => {
  it("applies changes in order, so a measure phased in can be started by the next change", () => {
    const after = applyChanges(plan, [
      { kind: "addMeasure", measure: { id: "M.c", title: { nb: "Nytt" }, kind: "study", sources: why }, sources: why },
      { kind: "setMeasureState", measureId: "M.c", state: "inProgress", date: "2025", sources: why },
      { kind: "phaseOutMeasure", measureId: "M.c", date: "2026", sources: why },
    ]);
    expect(measure(after, "M.c")?.lifecycle.map((e) => `${e.state}@${e.date ?? ""}`)).toEqual(["inProgress@2025", "phasedOut@2026"]);
    expect(diffPlans(plan, after)).toEqual([{ kind: "added", collection: "measures", id: "M.c" }]);
  });

  it("sets options.revision after every change, so it wins over a setRevision", () => {
    const after = applyChanges(plan, [{ kind: "setRevision", version: "x", asOf: "2025" }], { revision: { version: "2025.2", asOf: "2025-11" } });
    expect(after.revision).toEqual({ version: "2025.2", asOf: "2025-11" });
  });

  it("returns a new, deeply frozen plan and leaves the input as it was", () => {
    const before = JSON.stringify(plan);
    const after = applyChanges(plan, [{ kind: "phaseOutMeasure", measureId: "M.b", sources: why }]);
    expect(after).not.toBe(plan);
    expect(Object.isFrozen(after)).toBe(true);
    expect(Object.isFrozen(after.measures[1]?.lifecycle)).toBe(true);
    expect(Object.isFrozen(after.measures[1]?.lifecycle[1])).toBe(true);
    expect(Object.isFrozen(after.allocations[0]?.amount)).toBe(true);
    expect(JSON.stringify(plan)).toBe(before);
    expect(measure(plan, "M.b")?.lifecycle).toHaveLength(1);
  });

  it("with no changes returns an equal plan", () => {
    expect(diffPlans(plan, applyChanges(plan, []))).toEqual([]);
  });

  it("accepts changes read from JSON, amounts as strings", () => {
    const changes: unknown = JSON.parse(
      '[{"kind":"reportCommitment","asOf":"2025-06","cumulative":"750000000.5","sources":[{"doc":"S.budget"}]}]',
    );
    const after = applyChanges(plan, changes as PlanChange[]);
    expect(after.commitment?.reported[1]?.cumulative.toString()).toBe("750000000.5");
  });
});
