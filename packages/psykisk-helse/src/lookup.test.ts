import { describe, expect, expectTypeOf, it } from "vitest";
import { GOAL_IDS, INDICATOR_IDS, TARGET_IDS, type TargetId } from "./ids.js";
import { UnknownIdError } from "@opptrapping/core";
import { goal, indicator, measure, target, UnknownBundledIdError } from "./lookup.js";
import { plan } from "./plan.js";

describe("target(id)", () => {
  it("returns the plan's own frozen target, typed as exactly its kind", () => {
    const phbu = target("R5.phbu");
    expect(phbu).toBe(plan().resultGoals[4]?.targets[0]);
    expect(Object.isFrozen(phbu)).toBe(true);
    expect(phbu.kind).toBe("threshold");
    // Only threshold targets have comparator and value; no narrowing needed.
    expect([phbu.comparator, phbu.value]).toEqual(["<", 35]);
    expectTypeOf(phbu.kind).toEqualTypeOf<"threshold">();
    expectTypeOf(phbu.id).toEqualTypeOf<"R5.phbu">();
    expectTypeOf(phbu.indicatorId).toEqualTypeOf<"R5.wait">();
    expectTypeOf(target("R1.reduce25").kind).toEqualTypeOf<"relativeChange">();
  });

  it("makes a misspelt id a compile error", () => {
    // @ts-expect-error: "R5.phub" is not a target id of the bundled plan
    expect(() => target("R5.phub")).toThrow(UnknownIdError);
  });

  it("lists exactly the plan's targets in TARGET_IDS, in plan order", () => {
    expect(plan().resultGoals.flatMap((g) => g.targets.map((t) => t.id))).toEqual([...TARGET_IDS]);
    for (const id of TARGET_IDS) expect(target(id).id).toBe(id);
  });

  it("throws a typed error with a did-you-mean for an id that arrives at runtime", () => {
    const fromOutside = "r5.PHUB" as TargetId;
    let thrown: unknown;
    try {
      target(fromOutside);
    } catch (error) {
      thrown = error;
    }
    // Core's UnknownIdError, so one instanceof catches it and core's query errors alike.
    expect(thrown).toBeInstanceOf(UnknownIdError);
    expect(thrown).toBeInstanceOf(UnknownBundledIdError);
    const error = thrown as UnknownBundledIdError;
    expect(error.name).toBe("UnknownBundledIdError");
    expect(error.code).toBe("unknown_id");
    expect(error.path).toEqual(["targets"]);
    expect(error.id).toBe("r5.PHUB");
    expect(error.kind).toBe("target");
    expect(error.suggestion).toBe("R5.phbu");
    expect(error.message).toBe('The bundled plan has no target "r5.PHUB". Did you mean "R5.phbu"?');
  });

  it("lists the known ids when nothing is close", () => {
    const error = (() => {
      try {
        target("nothing like it" as TargetId);
      } catch (e) {
        return e as UnknownBundledIdError;
      }
      return undefined;
    })();
    expect(error?.suggestion).toBeUndefined();
    expect(error?.message).toBe(`The bundled plan has no target "nothing like it". Known target ids: ${TARGET_IDS.join(", ")}.`);
  });
});

describe("goal(id), indicator(id), measure(id)", () => {
  it("return the plan's entities by id", () => {
    expect(goal("R5").targets.map((t) => t.id)).toEqual(["R5.phbu", "R5.phv", "R5.tsb"]);
    expect(indicator("R5.wait").unit).toBe("days");
    expect(measure("m-bred-innsats")).toBe(plan().measures.find((m) => m.id === "m-bred-innsats"));
    for (const id of GOAL_IDS) expect(goal(id).id).toBe(id);
    for (const id of INDICATOR_IDS) expect(indicator(id).id).toBe(id);
    expectTypeOf(goal("R5").id).toEqualTypeOf<"R5">();
  });

  it("reject unknown ids at compile time and at runtime", () => {
    // @ts-expect-error: there is no result goal R9
    expect(() => goal("R9")).toThrow('The bundled plan has no goal "R9". Did you mean "R1"?');
    // @ts-expect-error: indicator ids are namespaced by goal
    expect(() => indicator("R5.wiat")).toThrow('Did you mean "R5.wait"?');
    // @ts-expect-error: not a measure id
    expect(() => measure("M999")).toThrow(UnknownIdError);
  });
});
