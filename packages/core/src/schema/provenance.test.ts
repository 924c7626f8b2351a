import { describe, expect, expectTypeOf, it } from "vitest";
import { parsePlan } from "../plan/parsePlan.js";
import { brief, issuesOf, planWith, type Draft } from "../plan/fixtures.test-fixture.js";
import { inferenceSchema, sourceClaimSchema, type Inference, type MeasureScope, type SourceClaim } from "./plan.js";

// The provenance fields: when a state is known, plan vs related, inferred links, a source's
// claim, when a milestone's status was recorded, who decided an allocation.

const problems = (edit: (plan: Draft) => void) => brief(issuesOf(planWith(edit)));

describe("provenance fields", () => {
  it("accepts them all and keeps them on the parsed plan", () => {
    const plan = parsePlan(
      planWith((p) => {
        p.measures[0].scope = "related";
        p.measures[0].lifecycle[0].knownFrom = "2026-01-19";
        p.measures[0].inferred = [{ field: "ownerIds", inferred: true, reasoning: { nb: "Vår lesning." } }];
        p.resultGoals[0].inferred = [{ field: "areaId", inferred: true, reasoning: { nb: "Vår plassering." } }];
        p.commitment.reported[0].claim = { words: "omlag 1,2 mrd. kroner", qualifier: "about", uncertainty: { nb: "Uklart hvilke år." } };
        p.milestones[0].statusAsOf = "2026-01-19";
        p.allocations[0].decidedByIds = ["hod"];
      }),
    );
    expect(plan.measures[0]).toMatchObject({ scope: "related", inferred: [{ field: "ownerIds", inferred: true }] });
    expect(plan.measures[0]!.lifecycle[0]!.knownFrom).toBe("2026-01-19");
    expect(plan.resultGoals[0]!.inferred?.[0]?.field).toBe("areaId");
    expect(plan.commitment?.reported[0]?.claim).toEqual({ words: "omlag 1,2 mrd. kroner", qualifier: "about", uncertainty: { nb: "Uklart hvilke år." } });
    expect(plan.milestones[0]!.statusAsOf).toBe("2026-01-19");
    expect(plan.allocations[0]!.decidedByIds).toEqual(["hod"]);
  });

  it.each<[string, (p: Draft) => void, string, string]>([
    ["a knownFrom that is not a period", (p) => (p.measures[0].lifecycle[0].knownFrom = "Jan 2026"), "measures[0].lifecycle[0].knownFrom", "invalid_period"],
    ["a statusAsOf that is not a period", (p) => (p.milestones[0].statusAsOf = "2026-13"), "milestones[0].statusAsOf", "invalid_period"],
    ["an unknown scope", (p) => (p.measures[0].scope = "other"), "measures[0].scope", "invalid_value"],
    ["an inference not marked inferred: true", (p) => (p.measures[0].inferred = [{ field: "ownerIds", inferred: false, reasoning: { nb: "x" } }]), "measures[0].inferred[0].inferred", "invalid_value"],
    ["an inference without reasoning", (p) => (p.resultGoals[0].inferred = [{ field: "areaId", inferred: true }]), "resultGoals[0].inferred[0].reasoning", "invalid_type"],
    ["a claim with an unknown qualifier", (p) => (p.commitment.reported[0].claim = { words: "ca. 1 mrd.", qualifier: "roughly" }), "commitment.reported[0].claim.qualifier", "invalid_value"],
    ["a claim with no words", (p) => (p.commitment.reported[0].claim = { words: "", qualifier: "about" }), "commitment.reported[0].claim.words", "too_small"],
    ["an allocation decided by an unknown actor", (p) => (p.allocations[0].decidedByIds = ["nobody"]), "allocations[0].decidedByIds[0]", "dangling_reference"],
  ])("reports %s", (_, edit, path, code) => {
    expect(problems(edit)).toEqual([[path, code]]);
  });

  it("infers the types from the schemas", () => {
    expectTypeOf<MeasureScope>().toEqualTypeOf<"plan" | "related">();
    expectTypeOf<SourceClaim["qualifier"]>().toEqualTypeOf<"exact" | "about" | "atLeast" | "atMost">();
    expectTypeOf<Inference["inferred"]>().toEqualTypeOf<true>();
    expect(inferenceSchema.safeParse({ field: "x", inferred: true, reasoning: { nb: "y" } }).success).toBe(true);
    expect(sourceClaimSchema.safeParse({ words: "3 av 4", qualifier: "about" }).success).toBe(true);
  });
});
