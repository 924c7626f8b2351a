import { describe, expect, it } from "vitest";
import { observationSchema } from "../schema/observation.js";
import { classifyOrgUnitId } from "./classifyOrgUnitId.js";
import { isOrgUnitId } from "./isOrgUnitId.js";

describe("SSB's residual regions (K-21-22, K-23, K-Rest as the adapters normalise them)", () => {
  it.each(["ssb-21-22", "ssb-23", "ssb-rest"])("accepts %s as a municipality-level unit", (id) => {
    expect(isOrgUnitId(id)).toBe(true);
    expect(classifyOrgUnitId(id)).toBe("municipality");
    expect(observationSchema.safeParse({ indicatorId: "x", period: "2024", orgUnit: id, value: 1 }).success).toBe(true);
  });

  it.each(["ssb-21", "ssb-", "SSB-23", "K-23", "ssb-rest "])("still refuses %j", (id) => {
    expect(isOrgUnitId(id)).toBe(false);
    expect(() => classifyOrgUnitId(id)).toThrow(/Invalid org unit id|special region code/);
  });
});
