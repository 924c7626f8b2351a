import { isOrgUnitId, safeParsePlan } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import {
  ACTOR_IDS,
  AREA_IDS,
  GOAL_IDS,
  INDICATOR_IDS,
  MAIN_GOAL_IDS,
  SERVICES,
  THEME_IDS,
  observationData,
  observations,
  plan,
  planData,
} from "./index.js";

describe("plan()", () => {
  it("parses the bundled data without a single issue", () => {
    const result = safeParsePlan(planData);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("parses once and returns the same frozen plan on every call", () => {
    const first = plan();
    expect(plan()).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.resultGoals[4]?.targets[0])).toBe(true);
  });

  it("keeps the plan's identity, period and revision", () => {
    const p = plan();
    expect(p.id).toBe("opptrappingsplan-psykisk-helse-2023-2033");
    expect(p.title.nb).toBe("Opptrappingsplan for psykisk helse (2023–2033)");
    expect(p.reference).toBe("Meld. St. 23 (2022–2023)");
    expect(p.period).toBe("2023/2033");
    expect(p.revision).toMatchObject({ version: "2026.1", asOf: "2026-01-19" });
  });
});

describe("id tables", () => {
  it("list exactly the ids of the data, in order", () => {
    const p = plan();
    expect(p.mainGoals.map((g) => g.id)).toEqual([...MAIN_GOAL_IDS]);
    expect(p.areas.map((a) => a.id)).toEqual([...AREA_IDS]);
    expect(p.resultGoals.map((g) => g.id)).toEqual([...GOAL_IDS]);
    expect(p.themes.map((t) => t.id)).toEqual([...THEME_IDS]);
    expect(p.indicators.map((i) => i.id)).toEqual([...INDICATOR_IDS]);
    expect(p.actors.map((a) => a.id)).toEqual([...ACTOR_IDS]);
  });

  it("give the waiting-time indicator exactly the services PHBU, PHV and TSB", () => {
    const wait = plan().indicators.find((i) => i.id === "R5.wait");
    expect(wait?.disaggregations).toEqual([expect.objectContaining({ id: "service", values: ["PHBU", "PHV", "TSB"] })]);
    expect(SERVICES).toEqual(["PHBU", "PHV", "TSB"]);
  });

  it("are checked by the compiler", () => {
    // Never called: the @ts-expect-error lines are checked by `pnpm typecheck`.
    const typeChecks = (): void => {
      // @ts-expect-error "A4" is not an area of the plan
      const area: (typeof AREA_IDS)[number] = "A4";
      // @ts-expect-error "R9" is not a result goal of the plan
      const goal: (typeof GOAL_IDS)[number] = "R9";
      // @ts-expect-error "BUP" is a clinic, not a service id
      const service: (typeof SERVICES)[number] = "BUP";
      void [area, goal, service];
    };
    expect(typeof typeChecks).toBe("function");
  });
});

describe("observations()", () => {
  it("validates each figure once and returns the same frozen list", () => {
    const first = observations();
    expect(observations()).toBe(first);
    expect(first).toHaveLength(observationData.length);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
  });

  it("measures only indicators of the plan, by their own disaggregations, for real org units", () => {
    const p = plan();
    for (const o of observations()) {
      const indicator = p.indicators.find((i) => i.id === o.indicatorId);
      expect(indicator, o.indicatorId).toBeDefined();
      expect(isOrgUnitId(o.orgUnit)).toBe(true);
      for (const [dimension, value] of Object.entries(o.dimensions)) {
        const d = indicator?.disaggregations.find((x) => x.id === dimension);
        expect(d?.values, `${o.indicatorId}.${dimension}`).toContain(value);
      }
    }
  });

  it("invents no counts, numerators or denominators and flags nothing as synthetic", () => {
    for (const o of observations()) {
      expect(o.count).toBeUndefined();
      expect(o.numerator).toBeUndefined();
      expect(o.denominator).toBeUndefined();
      expect(o.flags).not.toContain("synthetic");
    }
  });
});
