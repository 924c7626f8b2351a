import { describe, expect, it } from "vitest";
import { Decimal } from "../money/index.js";
import { parsePlan } from "../plan/parsePlan.js";
import { diffPlans } from "./diffPlans.js";
import { PLAN_DIFF_COLLECTIONS } from "./diffTypes.js";
import { plan, planInput, planWith } from "./fixtures.test-fixture.js";

describe("diffPlans", () => {
  it("finds nothing between a plan and itself, or a plan parsed again from the same data", () => {
    expect(diffPlans(plan, plan)).toEqual([]);
    expect(diffPlans(plan, parsePlan(planInput()))).toEqual([]);
  });

  it("compares amounts by value: 60000000.00 equals 60000000, and 1.50 equals 1.5", () => {
    expect(diffPlans(plan, planWith((p) => (p.allocations[0]!["amount"] = "60000000.00")))).toEqual([]);
    const a = planWith((p) => (p.allocations[1]!["amount"] = "1.50"));
    const b = planWith((p) => (p.allocations[1]!["amount"] = 1.5));
    expect(diffPlans(a, b)).toEqual([]);
  });

  it("reports a changed amount with the Decimals before and after", () => {
    const diff = diffPlans(plan, planWith((p) => (p.allocations[0]!["amount"] = "60000000.01")));
    expect(diff).toHaveLength(1);
    expect(diff[0]).toMatchObject({ kind: "changed", collection: "allocations", id: "AL.2024" });
    const change = diff[0]?.changes?.[0];
    expect(change?.path).toEqual(["amount"]);
    expect(Decimal.isDecimal(change?.before) && change.before.toString()).toBe("60000000");
    expect(Decimal.isDecimal(change?.after) && change.after.toString()).toBe("60000000.01");
  });

  it("reports a target moved to another goal as a change of its goalId, and no change of the goals", () => {
    const moved = planWith((p) => {
      const [wait, rate] = p.resultGoals[0]!.targets;
      p.resultGoals[0]!.targets = [wait!];
      p.resultGoals[1]!.targets.unshift(rate!);
    });
    expect(diffPlans(plan, moved)).toEqual([
      { kind: "changed", collection: "targets", id: "R1.rate", changes: [{ path: ["goalId"], before: "R1", after: "R2" }] },
    ]);
  });

  it("reports a changed field of a goal without its targets", () => {
    const diff = diffPlans(plan, planWith((p) => (p.resultGoals[1]!["areaId"] = "A1")));
    expect(diff).toEqual([{ kind: "changed", collection: "resultGoals", id: "R2", changes: [{ path: ["areaId"], before: "A2", after: "A1" }] }]);
  });

  it("reports array elements one side lacks whole, by index: a sub-area added to an area", () => {
    const sub = { id: "A1.b", title: { nb: "Underområde b" }, sources: [{ doc: "S.letter" }] };
    const diff = diffPlans(plan, planWith((p) => p.areas[0]!.subAreas.push(sub)));
    expect(diff).toEqual([{ kind: "changed", collection: "areas", id: "A1", changes: [{ path: ["subAreas", 1], before: undefined, after: sub }] }]);
  });

  it("reports the plan's own fields under collection plan, with the plan's id", () => {
    const diff = diffPlans(plan, planWith((p) => (p.title.en = "Renamed")));
    expect(diff).toEqual([
      {
        kind: "changed",
        collection: "plan",
        id: "synthetic-revision-plan",
        changes: [{ path: ["title", "en"], before: "Synthetic plan for revision tests", after: "Renamed" }],
      },
    ]);
  });

  it("treats a renamed commitment as the same commitment changed, and a dropped one as removed", () => {
    const renamed = planWith((p) => (p.commitment!["id"] = "C2"));
    expect(diffPlans(plan, renamed)).toEqual([
      { kind: "changed", collection: "commitment", id: "C2", changes: [{ path: ["id"], before: "C1", after: "C2" }] },
    ]);
    const dropped = planWith((p) => delete p.commitment);
    expect(diffPlans(plan, dropped)).toEqual([{ kind: "removed", collection: "commitment", id: "C1" }]);
    expect(diffPlans(dropped, plan)).toEqual([{ kind: "added", collection: "commitment", id: "C1" }]);
  });

  it("orders entries by collection, then by id in code-unit order (upper case first)", () => {
    const after = planWith((p) => {
      p.title.nb = "Ny tittel";
      p.measures.push({ id: "M.B", title: { nb: "Stor B" }, kind: "other", sources: [{ doc: "S.letter" }] });
      p.measures.push({ id: "M.0", title: { nb: "Null" }, kind: "other", sources: [{ doc: "S.letter" }] });
      p.measures[0]!["kind"] = "study";
      p.allocations.pop();
      p.resultGoals[0]!.targets.pop();
      p.areas[0]!.subAreas[0]!["title"] = { nb: "Nytt navn" };
    });
    expect(diffPlans(plan, after).map((e) => `${e.kind} ${e.collection} ${e.id}`)).toEqual([
      "changed areas A1",
      "removed targets R1.rate",
      "added measures M.0",
      "added measures M.B",
      "changed measures M.a",
      "removed allocations AL.2025",
      "changed plan synthetic-revision-plan",
    ]);
  });

  it("is frozen, entries and field changes included", () => {
    const diff = diffPlans(plan, planWith((p) => (p.measures[0]!["kind"] = "study")));
    expect(Object.isFrozen(diff)).toBe(true);
    expect(Object.isFrozen(diff[0])).toBe(true);
    expect(Object.isFrozen(diff[0]?.changes)).toBe(true);
    expect(Object.isFrozen(diff[0]?.changes?.[0]?.path)).toBe(true);
  });

  it("lists its collections in the documented order", () => {
    expect(PLAN_DIFF_COLLECTIONS).toEqual([
      "areas", "resultGoals", "targets", "indicators", "measures", "allocations", "actors",
      "milestones", "proposals", "sources", "mainGoals", "themes", "commitment", "plan",
    ]);
  });
});
