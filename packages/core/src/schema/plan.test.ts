import { describe, expect, expectTypeOf, it } from "vitest";
import type { Decimal } from "../money/index.js";
import { brief, issuesOf, planWith, type Draft } from "../plan/fixtures.test-fixture.js";
import {
  allocationSchema,
  measureSchema,
  type Allocation,
  type Measure,
  type MeasureState,
} from "./plan.js";

/** The issues of a plan with one edit, as `[path, code]` pairs. */
const problems = (edit: (plan: Draft) => void) => brief(issuesOf(planWith(edit)));

describe("plan schema problems, as parsePlan reports them", () => {
  it.each<[string, (p: Draft) => void, string, string]>([
    ["a negative allocation", (p) => (p.allocations[0].amount = "-5"), "allocations[0].amount", "money must not be negative, got -5"],
    ["a negative commitment", (p) => (p.commitment.amount = -1), "commitment.amount", "money must not be negative, got -1"],
    ["a negative reported total", (p) => (p.commitment.reported[0].cumulative = "-0.5"), "commitment.reported[0].cumulative", "money must not be negative, got -0.5"],
  ])("reports %s as negative_money", (_, edit, path, message) => {
    const issues = issuesOf(planWith(edit));
    expect(brief(issues)).toEqual([[path, "negative_money"]]);
    expect(issues[0]?.message).toBe(message);
  });

  it.each<[string, unknown]>([
    ["12,3,4", "12,3,4"],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["abc", "abc"],
  ])("reports the amount %s as invalid_money", (_, amount) => {
    expect(problems((p) => (p.allocations[2].amount = amount))).toEqual([["allocations[2].amount", "invalid_money"]]);
  });

  it.each<[string, (p: Draft) => void, string]>([
    ["the plan period", (p) => (p.period = "2025T4"), "period"],
    ["a milestone's due date", (p) => (p.milestones[0].due = "2025T4"), "milestones[0].due"],
    ["a delivery date", (p) => (p.milestones[0].deliveredOn = "2025-02-30"), "milestones[0].deliveredOn"],
    ["a lifecycle date", (p) => (p.measures[0].lifecycle[1].date = "2024M03"), "measures[0].lifecycle[1].date"],
    ["a target baseline", (p) => (p.resultGoals[0].targets[1].baseline = "2022/2021"), "resultGoals[0].targets[1].baseline"],
    ["an interim milestone", (p) => (p.resultGoals[0].targets[0].milestones[0].period = "2025H3"), "resultGoals[0].targets[0].milestones[0].period"],
    ["a report date", (p) => (p.commitment.reported[0].asOf = "mid-2025"), "commitment.reported[0].asOf"],
    ["a source date", (p) => (p.sources[0].date = "2024-1-15"), "sources[0].date"],
    ["the revision date", (p) => (p.revision.asOf = "2026Q5"), "revision.asOf"],
  ])("reports a bad period in %s as invalid_period", (_, edit, path) => {
    expect(problems(edit)).toEqual([[path, "invalid_period"]]);
  });

  it("names the period problem in the message", () => {
    expect(issuesOf(planWith((p) => (p.period = "2025T4")))[0]?.message).toMatch(/^Invalid period "2025T4": tertial must be 1–3/);
  });

  it("reports unrecognized keys on the object that has them", () => {
    expect(
      problems((p) => {
        p.colour = "red";
        p.measures[0].colour = "red";
        p.resultGoals[0].targets[0].weight = 2;
        p.sources[0].sources = [];
      }),
    ).toEqual([
      ["(root)", "unrecognized_keys"],
      ["measures[0]", "unrecognized_keys"],
      ["resultGoals[0].targets[0]", "unrecognized_keys"],
      ["sources[0]", "unrecognized_keys"],
    ]);
  });

  it("reports missing required fields", () => {
    expect(
      problems((p) => {
        delete p.revision;
        delete p.measures[1].title;
        delete p.actors[0].name;
        delete p.resultGoals[2].targets[0].deadline;
        delete p.indicators[0].sources;
        delete p.allocations[3].amount;
      }),
    ).toEqual([
      ["actors[0].name", "invalid_type"],
      ["allocations[3].amount", "invalid_type"],
      ["indicators[0].sources", "invalid_type"],
      ["measures[1].title", "invalid_type"],
      ["resultGoals[2].targets[0].deadline", "invalid_type"],
      ["revision", "invalid_type"],
    ]);
  });

  it("reports values of the wrong type", () => {
    const issues = issuesOf(
      planWith((p) => {
        p.allocations[0].budgetYear = "2025";
        p.commitment.atLeast = "yes";
        p.measures[0].goalIds = "R1";
        p.mainGoals[0].title = "Hovedmål";
        p.resultGoals[0].targets[0].value = "35";
      }),
    );
    expect(brief(issues)).toEqual([
      ["allocations[0].budgetYear", "invalid_type"],
      ["commitment.atLeast", "invalid_type"],
      ["mainGoals[0].title", "invalid_type"],
      ["measures[0].goalIds", "invalid_type"],
      ["resultGoals[0].targets[0].value", "invalid_type"],
    ]);
    expect(issues[0]?.message).toBe("Invalid input: expected number, received string");
  });

  it("reports values outside their enum or bounds", () => {
    expect(
      problems((p) => {
        p.allocations[0].channel = "magic";
        p.allocations[0].chapter = 0;
        p.measures[0].lifecycle[0].state = "dreamt";
        p.proposals[0].items = [];
        p.sources[0].url = "not a url";
        p.indicators[0].disaggregations[0].values = [];
      }),
    ).toEqual([
      ["allocations[0].channel", "invalid_value"],
      ["allocations[0].chapter", "too_small"],
      ["indicators[0].disaggregations[0].values", "too_small"],
      ["measures[0].lifecycle[0].state", "invalid_value"],
      ["proposals[0].items", "too_small"],
      ["sources[0].url", "invalid_format"],
    ]);
  });
});

describe("entity schemas", () => {
  it("gives a measure empty lists by default", () => {
    const measure = measureSchema.parse({ id: "M1", title: { nb: "Tiltak" }, kind: "other", sources: [{ doc: "S" }] });
    expect(measure).toEqual({
      id: "M1",
      title: { nb: "Tiltak" },
      kind: "other",
      themeIds: [],
      goalIds: [],
      ownerIds: [],
      lifecycle: [],
      sources: [{ doc: "S" }],
    });
  });

  it("reads an allocation's amount as a Decimal", () => {
    const allocation = allocationSchema.parse({
      id: "AL1",
      title: { nb: "Bevilgning" },
      amount: "1200000000",
      permanence: "permanent",
      channel: "rhfFrame",
      sources: [{ doc: "S" }],
    });
    expect(allocation.amount.toString()).toBe("1200000000");
    expect(allocation.recipientIds).toEqual([]);
  });

  it("infers deeply read-only entity types", () => {
    expectTypeOf<Allocation["amount"]>().toEqualTypeOf<Decimal>();
    expectTypeOf<Measure["lifecycle"][number]["state"]>().toEqualTypeOf<MeasureState>();
    expectTypeOf<Measure["goalIds"]>().toEqualTypeOf<readonly string[]>();
  });
});
