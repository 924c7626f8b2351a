import { describe, expect, it } from "vitest";
import { planSchema } from "../schema/plan.js";
import { checkPlan } from "./checkPlan.js";
import { brief, issuesOf, planWith, validPlanInput, type Draft } from "./fixtures.test-fixture.js";
import { parsePlan, safeParsePlan } from "./parsePlan.js";

/** The one issue planted by `edit`, as path, code and message. */
function onlyIssue(edit: (plan: Draft) => void): { path: string; code: string; message: string } {
  const issues = issuesOf(planWith(edit));
  expect(issues).toHaveLength(1);
  const [[path, code] = ["", ""]] = brief(issues);
  return { path, code, message: issues[0]?.message ?? "" };
}

const accepted = (edit: (plan: Draft) => void) => safeParsePlan(planWith(edit)).success;

describe("checkPlan", () => {
  it("finds nothing wrong with the synthetic fixture", () => {
    expect(checkPlan(planSchema.parse(validPlanInput()))).toEqual([]);
  });

  it("returns issues in document order; parsePlan sorts them", () => {
    const data = planSchema.parse(
      planWith((p) => {
        p.measures[1].goalIds = ["R9"];
        p.measures[0].goalIds = ["R8"];
      }),
    );
    expect(checkPlan(data).map((i) => i.path.join("."))).toEqual(["measures.0.goalIds.0", "measures.1.goalIds.0"]);
  });
});

describe("duplicate ids (duplicate_id)", () => {
  it.each([
    ["mainGoals", "main goal", "H1"],
    ["areas", "area", "A1"],
    ["themes", "theme", "T.staff"],
    ["resultGoals", "result goal", "R1"],
    ["indicators", "indicator", "I.wait"],
    ["measures", "measure", "M.assign"],
    ["allocations", "allocation", "AL.grant2024"],
    ["actors", "actor", "hod"],
    ["milestones", "milestone", "MS.report"],
    ["proposals", "proposal", "P1"],
    ["sources", "source", "S.letter"],
  ])("reports a second %s entry with the same id at the copy", (collection, what, id) => {
    const issue = onlyIssue((p) => {
      // A copy without nested entities, so that only the collection's own id repeats.
      const copy = { ...p[collection][0] };
      if (collection === "areas") copy.subAreas = [];
      if (collection === "resultGoals") copy.targets = [];
      if (collection === "proposals") copy.items = copy.items.map((item: Draft) => ({ ...item }));
      p[collection].push(copy);
    });
    const index = (validPlanInput() as Draft)[collection].length;
    expect(issue).toEqual({ path: `${collection}[${index}].id`, code: "duplicate_id", message: `duplicate ${what} id "${id}"` });
  });

  it("reports a sub-area id used in two areas", () => {
    expect(onlyIssue((p) => p.areas[1].subAreas.push({ ...p.areas[0].subAreas[0] }))).toEqual({
      path: "areas[1].subAreas[1].id",
      code: "duplicate_id",
      message: 'duplicate sub-area id "A1.a"',
    });
  });

  it("reports a target id used by targets of two different goals", () => {
    expect(onlyIssue((p) => p.resultGoals[2].targets.push({ ...p.resultGoals[0].targets[0] }))).toEqual({
      path: "resultGoals[2].targets[2].id",
      code: "duplicate_id",
      message: 'duplicate target id "R1.wait"',
    });
  });

  it("reports a proposal item id used twice in one proposal", () => {
    expect(onlyIssue((p) => p.proposals[0].items.push({ ...p.proposals[0].items[1] }))).toEqual({
      path: "proposals[0].items[2].id",
      code: "duplicate_id",
      message: 'duplicate proposal item id "PI2"',
    });
  });

  it("accepts the same item id in two different proposals", () => {
    expect(accepted((p) => p.proposals.push({ ...p.proposals[0], id: "P2" }))).toBe(true);
  });
});

describe("dangling references (dangling_reference)", () => {
  it.each<[string, (p: Draft) => void, string, string]>([
    ["goal → area", (p) => (p.resultGoals[0].areaId = "A9"), "resultGoals[0].areaId", 'unknown area "A9"'],
    ["target → indicator", (p) => (p.resultGoals[0].targets[1].indicatorId = "I.none"), "resultGoals[0].targets[1].indicatorId", 'unknown indicator "I.none"'],
    ["gap → reference indicator", (p) => (p.resultGoals[2].targets[0].referenceIndicatorId = "I.none"), "resultGoals[2].targets[0].referenceIndicatorId", 'unknown indicator "I.none"'],
    ["growthExceeds → reference indicator", (p) => (p.resultGoals[2].targets[1].referenceIndicatorId = "I.none"), "resultGoals[2].targets[1].referenceIndicatorId", 'unknown indicator "I.none"'],
    ["measure → area", (p) => (p.measures[4].areaId = "A9"), "measures[4].areaId", 'unknown area "A9"'],
    ["measure → sub-area", (p) => (p.measures[0].subAreaId = "A1.z"), "measures[0].subAreaId", 'unknown sub-area "A1.z"'],
    ["measure → sub-area of another area", (p) => (p.measures[0].subAreaId = "A2.a"), "measures[0].subAreaId", 'sub-area "A2.a" belongs to area "A2", not "A1"'],
    ["measure → theme", (p) => p.measures[0].themeIds.push("T.none"), "measures[0].themeIds[1]", 'unknown theme "T.none"'],
    ["measure → goal", (p) => (p.measures[1].goalIds[1] = "R9"), "measures[1].goalIds[1]", 'unknown result goal "R9"'],
    ["measure → actor", (p) => (p.measures[2].ownerIds[1] = "nobody"), "measures[2].ownerIds[1]", 'unknown actor "nobody"'],
    ["allocation → measure", (p) => (p.allocations[0].measureId = "M.none"), "allocations[0].measureId", 'unknown measure "M.none"'],
    ["allocation → recipient actor", (p) => (p.allocations[0].recipientIds = ["nobody"]), "allocations[0].recipientIds[0]", 'unknown actor "nobody"'],
    ["milestone → actor", (p) => (p.milestones[0].ownerIds = ["nobody"]), "milestones[0].ownerIds[0]", 'unknown actor "nobody"'],
    ["milestone → measure", (p) => (p.milestones[0].measureIds = ["M.none"]), "milestones[0].measureIds[0]", 'unknown measure "M.none"'],
    ["milestone → goal", (p) => (p.milestones[0].goalIds = ["R9"]), "milestones[0].goalIds[0]", 'unknown result goal "R9"'],
    ["proposal item → measure", (p) => (p.proposals[0].items[0].measureIds = ["M.none"]), "proposals[0].items[0].measureIds[0]", 'unknown measure "M.none"'],
    ["proposal item → goal", (p) => (p.proposals[0].items[0].goalIds = ["R9"]), "proposals[0].items[0].goalIds[0]", 'unknown result goal "R9"'],
    ["proposal item → allocation", (p) => (p.proposals[0].items[0].allocationIds = ["AL.none"]), "proposals[0].items[0].allocationIds[0]", 'unknown allocation "AL.none"'],
    ["proposal item → milestone", (p) => (p.proposals[0].items[0].milestoneIds = ["MS.none"]), "proposals[0].items[0].milestoneIds[0]", 'unknown milestone "MS.none"'],
  ])("reports %s", (_, edit, path, message) => {
    expect(onlyIssue(edit)).toEqual({ path, code: "dangling_reference", message });
  });

  it("accepts a sub-area without an area, and a measure with neither", () => {
    expect(accepted((p) => delete p.measures[0].areaId)).toBe(true);
    expect(parsePlan(validPlanInput()).measures[3]).not.toHaveProperty("areaId");
  });

  it("reports a source reference to an unknown document wherever it is", () => {
    const issues = issuesOf(
      planWith((p) => {
        p.mainGoals[0].sources[0].doc = "S.none";
        p.areas[0].subAreas[1].sources[0].doc = "S.none";
        p.themes[0].sources[0].doc = "S.none";
        p.resultGoals[1].targets[2].sources[0].doc = "S.none";
        p.indicators[8].sources[0].doc = "S.none";
        p.measures[0].lifecycle[2].sources[0].doc = "S.none";
        p.allocations[4].sources[0].doc = "S.none";
        p.commitment.reported[0].sources[0].doc = "S.none";
        p.commitment.sources.push({ doc: "S.other" });
        p.actors[2].sources[0].doc = "S.none";
        p.milestones[4].sources[0].doc = "S.none";
        p.proposals[0].items[1].sources[0].doc = "S.none";
      }),
    );
    expect(brief(issues)).toEqual([
      ["actors[2].sources[0].doc", "dangling_reference"],
      ["allocations[4].sources[0].doc", "dangling_reference"],
      ["areas[0].subAreas[1].sources[0].doc", "dangling_reference"],
      ["commitment.reported[0].sources[0].doc", "dangling_reference"],
      ["commitment.sources[1].doc", "dangling_reference"],
      ["indicators[8].sources[0].doc", "dangling_reference"],
      ["mainGoals[0].sources[0].doc", "dangling_reference"],
      ["measures[0].lifecycle[2].sources[0].doc", "dangling_reference"],
      ["milestones[4].sources[0].doc", "dangling_reference"],
      ["proposals[0].items[1].sources[0].doc", "dangling_reference"],
      ["resultGoals[1].targets[2].sources[0].doc", "dangling_reference"],
      ["themes[0].sources[0].doc", "dangling_reference"],
    ]);
    expect(issues[0]?.message).toBe('unknown source document "S.none"');
    expect(issues[4]?.message).toBe('unknown source document "S.other"');
  });
});

describe("periods outside the plan period 2023/2033 (outside_plan_period)", () => {
  it.each<[string, (p: Draft) => void, string, string]>([
    ["an allocation's budget year before it", (p) => (p.allocations[0].budgetYear = 2022), "allocations[0].budgetYear", "budget year 2022 lies outside the plan period 2023/2033"],
    ["an allocation's budget year after it", (p) => (p.allocations[0].budgetYear = 2034), "allocations[0].budgetYear", "budget year 2034 lies outside the plan period 2023/2033"],
    ["a lifecycle date", (p) => (p.measures[2].lifecycle[0].date = "2022-12"), "measures[2].lifecycle[0].date", "lifecycle date 2022-12 lies outside the plan period 2023/2033"],
    ["a milestone's due date", (p) => (p.milestones[1].due = "2034"), "milestones[1].due", "due date 2034 lies outside the plan period 2023/2033"],
    ["a due period that only starts inside it", (p) => (p.milestones[1].due = "2033/2034"), "milestones[1].due", "due date 2033/2034 lies outside the plan period 2023/2033"],
    ["the commitment's start year", (p) => (p.commitment.startYear = 2022), "commitment.startYear", "commitment start 2022 lies outside the plan period 2023/2033"],
    ["the commitment's end year", (p) => (p.commitment.endYear = 2034), "commitment.endYear", "commitment end 2034 lies outside the plan period 2023/2033"],
    ["a commitment report date", (p) => (p.commitment.reported[0].asOf = "2034-01"), "commitment.reported[0].asOf", "report date 2034-01 lies outside the plan period 2023/2033"],
    ["an interim target milestone", (p) => (p.resultGoals[0].targets[0].milestones[0].period = "2035"), "resultGoals[0].targets[0].milestones[0].period", "interim milestone 2035 lies outside the plan period 2023/2033"],
    ["a deadline before the plan starts", (p) => (p.resultGoals[0].targets[0].deadline.year = 2022), "resultGoals[0].targets[0].deadline.year", "deadline 2022 is before the plan starts (2023)"],
  ])("reports %s", (_, edit, path, message) => {
    expect(onlyIssue(edit)).toEqual({ path, code: "outside_plan_period", message });
  });

  it("accepts periods on the plan period's edges", () => {
    expect(
      accepted((p) => {
        p.allocations[0].budgetYear = 2023;
        p.allocations[1].budgetYear = 2033;
        p.milestones[1].due = "2033-12-31";
        p.measures[2].lifecycle[0].date = "2023-01-01";
        p.resultGoals[0].targets[0].deadline.year = 2023;
      }),
    ).toBe(true);
  });

  it("accepts a deadline after the plan period, and a long-run deadline", () => {
    expect(accepted((p) => (p.resultGoals[0].targets[0].deadline = { kind: "year", year: 2040 }))).toBe(true);
    expect(accepted((p) => (p.resultGoals[0].targets[0].deadline = { kind: "longRun" }))).toBe(true);
  });

  it("measures the plan period itself, whatever it is", () => {
    // Everything dated 2023 falls out when the plan starts a year later.
    const issues = issuesOf(planWith((p) => (p.period = "2024/2033")));
    expect(brief(issues)).toEqual([
      ["commitment.startYear", "outside_plan_period"],
      ["measures[0].lifecycle[0].date", "outside_plan_period"],
      ["measures[2].lifecycle[0].date", "outside_plan_period"],
    ]);
    expect(issues[1]?.message).toBe("lifecycle date 2023 lies outside the plan period 2024/2033");
  });

  it("reports a commitment that ends before it starts (invalid_range)", () => {
    expect(onlyIssue((p) => Object.assign(p.commitment, { startYear: 2030, endYear: 2025 }))).toEqual({
      path: "commitment.endYear",
      code: "invalid_range",
      message: "the commitment ends (2025) before it starts (2030)",
    });
  });
});

describe("targets against their indicators", () => {
  it("reports a filter on a disaggregation the indicator lacks (unknown_disaggregation)", () => {
    expect(onlyIssue((p) => (p.resultGoals[0].targets[0].filter = { region: "vest" }))).toEqual({
      path: "resultGoals[0].targets[0].filter.region",
      code: "unknown_disaggregation",
      message: 'indicator "I.wait" has no disaggregation "region"',
    });
    expect(onlyIssue((p) => (p.resultGoals[0].targets[1].filter = { service: "PHBU" }))).toEqual({
      path: "resultGoals[0].targets[1].filter.service",
      code: "unknown_disaggregation",
      message: 'indicator "I.rate" has no disaggregation "service"',
    });
  });

  it("reports a filter value the disaggregation does not list (unknown_disaggregation_value)", () => {
    expect(onlyIssue((p) => (p.resultGoals[0].targets[0].filter.service = "ABC"))).toEqual({
      path: "resultGoals[0].targets[0].filter.service",
      code: "unknown_disaggregation_value",
      message: '"ABC" is not a value of I.wait.service (PHBU, PHV, TSB)',
    });
  });

  it("reports a direction target against the indicator's preferred direction (direction_conflict)", () => {
    expect(onlyIssue((p) => (p.resultGoals[0].targets[2].direction = "increase"))).toEqual({
      path: "resultGoals[0].targets[2].direction",
      code: "direction_conflict",
      message: 'target asks for increase but indicator "I.trend" prefers decrease',
    });
  });

  it("accepts any direction target on an indicator without a preferred direction", () => {
    expect(accepted((p) => delete p.indicators[2].direction)).toBe(true);
    expect(
      accepted((p) => {
        delete p.indicators[2].direction;
        p.resultGoals[0].targets[2].direction = "increase";
      }),
    ).toBe(true);
  });

  it("reports a target org unit that is not an org unit id (invalid_org_unit)", () => {
    expect(onlyIssue((p) => (p.resultGoals[0].targets[0].orgUnit = "Oslo"))).toEqual({
      path: "resultGoals[0].targets[0].orgUnit",
      code: "invalid_org_unit",
      message: '"Oslo" is not an org unit id',
    });
  });

  it.each(["NO", "rhf-vest", "hf-synthetic", "03", "0301"])("accepts the target org unit %s", (orgUnit) => {
    expect(accepted((p) => (p.resultGoals[0].targets[0].orgUnit = orgUnit))).toBe(true);
  });
});

describe("measure lifecycles (invalid_lifecycle)", () => {
  const lifecycle = (...events: [string, string?][]) =>
    events.map(([state, date]) => ({ state, ...(date ? { date } : {}), sources: [{ doc: "S.letter" }] }));

  it("reports a step backwards", () => {
    expect(onlyIssue((p) => (p.measures[0].lifecycle = lifecycle(["inProgress", "2024"], ["planned", "2025"])))).toEqual({
      path: "measures[0].lifecycle[1].state",
      code: "invalid_lifecycle",
      message: "a measure cannot go from inProgress back to planned",
    });
    expect(onlyIssue((p) => (p.measures[0].lifecycle = lifecycle(["delivered", "2024"], ["inProgress", "2025"])))).toEqual({
      path: "measures[0].lifecycle[1].state",
      code: "invalid_lifecycle",
      message: "a measure cannot go from delivered back to inProgress",
    });
  });

  it("reports delivery straight after phasing out", () => {
    expect(onlyIssue((p) => p.measures[2].lifecycle.push(...lifecycle(["delivered", "2026"])))).toEqual({
      path: "measures[2].lifecycle[2].state",
      code: "invalid_lifecycle",
      message: "a phased-out measure must be phased in (planned or inProgress) before it is delivered",
    });
  });

  it("accepts phasing in again after phasing out, then delivery", () => {
    const edit = (p: Draft) => p.measures[2].lifecycle.push(...lifecycle(["inProgress", "2026"], ["delivered", "2027"]));
    expect(accepted(edit)).toBe(true);
    expect(accepted((p) => p.measures[2].lifecycle.push(...lifecycle(["planned", "2026"])))).toBe(true);
  });

  it("accepts skipping a state, staying in one, and phasing out from any state", () => {
    expect(accepted((p) => (p.measures[0].lifecycle = lifecycle(["planned", "2023"], ["delivered", "2024"])))).toBe(true);
    expect(accepted((p) => (p.measures[0].lifecycle = lifecycle(["inProgress", "2023"], ["inProgress", "2024"])))).toBe(true);
    expect(accepted((p) => (p.measures[0].lifecycle = lifecycle(["delivered", "2023"], ["phasedOut", "2024"])))).toBe(true);
  });

  it("reports dates out of time order, comparing each date with the last dated event", () => {
    expect(onlyIssue((p) => (p.measures[0].lifecycle = lifecycle(["planned", "2024"], ["inProgress", "2023-06"])))).toEqual({
      path: "measures[0].lifecycle[1].date",
      code: "invalid_lifecycle",
      message: "lifecycle events must be in time order: 2023-06 comes before 2024",
    });
    const undatedBetween = lifecycle(["planned", "2024"], ["inProgress"], ["delivered", "2023-06"]);
    expect(onlyIssue((p) => (p.measures[0].lifecycle = undatedBetween)).path).toBe("measures[0].lifecycle[2].date");
  });

  it("accepts events that start on the same day (a year, then its first month)", () => {
    expect(accepted((p) => (p.measures[0].lifecycle = lifecycle(["planned", "2024"], ["inProgress", "2024-01"])))).toBe(true);
  });

  it("reports both a step backwards and a date out of order on one event", () => {
    const issues = issuesOf(planWith((p) => (p.measures[0].lifecycle = lifecycle(["inProgress", "2025"], ["planned", "2024"]))));
    expect(brief(issues)).toEqual([
      ["measures[0].lifecycle[1].date", "invalid_lifecycle"],
      ["measures[0].lifecycle[1].state", "invalid_lifecycle"],
    ]);
  });
});

describe("milestone status (inconsistent_status)", () => {
  it("reports a delivery date on a milestone that is not delivered", () => {
    expect(onlyIssue((p) => (p.milestones[1].deliveredOn = "2026-01"))).toEqual({
      path: "milestones[1].deliveredOn",
      code: "inconsistent_status",
      message: 'a delivery date is given but the status is "planned"',
    });
    expect(onlyIssue((p) => (p.milestones[4].deliveredOn = "2027")).message).toBe('a delivery date is given but the status is "unknown"');
  });

  it("accepts a delivered milestone without a delivery date", () => {
    expect(accepted((p) => delete p.milestones[0].deliveredOn)).toBe(true);
  });
});
