import { readFileSync } from "node:fs";
import { Decimal, observationSchema, parsePlan } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { checkedObservations, checkedPlan } from "./checkedData.js";
import { checkedDataSource } from "./checkedDataSource.test-fixture.js";
import { observationData, observations, plan, planData } from "./index.js";

describe("the checked data plan() and observations() ship", () => {
  it("is exactly what generating it from the bundled data gives today (else: pnpm generate:checked-data)", () => {
    // Regenerating validates planData and observationData again; any drift between the data,
    // core's schemas and the shipped file shows up here as a differing line.
    const shipped = readFileSync(new URL("./checkedData.ts", import.meta.url), "utf8");
    expect(shipped.split("\n")).toEqual(checkedDataSource().split("\n"));
  });

  it("still parses: the shipped plan is a valid plan, and parsing it again changes nothing", () => {
    const reparsed = parsePlan(checkedPlan);
    expect(reparsed).toEqual(plan());
    expect(plan()).toEqual(parsePlan(planData));
  });

  it("keeps money as decimal.js values, not strings or floats", () => {
    const amounts = plan().allocations.map((a) => a.amount);
    expect(amounts.length).toBeGreaterThan(0);
    for (const amount of amounts) expect(Decimal.isDecimal(amount)).toBe(true);
    expect(amounts[0]?.toString()).toBe("300000000");
  });

  it("ships observations equal to validating observationData, frozen", () => {
    expect(observations()).toEqual(observationData.map((o) => observationSchema.parse(o)));
    expect(checkedObservations.map((o) => observationSchema.parse(o))).toEqual(observations());
    expect(Object.isFrozen(observations()[0])).toBe(true);
  });
});
