import { aggregateAcrossUnits } from "../aggregate/index.js";
import { evaluatePlan } from "../evaluate/evaluatePlan.js";
import { plan } from "@opptrapping/psykisk-helse";
import { describe, expect, it } from "vitest";
import type { WaitingRecord } from "./types.js";
import { WaitingTimeError } from "./WaitingTimeError.js";
import { waitingTimeObservations } from "./waitingTimeObservations.js";
import { waitingTimeStats } from "./waitingTimeStats.js";

// SYNTHETIC referrals: the RHFs, waits and dates are made up for the test.
const at = (service: string, rhf: string, received: string, started: string | null): WaitingRecord => ({ service, rhf, received, started });
const records: WaitingRecord[] = [
  at("PHV", "rhf-vest", "2025-09-01", "2025-10-01"), // 30 days
  at("PHV", "rhf-vest", "2025-09-01", "2025-10-21"), // 50 days
  at("PHV", "Helse Nord", "2025-09-01", "2025-10-31"), // 60 days, RHF given by name
  at("PHBU", "rhf-vest", "2025-09-01", "2025-09-21"), // 20 days
  at("PHBU", "Helse Nord", "2025-09-01", "2025-10-01"), // 30 days
  at("TSB", "rhf-vest", "2025-09-01", "2025-09-26"), // 25 days
  at("TSB", "rhf-vest", "2025-12-01", null), // still waiting: gives no observation of its own
];

describe("waitingTimeObservations", () => {
  const stats = waitingTimeStats(records, { groupBy: ["service", "rhf"], period: "tertial" });
  const observations = waitingTimeObservations(stats, { indicatorId: "R5.wait", flags: ["synthetic"] });

  it("gives one observation per group with completed waits: the mean with its count, the period, the RHF as org unit and the service as dimension", () => {
    expect(observations.map((o) => [o.dimensions["service"], o.orgUnit, o.period, o.value, o.count])).toEqual([
      ["PHBU", "rhf-nord", "2025T3", 30, 1],
      ["PHBU", "rhf-vest", "2025T3", 20, 1],
      ["PHV", "rhf-nord", "2025T3", 60, 1],
      ["PHV", "rhf-vest", "2025T3", 40, 2],
      ["TSB", "rhf-vest", "2025T3", 25, 1],
    ]);
    expect(observations[0]).toEqual({ indicatorId: "R5.wait", period: "2025T3", orgUnit: "rhf-nord", dimensions: { service: "PHBU" }, value: 30, count: 1, flags: ["synthetic"] });
  });

  it("aggregates to the nation as a count-weighted mean, equal to the mean of all waits: PHV (30 + 50 + 60) / 3", () => {
    const phv = observations.filter((o) => o.dimensions["service"] === "PHV");
    const national = aggregateAcrossUnits(phv, plan().indicators.find((i) => i.id === "R5.wait")!, { orgUnit: "NO" });
    expect(national.value).toBeCloseTo(140 / 3, 12);
    expect(national.count).toBe(3);
  });

  it("feeds evaluatePlan with the bundled plan: R5 is assessed per service from the national means of all four RHFs", () => {
    // SYNTHETIC: the two other RHFs added, so every service has all four (TSB, PHBU: 25 days each).
    const others = ["rhf-sor-ost", "rhf-midt-norge"].flatMap((rhf) => [
      at("PHBU", rhf, "2025-09-01", "2025-09-26"),
      at("PHV", rhf, "2025-09-01", "2025-10-21"),
      at("TSB", rhf, "2025-09-01", "2025-09-26"),
    ]);
    const complete = waitingTimeObservations(waitingTimeStats([...records, ...others, at("TSB", "rhf-nord", "2025-09-01", "2025-09-26")], { groupBy: ["service", "rhf"], period: "tertial" }), {
      indicatorId: "R5.wait",
      flags: ["synthetic"],
    });
    const e = evaluatePlan(plan(), complete, { asOf: "2026-01" });
    const r5 = e.goals.find((g) => g.goalId === "R5")!;
    const byTarget = Object.fromEntries(r5.assessments.map((a) => [a.targetId, [a.value, a.valuePeriod, a.met]]));
    expect(byTarget["R5.phbu"]).toEqual([25, "2025T3", true]); // (20 + 30 + 25 + 25) / 4 < 35
    expect(byTarget["R5.tsb"]).toEqual([25, "2025T3", true]); // 25 < 30
    expect(byTarget["R5.phv"]![0]).toBe(48); // (30 + 50 + 60 + 50 + 50) / 5
    expect(byTarget["R5.phv"]![2]).toBe(false); // 48 is not < 40
    expect(r5.status).not.toBe("insufficientData");
    expect(e.dataIssues).toEqual([]);
  });

  it("withholds a national mean resting on two of the four RHFs, and says which are missing", () => {
    const e = evaluatePlan(plan(), observations, { asOf: "2026-01" });
    const r5 = e.goals.find((g) => g.goalId === "R5")!;
    expect(r5.assessments.find((a) => a.targetId === "R5.phbu")?.value).toBeNull();
    expect(e.dataIssues.map((i) => i.code)).toEqual(["incomplete_coverage", "incomplete_coverage", "incomplete_coverage"]);
    expect(e.dataIssues[0]?.message).toBe(
      "the national value of R5.wait for 2025T3 (service=PHBU) is withheld: 2 of 4 units (50 %) have a value; missing: rhf-midt-norge, rhf-sor-ost; below the 90 % threshold",
    );
  });

  it("flags monthly observations provisional (monthly figures are preliminary), tertials not", () => {
    const monthly = waitingTimeObservations(waitingTimeStats(records, { groupBy: ["service"], period: "month" }), { indicatorId: "R5.wait" });
    expect(monthly.every((o) => o.flags.includes("provisional"))).toBe(true);
    expect(observations.some((o) => o.flags.includes("provisional"))).toBe(false);
    expect(monthly.every((o) => o.orgUnit === "NO")).toBe(true);
  });

  it("takes the finest org unit grouped by, and a mapping for names it does not know", () => {
    const byHf = waitingTimeStats([{ service: "PHV", rhf: "rhf-vest", hf: "Helse Bergen HF", received: "2025-01-01", started: "2025-01-11" }], { groupBy: ["rhf", "hf"], period: "year" });
    expect(waitingTimeObservations(byHf, { indicatorId: "R5.wait", orgUnits: { "Helse Bergen HF": "hf-bergen" } })[0]?.orgUnit).toBe("hf-bergen");
    expect(() => waitingTimeObservations(byHf, { indicatorId: "R5.wait" })).toThrow(WaitingTimeError);
  });

  it("keeps sex and age band as dimensions when grouped by them", () => {
    const r = waitingTimeStats([{ service: "PHBU", sex: "K", age: 15, received: "2025-01-01", started: "2025-01-11" }], { groupBy: ["service", "sex", "ageBand"], period: "year" });
    expect(waitingTimeObservations(r, { indicatorId: "R5.wait" })[0]?.dimensions).toEqual({ service: "PHBU", sex: "K", ageBand: "13-17" });
  });
});
