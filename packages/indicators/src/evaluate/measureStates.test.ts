import type { LifecycleEvent, Measure, Milestone, PlanData } from "@opptrapping/core";
import { plan as bundledPlan } from "@opptrapping/psykisk-helse";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventAppliesFrom, measureStatesAsOf } from "./measureStates.js";
import { milestoneStatesAsOf } from "./milestones.js";

// Synthetic measures and milestones; the data's vintage is 2026-01-19.

const S = [{ doc: "synthetic" }] as const;
const REVISION = { version: "test", asOf: "2026-01-19" };
const event = (state: LifecycleEvent["state"], extra: Partial<LifecycleEvent> = {}): LifecycleEvent => ({ state, sources: S, ...extra });
const measure = (id: string, lifecycle: LifecycleEvent[], extra: Partial<Measure> = {}): Measure => ({
  id, title: { nb: id }, kind: "other", themeIds: [], goalIds: [], ownerIds: [], lifecycle, sources: S, ...extra,
});
const plan = (measures: Measure[]): Pick<PlanData, "measures" | "revision"> => ({ measures, revision: REVISION });
const stateOf = (p: Pick<PlanData, "measures" | "revision">, asOf: string, id: string) => measureStatesAsOf(p, asOf).measures.find((m) => m.measureId === id)!;

describe("eventAppliesFrom", () => {
  it.each([
    ["an undated event: from the day a source reported it", event("delivered", { knownFrom: "2026-01-19" }), "2026-01-19"],
    ["an undated event with no knownFrom: from the vintage", event("delivered"), "2026-01-19"],
    ["a dated event: from the end of its period (December 2025)", event("delivered", { date: "2025-12", knownFrom: "2026-01-19" }), "2025-12-31"],
    ["a dated event reported during its period: from the report", event("inProgress", { date: "2026", knownFrom: "2026-01-19" }), "2026-01-19"],
    ["a dated event with no knownFrom: from the end of its period", event("delivered", { date: "2024-08" }), "2024-08-31"],
  ])("%s", (_, e, day) => {
    expect(eventAppliesFrom(e, "2026-01-19")).toBe(day);
  });
});

describe("measureStatesAsOf", () => {
  const first = measure("first-in-letter", [event("delivered", { knownFrom: "2026-01-19" })]);
  const study = measure("study", [event("inProgress", { knownFrom: "2025-10-01" }), event("delivered", { date: "2025-12", knownFrom: "2026-01-19" })]);
  const related = measure("white-paper", [event("delivered", { date: "2025-06", knownFrom: "2026-01-19" })], { scope: "related" });
  const silent = measure("silent", []);
  const p = plan([first, study, related, silent]);

  it("never applies an undated state backwards: first reported in January 2026, not delivered as of 2023", () => {
    expect(stateOf(p, "2023", "first-in-letter")).toMatchObject({ state: "unknown", since: null, event: null });
    expect(stateOf(p, "2026-01-18", "first-in-letter").state).toBe("unknown");
    expect(stateOf(p, "2026-01-19", "first-in-letter")).toMatchObject({ state: "delivered", since: "2026-01-19" });
  });

  it("moves through the states as they become known: unknown → in progress (Oct 2025) → delivered (end of Dec 2025)", () => {
    expect(stateOf(p, "2025-09-30", "study").state).toBe("unknown");
    expect(stateOf(p, "2025-10-01", "study")).toMatchObject({ state: "inProgress", since: "2025-10-01" });
    expect(stateOf(p, "2025-12-30", "study").state).toBe("inProgress");
    expect(stateOf(p, "2025-12-31", "study")).toMatchObject({ state: "delivered", since: "2025-12-31" });
  });

  it("counts plan measures and related policy apart (a measure without a scope is part of the plan)", () => {
    const s = measureStatesAsOf(p, "2026-01-19");
    expect(s.counts.plan).toEqual({ planned: 0, inProgress: 0, delivered: 2, phasedOut: 0, unknown: 1 });
    expect(s.counts.related).toEqual({ planned: 0, inProgress: 0, delivered: 1, phasedOut: 0, unknown: 0 });
    expect(s.measures.map((m) => [m.measureId, m.scope])).toEqual([["first-in-letter", "plan"], ["study", "plan"], ["white-paper", "related"], ["silent", "plan"]]);
  });

  it("says 'as of 19.01.2026, not updated since' for a later day, and nothing on or before it", () => {
    const later = measureStatesAsOf(p, "2026-06");
    expect(later).toMatchObject({ asOf: "2026-06-30", vintage: "2026-01-19", stale: true });
    expect(later.note).toEqual({ nb: "Tiltakenes status er per 19.01.2026 og ikke oppdatert siden.", en: "Measure states as of 19 January 2026, not updated since." });
    expect(measureStatesAsOf(p, "2026-01-19")).toMatchObject({ stale: false, note: null });
  });

  it("marks a measure whose lifecycle the data infers", () => {
    const inferred = measure("x", [event("inProgress")], { inferred: [{ field: "lifecycle", inferred: true, reasoning: { nb: "…" } }] });
    expect(stateOf(plan([inferred]), "2026-02", "x").inferred).toBe(true);
    expect(stateOf(p, "2026-02", "study").inferred).toBe(false);
  });

  it("property: a later day never knows less — once a state applies, some state applies ever after", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 4000 }), (a, b) => {
        const day = (n: number) => new Date(Date.UTC(2022, 0, 1 + n)).toISOString().slice(0, 10);
        const [early, late] = a <= b ? [a, b] : [b, a];
        for (const m of p.measures)
          if (stateOf(p, day(early), m.id).state !== "unknown") expect(stateOf(p, day(late), m.id).state).not.toBe("unknown");
      }),
      { numRuns: 50 },
    );
  });

  it("on the bundled plan: nothing is delivered as of 2023, and only measures reported by then are known", () => {
    const s = measureStatesAsOf(bundledPlan(), "2023-06-30");
    expect(s.counts.plan.delivered).toBe(0);
    expect(s.counts.plan.inProgress).toBe(0);
  });
});

describe("milestoneStatesAsOf", () => {
  const milestone = (id: string, due: string, status: Milestone["status"], extra: Partial<Milestone> = {}): Milestone => ({
    id, title: { nb: id }, kind: "report", due, status, ownerIds: [], measureIds: [], goalIds: [], sources: S, ...extra,
  });
  const ms = (list: Milestone[]) => ({ milestones: list, revision: REVISION });

  it("rates a milestone recorded as planned before its due date 'not reported' after it, never 'overdue'", () => {
    const s = milestoneStatesAsOf(ms([milestone("report", "2026-02-16", "planned")]), "2026-03-01");
    expect(s.milestones[0]).toMatchObject({ state: "notReported", recordedAsOf: "2026-01-19", dueBy: "2026-02-16" });
    expect(s.milestones[0]!.reason.nb).toBe("Ikke rapportert: status er registrert per 19.01.2026, før fristen, og ikke oppdatert siden.");
    expect(s.note?.en).toBe("Milestone states as of 19 January 2026, not updated since.");
  });

  it("rates it 'overdue' only when a record after the due date says it is still not delivered", () => {
    const s = milestoneStatesAsOf(ms([milestone("late", "2025-12", "planned", { statusAsOf: "2026-01-19" })]), "2026-01-19");
    expect(s.milestones[0]!.state).toBe("overdue");
    expect(s.stale).toBe(false);
  });

  it("is planned until its due period ends (the due day itself included)", () => {
    expect(milestoneStatesAsOf(ms([milestone("m", "2026-02-16", "planned")]), "2026-02-16").milestones[0]!.state).toBe("planned");
    expect(milestoneStatesAsOf(ms([milestone("m", "2026", "planned")]), "2026-12-31").milestones[0]!.state).toBe("planned");
  });

  it("is delivered from its delivery date on; before it, it is planned or not reported", () => {
    const m = milestone("d", "2025-12", "delivered", { deliveredOn: "2025-12" });
    expect(milestoneStatesAsOf(ms([m]), "2026-01-01").milestones[0]!.state).toBe("delivered");
    expect(milestoneStatesAsOf(ms([m]), "2025-11-30").milestones[0]!.state).toBe("planned");
    const undated = milestone("u", "2025", "delivered");
    expect(milestoneStatesAsOf(ms([undated]), "2025-12-31").milestones[0]!.state).toBe("planned"); // delivered known only from 2026-01-19
    expect(milestoneStatesAsOf(ms([undated]), "2026-01-18").milestones[0]!.state).toBe("notReported");
    expect(milestoneStatesAsOf(ms([undated]), "2026-01-19").milestones[0]!.state).toBe("delivered");
  });

  it("treats an unknown status after the due date as not reported", () => {
    expect(milestoneStatesAsOf(ms([milestone("x", "2025-06", "unknown", { statusAsOf: "2025-10-01" })]), "2026-01-19").milestones[0]!.state).toBe("notReported");
  });

  it("sorts by due date, then id", () => {
    const s = milestoneStatesAsOf(ms([milestone("b", "2026", "planned"), milestone("c", "2025-06", "planned"), milestone("a", "2026", "planned")]), "2026-01-19");
    expect(s.milestones.map((m) => m.milestoneId)).toEqual(["c", "a", "b"]);
  });

  it("on the bundled plan as of 2026-03-01: SINTEF's first status report (due 16.02.2026) is not reported, none overdue", () => {
    const s = milestoneStatesAsOf(bundledPlan(), "2026-03-01");
    expect(s.milestones.find((m) => m.milestoneId === "ms-sintef-statusrapport-1")?.state).toBe("notReported");
    expect(s.milestones.filter((m) => m.state === "overdue")).toEqual([]);
  });
});
