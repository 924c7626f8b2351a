import { describe, expect, expectTypeOf, it } from "vitest";
import { observationSchema, type Observation, type ObservationFlag, type ObservationInput } from "./observation.js";

const base = { indicatorId: "I.wait", period: "2025T2", orgUnit: "rhf-vest", value: 37.5 };

describe("observationSchema", () => {
  it("fills in empty dimensions and flags", () => {
    expect(observationSchema.parse(base)).toEqual({ ...base, dimensions: {}, flags: [] });
  });

  it("keeps numerator, denominator, count, flags and a source", () => {
    const full = {
      ...base,
      value: 40,
      numerator: 2,
      denominator: 5,
      count: 5,
      dimensions: { service: "PHBU" },
      flags: ["provisional", "synthetic"],
      source: { doc: "S.letter", note: "synthetic" },
      note: "synthetic",
    };
    expect(observationSchema.parse(full)).toEqual(full);
  });

  it.each(["missing", "suppressed"])("accepts a null value flagged %s", (flag) => {
    expect(observationSchema.parse({ ...base, value: null, flags: [flag] }).value).toBeNull();
  });

  it.each([[[]], [["provisional"]], [["synthetic"]]])("rejects a null value with flags %j", (flags) => {
    expect(observationSchema.safeParse({ ...base, value: null, flags }).error?.issues).toMatchObject([
      { path: ["value"], message: 'a null value needs the flag "missing" or "suppressed"', params: { code: "unflagged_null" } },
    ]);
  });

  it("rejects a numerator greater than the denominator, and accepts equal ones", () => {
    expect(observationSchema.safeParse({ ...base, numerator: 6, denominator: 5 }).error?.issues).toMatchObject([
      { path: ["numerator"], message: "numerator 6 exceeds denominator 5", params: { code: "numerator_exceeds_denominator" } },
    ]);
    expect(observationSchema.safeParse({ ...base, numerator: 5, denominator: 5 }).success).toBe(true);
  });

  it("rejects negative counts and non-finite values", () => {
    expect(observationSchema.safeParse({ ...base, count: -1 }).success).toBe(false);
    expect(observationSchema.safeParse({ ...base, value: Number.NaN }).success).toBe(false);
    expect(observationSchema.safeParse({ ...base, value: Number.POSITIVE_INFINITY }).success).toBe(false);
  });

  it("rejects a bad org unit id with a message listing the accepted forms", () => {
    expect(observationSchema.safeParse({ ...base, orgUnit: "Oslo" }).error?.issues).toMatchObject([
      {
        path: ["orgUnit"],
        message: 'expected an org unit id: "NO", an RHF id (e.g. "rhf-vest"), "hf-…", a 2-digit county or a 4-digit municipality',
        params: { code: "invalid_org_unit" },
      },
    ]);
  });

  it.each(["NO", "rhf-vest", "hf-synthetic", "46", "0301"])("accepts the org unit %s", (orgUnit) => {
    expect(observationSchema.safeParse({ ...base, orgUnit }).success).toBe(true);
  });

  it("rejects a bad period, an unknown flag and an unknown key", () => {
    const issues = observationSchema.safeParse({ ...base, period: "2025T4", flags: ["guessed"], colour: "red" }).error?.issues;
    expect(issues?.map((i) => [i.path.join("."), i.code]).sort()).toEqual([
      ["", "unrecognized_keys"],
      ["flags.0", "invalid_value"],
      ["period", "custom"],
    ]);
    expect(issues?.find((i) => i.path[0] === "period")).toMatchObject({ params: { code: "invalid_period" } });
  });

  it("drops a __proto__ dimension key (zod skips it) without polluting any prototype", () => {
    const json = '{"indicatorId":"I.wait","period":"2025","orgUnit":"NO","value":3,"dimensions":{"__proto__":{"polluted":"yes"},"service":"PHBU"}}';
    const input = JSON.parse(json);
    expect(Object.keys(input.dimensions)).toEqual(["__proto__", "service"]);
    const dimensions = observationSchema.parse(input).dimensions;
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(Object.getPrototypeOf(dimensions)).toBe(Object.prototype);
    expect(Object.keys(dimensions)).toEqual(["service"]);
    expect((dimensions as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("keeps a constructor dimension key as plain data", () => {
    const json = '{"indicatorId":"I.wait","period":"2025","orgUnit":"NO","value":3,"dimensions":{"constructor":"x","service":"PHBU"}}';
    const observation = observationSchema.parse(JSON.parse(json));
    expect(observation.dimensions).toEqual({ constructor: "x", service: "PHBU" });
    expect(Object.getPrototypeOf(observation.dimensions)).toBe(Object.prototype);
    expect({}.constructor).toBe(Object);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("infers read-only observations and looser input", () => {
    expectTypeOf<Observation["flags"]>().toEqualTypeOf<readonly ObservationFlag[]>();
    expectTypeOf<Observation["value"]>().toEqualTypeOf<number | null>();
    expectTypeOf<ObservationInput["flags"]>().toEqualTypeOf<ObservationFlag[] | undefined>();
  });
});
