import { describe, expect, expectTypeOf, it } from "vitest";
import type { DeepReadonly } from "../deepReadonly.js";
import type { Decimal } from "../money/index.js";
import type { Allocation, Measure, ResultGoal } from "../schema/plan.js";
import type { Target } from "../schema/target.js";
import { validPlanInput } from "./fixtures.test-fixture.js";
import { parsePlan } from "./parsePlan.js";
import type { Plan, PlanData, PlanInput } from "./types.js";

describe("Plan types", () => {
  const plan = parsePlan(validPlanInput());

  it("makes a Plan deeply read-only", () => {
    const attempts = () => {
      // @ts-expect-error: fields are read-only
      plan.id = "other";
      // @ts-expect-error: nested fields are read-only
      plan.resultGoals[0]!.targets[0]!.id = "other";
      // @ts-expect-error: localized texts are read-only
      plan.title.nb = "other";
      // @ts-expect-error: arrays are read-only
      plan.measures.push(plan.measures[0]!);
      // @ts-expect-error: nested arrays are read-only
      plan.measures[0]!.goalIds.push("R9");
      // @ts-expect-error: array elements are read-only
      plan.allocations[0] = plan.allocations[1]!;
      // @ts-expect-error: amounts are read-only fields
      plan.allocations[0]!.amount = plan.allocations[1]!.amount;
    };
    // At run time the plan is frozen too, so each attempt throws.
    expect(attempts).toThrow(TypeError);
  });

  it("types collections as read-only arrays of the entity types", () => {
    expectTypeOf(plan.resultGoals).toEqualTypeOf<readonly ResultGoal[]>();
    expectTypeOf(plan.measures).toEqualTypeOf<readonly Measure[]>();
    expectTypeOf(plan.allocations).toEqualTypeOf<readonly Allocation[]>();
    expectTypeOf(plan.resultGoals[0]!.targets).toEqualTypeOf<readonly Target[]>();
  });

  it("keeps amounts as Decimals (usable with decimal.js), not read-only copies of them", () => {
    expectTypeOf(plan.allocations[0]!.amount).toEqualTypeOf<Decimal>();
    expectTypeOf<DeepReadonly<{ amount: Decimal }>>().toEqualTypeOf<{ readonly amount: Decimal }>();
    expectTypeOf(plan.commitment).toEqualTypeOf<PlanData["commitment"]>();
  });

  it("brands a Plan so that only parsePlan makes one", () => {
    expectTypeOf<Plan>().toExtend<PlanData>();
    expectTypeOf<PlanData>().not.toExtend<Plan>();
  });

  it("accepts JSON-like input: optional defaulted lists, amounts as strings or numbers", () => {
    expectTypeOf<undefined>().toExtend<PlanInput["measures"]>();
    expectTypeOf<undefined>().not.toExtend<PlanInput["resultGoals"]>();
    expectTypeOf<NonNullable<PlanInput["allocations"]>[number]["amount"]>().toEqualTypeOf<string | number | Decimal>();
    expectTypeOf(validPlanInput()).toEqualTypeOf<PlanInput>();
  });
});
