import { describe, expect, expectTypeOf, it } from "vitest";
import type { OrgUnitLevel } from "./levels.js";
import { orgUnitIdSchema, orgUnitSchema, type OrgUnit } from "./orgUnitSchema.js";

describe("orgUnitSchema", () => {
  it("accepts a unit with and without a parent", () => {
    expect(orgUnitSchema.parse({ id: "0301", level: "municipality", name: "Oslo", parent: "03" })).toEqual({
      id: "0301",
      level: "municipality",
      name: "Oslo",
      parent: "03",
    });
    expect(orgUnitSchema.parse({ id: "NO", level: "nation", name: "Norge" })).toEqual({ id: "NO", level: "nation", name: "Norge" });
  });

  it("reports a level that disagrees with the id as level_mismatch", () => {
    const result = orgUnitSchema.safeParse({ id: "0301", level: "county", name: "Oslo" });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([
      {
        path: ["level"],
        message: 'Org unit "0301" has level "county", but its id is a municipality id',
        params: { code: "level_mismatch" },
      },
    ]);
  });

  it("rejects malformed ids, empty names, unknown levels and extra keys", () => {
    const result = orgUnitSchema.safeParse({ id: "Oslo", level: "city", name: "", extra: 1 });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["id", "level", "name", ""]);
    expect(orgUnitIdSchema.safeParse("Oslo").error?.issues[0]?.message).toMatch(/^Invalid org unit id "Oslo": expected "NO"/);
    expect(orgUnitIdSchema.safeParse(301).success).toBe(false);
  });

  it("infers the OrgUnit type", () => {
    expectTypeOf<OrgUnit["level"]>().toEqualTypeOf<OrgUnitLevel>();
    expectTypeOf<OrgUnit["id"]>().toEqualTypeOf<string>();
  });
});
