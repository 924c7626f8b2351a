import { describe, expect, expectTypeOf, it } from "vitest";
import { validPlanInput } from "../plan/fixtures.test-fixture.js";
import {
  TARGET_KINDS,
  deadlineSchema,
  targetSchema,
  type Comparator,
  type Deadline,
  type Direction,
  type Target,
  type TargetKind,
  type TargetOfKind,
} from "./target.js";

const base = { id: "T1", indicatorId: "I.wait", deadline: { kind: "year", year: 2030 }, sources: [{ doc: "S.letter" }] } as const;

/** The code of the first issue, as parsePlan reports it. */
function codeOf(value: unknown): string | undefined {
  const issue = targetSchema.safeParse(value).error?.issues[0];
  return issue?.code === "custom" ? String(issue.params?.["code"]) : issue?.code;
}

describe("targetSchema", () => {
  it("accepts one target of every kind (the fixture's)", () => {
    const targets = validPlanInput().resultGoals.flatMap((g) => g.targets);
    expect(targets.map((t) => targetSchema.parse(t).kind)).toEqual([...TARGET_KINDS]);
  });

  it("lists the eight kinds in a stable order", () => {
    expect(TARGET_KINDS).toEqual(["threshold", "relativeChange", "direction", "coverage", "noDecline", "capacity", "gap", "growthExceeds"]);
  });

  it("rejects a field of another kind (a threshold with a change)", () => {
    expect(codeOf({ ...base, kind: "threshold", comparator: "<", value: 35, change: -0.2 })).toBe("unrecognized_keys");
  });

  it("rejects an unknown kind and an unknown comparator", () => {
    expect(codeOf({ ...base, kind: "target" })).toBe("invalid_union");
    expect(codeOf({ ...base, kind: "threshold", comparator: "==", value: 35 })).toBe("invalid_value");
  });

  it("rejects a relative change of 0 as zero_change", () => {
    const result = targetSchema.safeParse({ ...base, kind: "relativeChange", change: 0 });
    expect(result.error?.issues).toMatchObject([{ path: ["change"], message: "a relative change of 0 is not a target", params: { code: "zero_change" } }]);
  });

  it("rejects a coverage value or capacity increase that is not positive", () => {
    expect(codeOf({ ...base, kind: "coverage", value: 0 })).toBe("too_small");
    expect(codeOf({ ...base, kind: "capacity", increase: -430 })).toBe("too_small");
  });

  it("rejects values that are not finite", () => {
    expect(codeOf({ ...base, kind: "threshold", comparator: "<", value: Number.POSITIVE_INFINITY })).toBe("invalid_type");
    expect(codeOf({ ...base, kind: "threshold", comparator: "<", value: Number.NaN })).toBe("invalid_type");
  });

  it("checks the periods of a baseline and interim milestones", () => {
    expect(codeOf({ ...base, kind: "noDecline", baseline: "2023T4" })).toBe("invalid_period");
    expect(codeOf({ ...base, kind: "direction", direction: "decrease", milestones: [{ period: "2026", value: Number.NaN }] })).toBe("invalid_type");
  });

  it("requires a basis on growthExceeds and a reference indicator on gap", () => {
    expect(codeOf({ ...base, kind: "growthExceeds", referenceIndicatorId: "I.demo" })).toBe("invalid_value");
    expect(codeOf({ ...base, kind: "gap" })).toBe("invalid_type");
  });
});

describe("deadlineSchema", () => {
  it("is a year or the long run", () => {
    expect(deadlineSchema.parse({ kind: "year", year: 2040 })).toEqual({ kind: "year", year: 2040 });
    expect(deadlineSchema.parse({ kind: "longRun" })).toEqual({ kind: "longRun" });
    expect(deadlineSchema.safeParse({ kind: "longRun", year: 2040 }).success).toBe(false);
    expect(deadlineSchema.safeParse({ kind: "year" }).success).toBe(false);
  });
});

describe("Target types", () => {
  it("narrows by kind", () => {
    const describeTarget = (target: Target): string => {
      // @ts-expect-error: only a threshold target has a comparator
      void target.comparator;
      switch (target.kind) {
        case "threshold":
          expectTypeOf(target.comparator).toEqualTypeOf<Comparator>();
          expectTypeOf(target.value).toEqualTypeOf<number>();
          return `${target.comparator} ${target.value}`;
        case "relativeChange":
          expectTypeOf(target.change).toEqualTypeOf<number>();
          return String(target.change);
        case "direction":
          expectTypeOf(target.direction).toEqualTypeOf<Direction>();
          return target.direction;
        case "gap":
        case "growthExceeds":
          return target.referenceIndicatorId;
        default:
          expectTypeOf(target.kind).toEqualTypeOf<"coverage" | "noDecline" | "capacity">();
          return target.kind;
      }
    };
    expect(describeTarget(targetSchema.parse({ ...base, kind: "threshold", comparator: "<", value: 35 }) as Target)).toBe("< 35");
  });

  it("picks one kind with TargetOfKind", () => {
    expectTypeOf<TargetOfKind<"threshold">["comparator"]>().toEqualTypeOf<Comparator>();
    expectTypeOf<TargetOfKind<"threshold">["kind"]>().toEqualTypeOf<"threshold">();
    expectTypeOf<TargetOfKind<"capacity">["increase"]>().toEqualTypeOf<number>();
    expectTypeOf<TargetOfKind<"growthExceeds">["basis"]>().toEqualTypeOf<"growthRate" | "level">();
    expectTypeOf<TargetOfKind<"coverage">>().not.toHaveProperty("comparator");
    expectTypeOf<TargetKind>().toEqualTypeOf<(typeof TARGET_KINDS)[number]>();
    expectTypeOf<Target["deadline"]>().toEqualTypeOf<Deadline>();
  });
});
