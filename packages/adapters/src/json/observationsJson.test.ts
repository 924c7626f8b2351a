import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import { fromObservationsJson, toAssessmentsJson, toObservationsJson } from "./observationsJson.js";

const good = { indicatorId: "R5.wait", period: "2025-06", orgUnit: "0301", dimensions: { service: "PHBU" }, value: 37.5, count: 12, flags: ["synthetic"] };

describe("plain JSON of observations", () => {
  it("reads back what it writes", () => {
    const { observations, issues } = fromObservationsJson(toObservationsJson([good as never]));
    expect(issues).toEqual([]);
    expect(observations).toEqual([good]);
  });

  it("applies defaults (no dimensions, no flags)", () => {
    const { observations } = fromObservationsJson([{ indicatorId: "R4.assessment", period: "2025-04", orgUnit: "NO", value: 87 }]);
    expect(observations[0]).toEqual({ indicatorId: "R4.assessment", period: "2025-04", orgUnit: "NO", dimensions: {}, value: 87, flags: [] });
  });

  it("throws at the first bad observation in strict mode, naming its index and field", () => {
    expect(() => fromObservationsJson([good, { ...good, period: "2025T4" }])).toThrow(AdapterError);
    try {
      fromObservationsJson([good, { ...good, period: "2025T4" }]);
    } catch (e) {
      expect((e as AdapterError).code).toBe("invalid_observation");
      expect((e as AdapterError).path).toEqual([1, "period"]);
    }
  });

  it("reports every bad observation in lenient mode and keeps the rest", () => {
    const r = fromObservationsJson([{ ...good, value: null }, good, { ...good, orgUnit: "Oslo" }], { mode: "lenient" });
    expect(r.observations).toHaveLength(1);
    expect(r.issues.map((i) => i.path)).toEqual([[0, "value"], [2, "orgUnit"]]);
  });

  it("says what is wrong with input that is not an array of observations", () => {
    expect(() => fromObservationsJson("{ nope")).toThrow(/not valid JSON/);
    expect(() => fromObservationsJson('{"a":1}')).toThrow(/expected a JSON array of observations/);
  });

  it("writes assessments as plain JSON", () => {
    expect(JSON.parse(toAssessmentsJson([]))).toEqual([]);
  });
});
