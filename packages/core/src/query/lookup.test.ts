import { describe, expect, expectTypeOf, it } from "vitest";
import { OpptrappingError } from "../errors.js";
import { validPlanInput } from "../plan/fixtures.test-fixture.js";
import { parsePlan } from "../plan/parsePlan.js";
import type { Actor, Measure, Source } from "../schema/plan.js";
import { findById, getById, type EntityOf, type PlanCollection } from "./lookup.js";
import { UnknownIdError } from "./UnknownIdError.js";

const plan = parsePlan(validPlanInput());

describe("getById", () => {
  it.each<[PlanCollection, string]>([
    ["areas", "A2"],
    ["resultGoals", "R3"],
    ["indicators", "I.demo"],
    ["measures", "M.law"],
    ["allocations", "AL.large"],
    ["actors", "fhi"],
    ["milestones", "MS.budget"],
    ["proposals", "P1"],
    ["sources", "S.slides"],
    ["mainGoals", "H2"],
    ["themes", "T.staff"],
  ])("finds %s %s, the very entity of the plan", (collection, id) => {
    const found = getById(plan, collection, id);
    expect(found.id).toBe(id);
    expect((plan[collection] as readonly unknown[]).includes(found)).toBe(true);
  });

  it.each<[PlanCollection, string, string]>([
    ["areas", "area", "A1, A2, A3"],
    ["resultGoals", "result goal", "R1, R2, R3"],
    ["measures", "measure", "M.assign, M.grant, M.pilot, M.study, M.law"],
    ["allocations", "allocation", "AL.grant2024, AL.grant2025, AL.tenth, AL.fifth, AL.large"],
    ["actors", "actor", "hod, hdir, fhi"],
    ["milestones", "milestone", "MS.report, MS.eval, MS.decision, MS.budget, MS.law"],
    ["proposals", "proposal", "P1"],
    ["sources", "source", "S.letter, S.slides"],
    ["mainGoals", "main goal", "H1, H2"],
    ["themes", "theme", "T.staff"],
  ])("throws UnknownIdError for an unknown id in %s", (collection, what, known) => {
    let error: unknown;
    try {
      getById(plan, collection, "nope");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownIdError);
    expect(error).toBeInstanceOf(OpptrappingError);
    expect(error).toMatchObject({ code: "unknown_id", id: "nope", path: [collection], message: `The plan has no ${what} "nope" (known: ${known})` });
  });

  it("types the result by collection", () => {
    expectTypeOf(getById(plan, "measures", "M.law")).toEqualTypeOf<Measure>();
    expectTypeOf(getById(plan, "sources", "S.letter")).toEqualTypeOf<Source>();
    expectTypeOf<EntityOf<"actors">>().toEqualTypeOf<Actor>();
  });
});

describe("findById", () => {
  it("finds an entity, or returns undefined", () => {
    expect(findById(plan, "actors", "hdir")?.kind).toBe("directorate");
    expect(findById(plan, "measures", "nope")).toBeUndefined();
    expectTypeOf(findById(plan, "actors", "hdir")).toEqualTypeOf<Actor | undefined>();
  });
});

describe("UnknownIdError", () => {
  it("lists up to twelve known ids, and counts more", () => {
    const twelve = Array.from({ length: 12 }, (_, i) => `M${i + 1}`);
    expect(new UnknownIdError("measures", "measure", "M0", twelve).message).toBe(
      'The plan has no measure "M0" (known: M1, M2, M3, M4, M5, M6, M7, M8, M9, M10, M11, M12)',
    );
    expect(new UnknownIdError("measures", "measure", "M0", [...twelve, "M13"]).message).toBe('The plan has no measure "M0" (13 known)');
  });

  it("says so when the plan has none", () => {
    const empty = parsePlan({ ...validPlanInput(), themes: [], measures: [], allocations: [], milestones: [], proposals: [] });
    expect(() => getById(empty, "themes", "T.staff")).toThrow('The plan has no theme "T.staff" (it has none)');
  });
});
