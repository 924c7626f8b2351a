import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MeasureState } from "../schema/plan.js";
import { applyChanges } from "./applyChanges.js";
import { diffPlans } from "./diffPlans.js";
import { plan, why } from "./fixtures.test-fixture.js";
import type { PlanChange } from "./planChangeSchema.js";

/** The states a lifecycle may move to from each state (see checkPlan's lifecycle rule). */
const NEXT: Record<MeasureState, readonly MeasureState[]> = {
  planned: ["planned", "inProgress", "delivered", "phasedOut"],
  inProgress: ["inProgress", "delivered", "phasedOut"],
  delivered: ["delivered", "phasedOut"],
  phasedOut: ["planned", "inProgress", "phasedOut"],
};

type Step = { type: "state"; measure: number; pick: number } | { type: "money"; cents: bigint; year: number; measure: number | null };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ type: fc.constant("state" as const), measure: fc.integer({ min: 0, max: 1 }), pick: fc.nat() }),
  fc.record({
    type: fc.constant("money" as const),
    cents: fc.bigInt({ min: 0n, max: 10n ** 14n }),
    year: fc.integer({ min: 2023, max: 2033 }),
    measure: fc.option(fc.integer({ min: 0, max: 1 })),
  }),
);

/** Turns random steps into valid changes, tracking each measure's state so every move is allowed. */
function toChanges(steps: readonly Step[]): PlanChange[] {
  const ids = ["M.a", "M.b"] as const;
  const state = new Map<string, MeasureState>(plan.measures.map((m) => [m.id, m.lifecycle.at(-1)?.state ?? "planned"]));
  return steps.map((s, i): PlanChange => {
    if (s.type === "state") {
      const measureId = ids[s.measure] ?? "M.a";
      const options = NEXT[state.get(measureId) ?? "planned"];
      const next = options[s.pick % options.length] ?? "phasedOut";
      state.set(measureId, next);
      return { kind: "setMeasureState", measureId, state: next, sources: why };
    }
    const amount = `${s.cents / 100n}.${String(s.cents % 100n).padStart(2, "0")}`;
    const measureId = s.measure === null ? undefined : ids[s.measure];
    return {
      kind: "addAllocation",
      allocation: {
        id: `AL.gen${i}`,
        title: { nb: `Generert ${i}` },
        amount,
        budgetYear: s.year,
        permanence: "permanent",
        channel: "unknown",
        ...(measureId === undefined ? {} : { measureId }),
        sources: why,
      },
      sources: why,
    };
  });
}

function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== "object") return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe("applyChanges and diffPlans, for random valid sequences of setMeasureState and addAllocation", () => {
  it("return a frozen plan whose diff lists each touched id once, and only those", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const changes = toChanges(steps);
        const after = applyChanges(plan, changes);
        expect(isDeepFrozen(after)).toBe(true);

        const diff = diffPlans(plan, after);
        const touched = changes.map((c) => (c.kind === "setMeasureState" ? `changed measures ${c.measureId}` : c.kind === "addAllocation" ? `added allocations ${c.allocation.id}` : ""));
        const listed = diff.map((e) => `${e.kind} ${e.collection} ${e.id}`);
        expect(new Set(listed).size).toBe(listed.length);
        expect(new Set(listed)).toEqual(new Set(touched));

        // Each state change is one new lifecycle event, reported as one field change.
        for (const entry of diff.filter((e) => e.collection === "measures")) {
          const count = changes.filter((c) => c.kind === "setMeasureState" && c.measureId === entry.id).length;
          expect(entry.changes).toHaveLength(count);
        }
        // The input plan is unchanged.
        expect(plan.measures.map((m) => m.lifecycle.length)).toEqual([2, 1]);
        expect(plan.allocations).toHaveLength(2);
      }),
      { numRuns: 200 },
    );
  });
});
