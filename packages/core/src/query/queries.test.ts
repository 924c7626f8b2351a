import { describe, expect, it } from "vitest";
import { Decimal } from "../money/index.js";
import { PeriodError } from "../period/index.js";
import { validPlanInput } from "../plan/fixtures.test-fixture.js";
import { parsePlan } from "../plan/parsePlan.js";
import {
  allTargets,
  allocationsOfMeasure,
  allocationsOfYear,
  getTarget,
  goalsOfArea,
  measureState,
  measuresByState,
  measuresOfArea,
  measuresOfGoal,
  milestonesDue,
  targetsOfGoal,
} from "./queries.js";
import { UnknownIdError } from "./UnknownIdError.js";

const plan = parsePlan(validPlanInput());
const ids = (items: readonly { readonly id: string }[]) => items.map((item) => item.id);

/** The UnknownIdError thrown by `fn`. */
function unknownId(fn: () => unknown): UnknownIdError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UnknownIdError) return error;
    throw error;
  }
  throw new Error("expected an UnknownIdError, nothing was thrown");
}

describe("goalsOfArea", () => {
  it("lists an area's result goals in plan order", () => {
    expect(ids(goalsOfArea(plan, "A1"))).toEqual(["R1"]);
    expect(ids(goalsOfArea(plan, "A2"))).toEqual(["R2", "R3"]);
    expect(goalsOfArea(plan, "A3")).toEqual([]);
  });

  it("throws UnknownIdError for an unknown area, listing the known ones", () => {
    const error = unknownId(() => goalsOfArea(plan, "A9"));
    expect(error.code).toBe("unknown_id");
    expect(error.id).toBe("A9");
    expect(error.path).toEqual(["areas"]);
    expect(error.message).toBe('The plan has no area "A9" (known: A1, A2, A3)');
  });
});

describe("targetsOfGoal", () => {
  it("lists a goal's targets", () => {
    expect(ids(targetsOfGoal(plan, "R2"))).toEqual(["R2.share", "R2.beds", "R2.capacity"]);
  });

  it("throws UnknownIdError for an unknown goal", () => {
    expect(unknownId(() => targetsOfGoal(plan, "R9")).message).toBe('The plan has no result goal "R9" (known: R1, R2, R3)');
  });
});

describe("allTargets", () => {
  it("pairs every target with the very goal object it belongs to, in plan order", () => {
    const all = allTargets(plan);
    expect(all.map(({ goal, target }) => `${goal.id}/${target.id}`)).toEqual([
      "R1/R1.wait",
      "R1/R1.rate",
      "R1/R1.trend",
      "R2/R2.share",
      "R2/R2.beds",
      "R2/R2.capacity",
      "R3/R3.gap",
      "R3/R3.cost",
    ]);
    expect(all[3]?.goal).toBe(plan.resultGoals[1]);
    expect(all[3]?.target).toBe(plan.resultGoals[1]?.targets[0]);
  });
});

describe("getTarget", () => {
  it("finds a target with its goal", () => {
    const { goal, target } = getTarget(plan, "R3.cost");
    expect(goal.id).toBe("R3");
    expect(target.kind).toBe("growthExceeds");
    expect(target).toBe(plan.resultGoals[2]?.targets[1]);
  });

  it("throws UnknownIdError for an unknown target, listing the target ids", () => {
    const error = unknownId(() => getTarget(plan, "R9.x"));
    expect(error.id).toBe("R9.x");
    expect(error.message).toBe(
      'The plan has no target "R9.x" (known: R1.wait, R1.rate, R1.trend, R2.share, R2.beds, R2.capacity, R3.gap, R3.cost)',
    );
  });
});

describe("measuresOfGoal", () => {
  it("lists the measures that name a goal, in plan order", () => {
    expect(ids(measuresOfGoal(plan, "R1"))).toEqual(["M.assign", "M.pilot"]);
    expect(ids(measuresOfGoal(plan, "R2"))).toEqual(["M.grant"]);
    expect(ids(measuresOfGoal(plan, "R3"))).toEqual(["M.grant"]);
  });

  it("throws UnknownIdError for an unknown goal", () => {
    expect(unknownId(() => measuresOfGoal(plan, "R9")).message).toBe('The plan has no result goal "R9" (known: R1, R2, R3)');
  });
});

describe("measuresOfArea", () => {
  it("lists an area's measures in plan order, leaving out measures without an area", () => {
    expect(ids(measuresOfArea(plan, "A1"))).toEqual(["M.assign", "M.pilot"]);
    expect(ids(measuresOfArea(plan, "A2"))).toEqual(["M.grant", "M.law"]);
    expect(measuresOfArea(plan, "A3")).toEqual([]);
  });

  it("throws UnknownIdError for an unknown area", () => {
    expect(unknownId(() => measuresOfArea(plan, "A9")).id).toBe("A9");
  });
});

describe("measureState", () => {
  it("is the state of the last lifecycle event", () => {
    expect(plan.measures.map((m) => [m.id, measureState(m)])).toEqual([
      ["M.assign", "delivered"],
      ["M.grant", "inProgress"],
      ["M.pilot", "phasedOut"],
      ["M.study", "unknown"],
      ["M.law", "planned"],
    ]);
  });

  it("is unknown without lifecycle events, and follows a measure phased in again", () => {
    const measure = plan.measures[2]!;
    expect(measureState({ ...measure, lifecycle: [] })).toBe("unknown");
    const again = parsePlan({
      ...validPlanInput(),
      measures: validPlanInput().measures?.map((m) =>
        m.id === "M.pilot" ? { ...m, lifecycle: [...(m.lifecycle ?? []), { state: "inProgress" as const, date: "2026", sources: [{ doc: "S.letter" }] }] } : m,
      ),
    });
    expect(measureState(again.measures[2]!)).toBe("inProgress");
  });
});

describe("measureState as of a date", () => {
  // M.assign: planned 2023, inProgress 2024-03, delivered 2025T2 (May–August 2025).
  const assign = plan.measures[0]!;

  it.each([
    ["2022", "unknown"],
    ["2023-06", "planned"],
    ["2024-02-29", "planned"],
    ["2024-03-01", "inProgress"],
    ["2024", "inProgress"],
    ["2025-04-30", "inProgress"],
    ["2025-05-01", "delivered"],
    ["2030", "delivered"],
  ])("as of %s is %s", (asOf, state) => {
    expect(measureState(assign, asOf)).toBe(state);
  });

  it("counts an undated event that comes before any later-dated one", () => {
    expect(measureState(plan.measures[4]!, "2022")).toBe("planned"); // M.law: planned, undated
  });

  it("does not count an undated event that follows an event after the date", () => {
    const later = { ...assign, lifecycle: [...assign.lifecycle.slice(0, 2), { ...assign.lifecycle[2]!, date: "2030" }, { state: "phasedOut" as const, sources: assign.sources }] };
    expect(measureState(later, "2026")).toBe("inProgress");
    expect(measureState(later)).toBe("phasedOut");
  });

  it("throws a PeriodError for a date that is not a period", () => {
    expect(() => measureState(assign, "2026T4")).toThrow(PeriodError);
  });
});

describe("measuresByState", () => {
  it("groups by the state as of a date when one is given", () => {
    const groups = measuresByState(plan, "2024-06");
    expect(Object.fromEntries(Object.entries(groups).map(([state, measures]) => [state, ids(measures)]))).toEqual({
      planned: ["M.grant", "M.pilot", "M.law"],
      inProgress: ["M.assign"],
      delivered: [],
      phasedOut: [],
      unknown: ["M.study"],
    });
  });

  it("groups measures by current state, with every state present in lifecycle order", () => {
    const groups = measuresByState(plan);
    expect(Object.keys(groups)).toEqual(["planned", "inProgress", "delivered", "phasedOut", "unknown"]);
    expect(Object.fromEntries(Object.entries(groups).map(([state, measures]) => [state, ids(measures)]))).toEqual({
      planned: ["M.law"],
      inProgress: ["M.grant"],
      delivered: ["M.assign"],
      phasedOut: ["M.pilot"],
      unknown: ["M.study"],
    });
  });

  it("is frozen, groups included", () => {
    const groups = measuresByState(plan);
    expect(Object.isFrozen(groups)).toBe(true);
    for (const group of Object.values(groups)) expect(Object.isFrozen(group)).toBe(true);
  });

  it("has every state even for a plan without measures", () => {
    const empty = parsePlan({ ...validPlanInput(), measures: [], allocations: [], milestones: [], proposals: [] });
    expect(measuresByState(empty)).toEqual({ planned: [], inProgress: [], delivered: [], phasedOut: [], unknown: [] });
  });
});

describe("allocationsOfMeasure", () => {
  it("lists a measure's allocations in plan order", () => {
    expect(ids(allocationsOfMeasure(plan, "M.grant"))).toEqual(["AL.grant2024", "AL.grant2025"]);
    expect(ids(allocationsOfMeasure(plan, "M.assign"))).toEqual(["AL.tenth", "AL.fifth"]);
    expect(allocationsOfMeasure(plan, "M.law")).toEqual([]);
  });

  it("throws UnknownIdError for an unknown measure", () => {
    expect(unknownId(() => allocationsOfMeasure(plan, "M.none")).message).toBe(
      'The plan has no measure "M.none" (known: M.assign, M.grant, M.pilot, M.study, M.law)',
    );
  });
});

describe("allocationsOfYear", () => {
  it("lists a budget year's allocations, leaving out those without a year", () => {
    expect(ids(allocationsOfYear(plan, 2024))).toEqual(["AL.grant2024"]);
    expect(ids(allocationsOfYear(plan, 2025))).toEqual(["AL.grant2025", "AL.tenth"]);
    expect(ids(allocationsOfYear(plan, 2026))).toEqual(["AL.large"]);
    expect(allocationsOfYear(plan, 2030)).toEqual([]);
  });

  it("sums a year's amounts exactly (60000000 + 0.1)", () => {
    const total = allocationsOfYear(plan, 2025).reduce((sum, a) => sum.plus(a.amount), new Decimal(0));
    expect(total.toString()).toBe("60000000.1");
  });
});

describe("milestonesDue", () => {
  it("lists milestones whose due period overlaps the window, by due date then id", () => {
    // MS.eval is due in 2026 (from 1 January); MS.budget and MS.decision both in February 2026.
    expect(ids(milestonesDue(plan, "2026-01/2026-03"))).toEqual(["MS.eval", "MS.budget", "MS.decision"]);
  });

  it("counts a partial overlap at either end", () => {
    expect(ids(milestonesDue(plan, "2026-12-31"))).toEqual(["MS.eval"]);
    expect(ids(milestonesDue(plan, "2027-06/2027-07"))).toEqual(["MS.law"]); // due 2027H1 ends on 30 June
    expect(ids(milestonesDue(plan, "2025-06-30"))).toEqual(["MS.report"]);
  });

  it("leaves out milestones that only touch the window's neighbours", () => {
    expect(milestonesDue(plan, "2027-07")).toEqual([]);
    expect(milestonesDue(plan, "2025-07/2025-12")).toEqual([]);
  });

  it("takes any period form as the window", () => {
    expect(ids(milestonesDue(plan, "2025"))).toEqual(["MS.report"]);
    expect(ids(milestonesDue(plan, "2025/26"))).toEqual(["MS.eval", "MS.budget", "MS.decision"]);
    expect(ids(milestonesDue(plan, "2023/2033"))).toEqual(["MS.report", "MS.eval", "MS.budget", "MS.decision", "MS.law"]);
  });

  it("throws a PeriodError for a window that is not a period", () => {
    expect(() => milestonesDue(plan, "2026T4")).toThrow(PeriodError);
  });
});
