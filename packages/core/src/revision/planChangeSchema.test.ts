import { describe, expect, expectTypeOf, it } from "vitest";
import { Decimal } from "../money/index.js";
import { why } from "./fixtures.test-fixture.js";
import { planChangeSchema, type PlanChange, type PlanChangeKind, type PlanChangeOfKind } from "./planChangeSchema.js";

describe("planChangeSchema", () => {
  it("parses a change from JSON, filling in the measure's defaults", () => {
    const parsed = planChangeSchema.parse(
      JSON.parse('{"kind":"addMeasure","measure":{"id":"M.c","title":{"nb":"Nytt"},"kind":"study","sources":[{"doc":"S"}]},"sources":[{"doc":"S"}]}'),
    );
    expect(parsed).toEqual({
      kind: "addMeasure",
      measure: { id: "M.c", title: { nb: "Nytt" }, kind: "study", themeIds: [], goalIds: [], ownerIds: [], lifecycle: [], sources: [{ doc: "S" }] },
      sources: [{ doc: "S" }],
    });
  });

  it("reads an amount as an exact Decimal", () => {
    const parsed = planChangeSchema.parse({ kind: "reportCommitment", asOf: "2025", cumulative: "0.10", sources: why });
    expect(parsed.kind === "reportCommitment" && Decimal.isDecimal(parsed.cumulative) && parsed.cumulative.toString()).toBe("0.1");
  });

  it("requires sources on every change but setRevision", () => {
    expect(planChangeSchema.safeParse({ kind: "removeTarget", targetId: "R1" }).success).toBe(false);
    expect(planChangeSchema.safeParse({ kind: "removeTarget", targetId: "R1", sources: [] }).success).toBe(false);
    expect(planChangeSchema.safeParse({ kind: "setRevision", version: "2", asOf: "2025" }).success).toBe(true);
  });

  it("rejects unknown keys and bad ids", () => {
    expect(planChangeSchema.safeParse({ kind: "removeTarget", targetId: "R1", sources: why, extra: 1 }).success).toBe(false);
    expect(planChangeSchema.safeParse({ kind: "removeTarget", targetId: "-R", sources: why }).success).toBe(false);
  });

  it("types changes by kind", () => {
    expectTypeOf<PlanChangeKind>().toEqualTypeOf<
      | "phaseOutMeasure"
      | "setMeasureState"
      | "addMeasure"
      | "changeTarget"
      | "addTarget"
      | "removeTarget"
      | "addAllocation"
      | "removeAllocation"
      | "addMilestone"
      | "setMilestoneStatus"
      | "reportCommitment"
      | "setRevision"
    >();
    expectTypeOf<PlanChangeOfKind<"removeTarget">["targetId"]>().toEqualTypeOf<string>();
    // @ts-expect-error: sources are required
    const missing: PlanChange = { kind: "removeTarget", targetId: "R1" };
    // @ts-expect-error: a phase-out takes no state
    const extra: PlanChange = { kind: "phaseOutMeasure", measureId: "M.a", state: "planned", sources: why };
    const amounts: PlanChange[] = [
      { kind: "reportCommitment", asOf: "2025", cumulative: "1", sources: why },
      { kind: "reportCommitment", asOf: "2025", cumulative: 1, sources: why },
      { kind: "reportCommitment", asOf: "2025", cumulative: new Decimal(1), sources: why },
    ];
    expect([missing, extra, amounts].length).toBe(3);
  });
});
