import { describe, expect, it } from "vitest";
import type { Issue } from "../errors.js";
import { brief, issuesOf, planWith, type Draft } from "./fixtures.test-fixture.js";
import { parsePlan } from "./parsePlan.js";
import { PlanValidationError } from "./PlanValidationError.js";
import { salvage } from "./salvage.js";

/** Eleven problems of different kinds, schema and cross-reference ones in one input. */
function corrupted(): unknown {
  return planWith((p) => {
    p.extra = true; // unrecognized key at the root
    p.allocations[1].amount = "12,3,4"; // bad money
    p.measures[3].goalIds = ["R9"]; // dangling goal
    p.indicators.push({ ...p.indicators[0] }); // duplicate indicator id at indicators[9]
    p.milestones[2].due = "2025T4"; // bad period
    p.measures[0].title = 5; // schema error in a measure that others refer to
    p.measures[2].lifecycle.push({ state: "delivered", date: "2026", sources: [{ doc: "S.letter" }] }); // delivered after phased out
    p.resultGoals[0].targets[2].direction = "increase"; // against the indicator
    p.actors[2].sources[0].doc = "S.none"; // unknown source document
    p.commitment.reported[0].asOf = "2040"; // after the plan period
    p.milestones[4].ownerIds = ["ghost"]; // dangling actor
  });
}

const EXPECTED: [string, string][] = [
  ["(root)", "unrecognized_keys"],
  ["actors[2].sources[0].doc", "dangling_reference"],
  ["allocations[1].amount", "invalid_money"],
  ["commitment.reported[0].asOf", "outside_plan_period"],
  ["indicators[9].id", "duplicate_id"],
  ["measures[0].title", "invalid_type"],
  ["measures[2].lifecycle[2].state", "invalid_lifecycle"],
  ["measures[3].goalIds[0]", "dangling_reference"],
  ["milestones[2].due", "invalid_period"],
  ["milestones[4].ownerIds[0]", "dangling_reference"],
  ["resultGoals[0].targets[2].direction", "direction_conflict"],
];

/** Path order: element by element, numbers by value and before strings, a prefix first. */
function byPath(a: Issue, b: Issue): number {
  for (let i = 0; i < Math.min(a.path.length, b.path.length); i++) {
    const x = a.path[i]!;
    const y = b.path[i]!;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    if (typeof x === "number") return -1;
    if (typeof y === "number") return 1;
    return x < y ? -1 : 1;
  }
  return a.path.length - b.path.length || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

describe("parsePlan lists every problem at once", () => {
  it("reports each planted problem, schema and cross-reference alike, in one PlanValidationError", () => {
    let error: unknown;
    try {
      parsePlan(corrupted());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlanValidationError);
    expect(brief((error as PlanValidationError).issues)).toEqual(EXPECTED);
  });

  it("does not report references to entities that failed the schema as dangling", () => {
    // Each broken entity is named elsewhere: M.assign by allocations and proposal item PI1,
    // AL.grant2024 and MS.report by PI1, R1 by M.pilot, I.beds by two targets of R2, hod by
    // measures, an allocation and milestones, T.staff by M.law, S.slides by many source refs.
    const issues = issuesOf(
      planWith((p) => {
        p.measures[0].title = 5;
        p.allocations[0].amount = "-1";
        p.milestones[0].due = "soon";
        p.resultGoals[0].title = null;
        p.indicators[4].unit = "furlongs";
        p.actors[0].kind = "guild";
        p.themes[0].sources = [];
        p.sources[1].kind = "tweet";
      }),
    );
    expect(brief(issues)).toEqual([
      ["actors[0].kind", "invalid_value"],
      ["allocations[0].amount", "negative_money"],
      ["indicators[4].unit", "invalid_value"],
      ["measures[0].title", "invalid_type"],
      ["milestones[0].due", "invalid_period"],
      ["resultGoals[0].title", "invalid_type"],
      ["sources[1].kind", "invalid_value"],
      ["themes[0].sources", "too_small"],
    ]);
  });

  it("does not report a sub-area of an area that failed the schema as dangling", () => {
    const issues = issuesOf(planWith((p) => (p.areas[0].title = "Område én")));
    expect(brief(issues)).toEqual([["areas[0].title", "invalid_type"]]);
  });

  it("still reports a reference that matches no raw entity at all", () => {
    const issues = issuesOf(
      planWith((p) => {
        p.measures[0].title = 5;
        p.allocations[2].measureId = "M.none";
      }),
    );
    expect(brief(issues)).toEqual([
      ["allocations[2].measureId", "dangling_reference"],
      ["measures[0].title", "invalid_type"],
    ]);
  });

  it("keeps the index in the input for entities after one that failed", () => {
    const issues = issuesOf(
      planWith((p) => {
        p.measures[0].kind = "wish";
        p.measures[1].goalIds = ["R9"];
      }),
    );
    expect(brief(issues)).toEqual([
      ["measures[0].kind", "invalid_value"],
      ["measures[1].goalIds[0]", "dangling_reference"],
    ]);
  });

  it("orders issues the same way on every run, sorted by path then code", () => {
    const first = issuesOf(corrupted());
    const second = issuesOf(corrupted());
    expect(second).toEqual(first);
    expect([...first].sort(byPath)).toEqual(first);
  });

  it("sorts numeric indices by value (indicators[9] before indicators[10])", () => {
    const issues = issuesOf(
      planWith((p) => {
        p.indicators.push({ ...p.indicators[0] }, { ...p.indicators[1] });
        p.indicators[2].direction = "sideways";
      }),
    );
    expect(brief(issues)).toEqual([
      ["indicators[2].direction", "invalid_value"],
      ["indicators[9].id", "duplicate_id"],
      ["indicators[10].id", "duplicate_id"],
    ]);
  });

  it("states the count and paths in the error message", () => {
    const error = (() => {
      try {
        parsePlan(corrupted());
      } catch (e) {
        return e as PlanValidationError;
      }
      throw new Error("expected parsePlan to throw");
    })();
    const lines = error.message.split("\n");
    expect(lines[0]).toBe("Invalid plan: 11 problems");
    expect(lines).toContain('  - measures[3].goalIds[0]: unknown result goal "R9" [dangling_reference]');
    expect(lines).toContain('  - (root): Unrecognized key: "extra" [unrecognized_keys]');
    expect(lines).toHaveLength(12); // the head, ten issues and "… and 1 more"
    expect(lines[11]).toBe("  … and 1 more");
  });
});

describe("salvage", () => {
  it("gives up on anything but a plain object", () => {
    for (const data of [null, undefined, 7, "plan", [], [{ id: "x" }]]) expect(salvage(data)).toBeUndefined();
  });

  it("keeps entities that pass on their own at their index, and the ids of all", () => {
    const result = salvage(
      planWith((p: Draft) => {
        p.measures[1].kind = "wish";
        p.measures.push(null, { id: 7 });
        p.areas[0].title = 1;
      }),
    );
    expect(result).toBeDefined();
    const measures = result!.plan.measures;
    expect(measures).toHaveLength(5);
    expect(1 in measures).toBe(false);
    expect(measures[2]?.id).toBe("M.pilot");
    expect([...(result!.rawIds.measures ?? [])]).toEqual(["M.assign", "M.grant", "M.pilot", "M.study", "M.law"]);
    expect([...(result!.rawIds.subAreas ?? [])]).toEqual(["A1.a", "A1.b", "A2.a"]);
  });

  it("knows a left-out collection with a default is empty, and one of the wrong type is unknown", () => {
    const result = salvage(
      planWith((p: Draft) => {
        delete p.themes;
        p.actors = "many";
        delete p.areas;
      }),
    );
    expect(result?.rawIds.themes).toEqual(new Set());
    expect(result?.rawIds.actors).toBeUndefined();
    expect(result?.rawIds.areas).toBeUndefined();
    expect(result?.rawIds.subAreas).toBeUndefined();
  });
});
