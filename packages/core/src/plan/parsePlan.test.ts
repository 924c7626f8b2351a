import { describe, expect, it } from "vitest";
import { OpptrappingError } from "../errors.js";
import { Decimal } from "../money/index.js";
import { brief, issuesOf, planWith, validPlanInput } from "./fixtures.test-fixture.js";
import { parsePlan, safeParsePlan } from "./parsePlan.js";
import { PlanValidationError } from "./PlanValidationError.js";

describe("parsePlan on a valid plan", () => {
  it("accepts the synthetic fixture and keeps its entities in order", () => {
    const plan = parsePlan(validPlanInput());
    expect(plan.id).toBe("synthetic-plan");
    expect(plan.areas.map((a) => a.id)).toEqual(["A1", "A2", "A3"]);
    expect(plan.resultGoals.flatMap((g) => g.targets.map((t) => t.kind))).toEqual([
      "threshold",
      "relativeChange",
      "direction",
      "coverage",
      "noDecline",
      "capacity",
      "gap",
      "growthExceeds",
    ]);
    expect(plan.measures.map((m) => m.id)).toEqual(["M.assign", "M.grant", "M.pilot", "M.study", "M.law"]);
  });

  it("accepts a target deadline after the plan period (2040 for a 2023/2033 plan)", () => {
    const plan = parsePlan(validPlanInput());
    expect(plan.resultGoals[1]?.targets[2]?.deadline).toEqual({ kind: "year", year: 2040 });
    expect(safeParsePlan(planWith((p) => (p.resultGoals[0].targets[0].deadline = { kind: "year", year: 2099 }))).success).toBe(true);
  });

  it("freezes the result at every depth, arrays and Decimal amounts included", () => {
    const plan = parsePlan(validPlanInput());
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.title)).toBe(true);
    expect(Object.isFrozen(plan.resultGoals)).toBe(true);
    expect(Object.isFrozen(plan.resultGoals[0])).toBe(true);
    expect(Object.isFrozen(plan.resultGoals[0]?.targets)).toBe(true);
    expect(Object.isFrozen(plan.resultGoals[0]?.targets[0])).toBe(true);
    expect(Object.isFrozen(plan.resultGoals[0]?.targets[0]?.milestones?.[0])).toBe(true);
    expect(Object.isFrozen(plan.areas[0]?.subAreas[0]?.sources[0])).toBe(true);
    expect(Object.isFrozen(plan.measures[0]?.lifecycle)).toBe(true);
    expect(Object.isFrozen(plan.measures[3]?.goalIds)).toBe(true);
    expect(Object.isFrozen(plan.allocations[0]?.amount)).toBe(true);
    expect(Object.isFrozen(plan.commitment?.reported[0]?.cumulative)).toBe(true);
    expect(Reflect.set(plan, "id", "changed")).toBe(false);
    expect(() => (plan.measures as unknown as string[]).push("M.new")).toThrow(TypeError);
    expect(plan.id).toBe("synthetic-plan");
  });

  it("leaves its input unfrozen and unchanged", () => {
    const input = validPlanInput();
    const copy = structuredClone(input);
    parsePlan(input);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.measures)).toBe(false);
    expect(input).toEqual(copy);
  });

  it("reads the string 60000000 and the number 60000000 as the same exact Decimal", () => {
    const plan = parsePlan(validPlanInput());
    const [fromString, fromNumber] = plan.allocations;
    expect(Decimal.isDecimal(fromString?.amount)).toBe(true);
    expect(Decimal.isDecimal(fromNumber?.amount)).toBe(true);
    expect(fromString?.amount.equals(6e7)).toBe(true);
    expect(fromNumber?.amount.equals(6e7)).toBe(true);
    expect(fromString?.amount).toEqual(fromNumber?.amount);
  });

  it("keeps amounts exact: 0.1 + 0.2 is 0.3, and 20 significant digits survive", () => {
    const plan = parsePlan(validPlanInput());
    const tenth = plan.allocations[2]?.amount;
    const fifth = plan.allocations[3]?.amount;
    expect(tenth?.plus(fifth ?? 0).toString()).toBe("0.3");
    expect(plan.allocations[4]?.amount.toString()).toBe("12345678901234567890.12");
    expect(plan.commitment?.amount.toString()).toBe("2000000000");
    expect(plan.commitment?.reported[0]?.cumulative.toString()).toBe("1200000000");
  });

  it("computes with frozen amounts (decimal.js never writes to its operands)", () => {
    const amount = parsePlan(validPlanInput()).allocations[0]!.amount;
    expect(amount.plus(1).toString()).toBe("60000001");
    expect(amount.dividedBy(3).toDecimalPlaces(2).toString()).toBe("20000000");
    expect(amount.times("1.5").toFixed(2)).toBe("90000000.00");
  });

  it("accepts Decimal amounts on input", () => {
    const plan = parsePlan(planWith((p) => (p.allocations[0].amount = new Decimal("12.50"))));
    expect(plan.allocations[0]?.amount.toString()).toBe("12.5");
  });

  it("fills in defaults: empty arrays where the input leaves a list out", () => {
    const plan = parsePlan(validPlanInput());
    const study = plan.measures[3];
    expect(study).toMatchObject({ id: "M.study", themeIds: [], goalIds: [], ownerIds: [], lifecycle: [] });
    expect(plan.indicators[1]).toMatchObject({ id: "I.rate", disaggregations: [] });
    expect(plan.milestones[4]).toMatchObject({ id: "MS.law", ownerIds: [], measureIds: [], goalIds: [] });
    expect(plan.proposals[0]?.items[1]).toMatchObject({ id: "PI2", measureIds: [], goalIds: [], allocationIds: [], milestoneIds: [] });
    expect(plan.allocations[2]).toMatchObject({ id: "AL.tenth", recipientIds: [] });
  });

  it("fills in empty top-level collections, and leaves out an absent commitment", () => {
    const plan = parsePlan(
      planWith((p) => {
        for (const key of ["themes", "measures", "allocations", "actors", "milestones", "proposals", "commitment"]) delete p[key];
      }),
    );
    expect(plan.themes).toEqual([]);
    expect(plan.measures).toEqual([]);
    expect(plan.allocations).toEqual([]);
    expect(plan.actors).toEqual([]);
    expect(plan.milestones).toEqual([]);
    expect(plan.proposals).toEqual([]);
    expect("commitment" in plan).toBe(false);
  });

  it("round-trips through JSON: amounts serialise as strings and parse back equal", () => {
    const plan = parsePlan(validPlanInput());
    const json = JSON.parse(JSON.stringify(plan));
    expect(json.allocations[0].amount).toBe("60000000");
    expect(json.allocations[1].amount).toBe("60000000");
    expect(json.allocations[4].amount).toBe("12345678901234567890.12");
    expect(parsePlan(json)).toEqual(plan);
  });
});

describe("safeParsePlan", () => {
  it("returns { success: true, plan } for a valid plan", () => {
    const result = safeParsePlan(validPlanInput());
    expect(result.success).toBe(true);
    if (result.success) expect(result.plan).toEqual(parsePlan(validPlanInput()));
  });

  it("returns { success: false, error } instead of throwing for an invalid plan", () => {
    const result = safeParsePlan(planWith((p) => (p.measures[3].goalIds = ["R9"])));
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(PlanValidationError);
      expect(brief(result.error.issues)).toEqual([["measures[3].goalIds[0]", "dangling_reference"]]);
    }
  });
});

describe("parsePlan on input that is not a plan object", () => {
  it.each([
    ["null", null, "expected object, received null"],
    ["undefined", undefined, "expected object, received undefined"],
    ["a number", 42, "expected object, received number"],
    ["an array", [], "expected object, received array"],
    ["a string", "plan", "expected object, received string"],
  ])("throws a PlanValidationError (not a TypeError) for %s", (_, input, message) => {
    const error = (() => {
      try {
        parsePlan(input);
      } catch (e) {
        return e;
      }
      throw new Error("expected parsePlan to throw");
    })();
    expect(error).toBeInstanceOf(PlanValidationError);
    expect(error).toBeInstanceOf(OpptrappingError);
    expect((error as PlanValidationError).code).toBe("invalid_plan");
    expect((error as PlanValidationError).issues).toEqual([{ path: [], code: "invalid_type", message: `Invalid input: ${message}` }]);
  });

  it("lists every missing required field of an empty object", () => {
    expect(brief(issuesOf({}))).toEqual([
      ["areas", "invalid_type"],
      ["id", "invalid_type"],
      ["indicators", "invalid_type"],
      ["mainGoals", "invalid_type"],
      ["period", "invalid_type"],
      ["resultGoals", "invalid_type"],
      ["revision", "invalid_type"],
      ["sources", "invalid_type"],
      ["title", "invalid_type"],
    ]);
  });

  it("reports collections of the wrong type, not the references into them, without a TypeError", () => {
    const issues = issuesOf(
      planWith((p) => {
        p.measures = "none";
        p.themes = 5;
        p.areas = { A1: true };
        p.actors = [null, 7];
        for (const key of ["hod", "hdir", "fhi"]) p.actors.push({ id: key, name: "not localized" });
      }),
    );
    expect(brief(issues)).toEqual([
      ["actors[0]", "invalid_type"],
      ["actors[1]", "invalid_type"],
      ["actors[2].kind", "invalid_value"],
      ["actors[2].name", "invalid_type"],
      ["actors[2].sources", "invalid_type"],
      ["actors[3].kind", "invalid_value"],
      ["actors[3].name", "invalid_type"],
      ["actors[3].sources", "invalid_type"],
      ["actors[4].kind", "invalid_value"],
      ["actors[4].name", "invalid_type"],
      ["actors[4].sources", "invalid_type"],
      ["areas", "invalid_type"],
      ["measures", "invalid_type"],
      ["themes", "invalid_type"],
    ]);
  });

  it("reports references into a collection the input leaves out, when it defaults to empty", () => {
    const issues = issuesOf(planWith((p) => delete p.milestones));
    expect(brief(issues)).toEqual([["proposals[0].items[0].milestoneIds[0]", "dangling_reference"]]);
  });
});
