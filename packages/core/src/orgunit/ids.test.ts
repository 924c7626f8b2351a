import { describe, expect, expectTypeOf, it } from "vitest";
import { OpptrappingError } from "../errors.js";
import { classifyOrgUnitId } from "./classifyOrgUnitId.js";
import { countyOfMunicipality } from "./countyOfMunicipality.js";
import { isOrgUnitId } from "./isOrgUnitId.js";
import { ALLOWED_PARENT_LEVELS, ORG_UNIT_LEVELS } from "./levels.js";
import { OrgUnitError } from "./OrgUnitError.js";
import { RHFS, type RhfId } from "./rhfs.js";

const ACCEPTED =
  '"NO", an RHF id ("rhf-sor-ost", "rhf-vest", "rhf-midt-norge", "rhf-nord"), "hf-<slug>" (lowercase letters and digits joined by single hyphens), a 2-digit county number ("03") or a 4-digit municipality number ("0301")';

function rejection(run: () => unknown): OrgUnitError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OrgUnitError);
    expect(error).toBeInstanceOf(OpptrappingError);
    return error as OrgUnitError;
  }
  throw new Error("expected an OrgUnitError");
}

describe("RHFS", () => {
  it("lists the four regional health authorities with our own ids", () => {
    expect(RHFS).toEqual([
      { id: "rhf-sor-ost", name: "Helse Sør-Øst" },
      { id: "rhf-vest", name: "Helse Vest" },
      { id: "rhf-midt-norge", name: "Helse Midt-Norge" },
      { id: "rhf-nord", name: "Helse Nord" },
    ]);
    expect(Object.isFrozen(RHFS)).toBe(true);
    expect(Object.isFrozen(RHFS[0])).toBe(true);
  });

  it("types the ids as literals", () => {
    expectTypeOf<RhfId>().toEqualTypeOf<"rhf-sor-ost" | "rhf-vest" | "rhf-midt-norge" | "rhf-nord">();
    // @ts-expect-error not an RHF id
    const bad: RhfId = "rhf-oslo";
    expect(bad).toBe("rhf-oslo");
  });

  it("are all named in the accepted forms of the error message", () => {
    for (const rhf of RHFS) expect(ACCEPTED).toContain(`"${rhf.id}"`);
  });
});

describe("levels", () => {
  it("are the five levels, top down, with the documented parents", () => {
    expect(ORG_UNIT_LEVELS).toEqual(["nation", "rhf", "hf", "county", "municipality"]);
    expect(ALLOWED_PARENT_LEVELS).toEqual({
      nation: [],
      rhf: ["nation"],
      hf: ["rhf"],
      county: ["nation"],
      municipality: ["county", "hf"],
    });
    expect(Object.isFrozen(ALLOWED_PARENT_LEVELS.municipality)).toBe(true);
  });
});

describe("classifyOrgUnitId", () => {
  it.each([
    ["NO", "nation"],
    ["rhf-sor-ost", "rhf"],
    ["rhf-vest", "rhf"],
    ["rhf-midt-norge", "rhf"],
    ["rhf-nord", "rhf"],
    ["hf-akershus", "hf"],
    ["hf-oslo-universitetssykehus", "hf"],
    ["hf-st-olavs-2", "hf"],
    ["03", "county"],
    ["46", "county"],
    ["0301", "municipality"],
    ["4601", "municipality"],
    ["5001", "municipality"],
  ])("classifies %j as %s", (id, level) => {
    expect(classifyOrgUnitId(id)).toBe(level);
    expect(isOrgUnitId(id)).toBe(true);
  });

  it.each(["", "no", "NOR", "rhf-oslo", "rhf-", "hf-", "hf-Oslo", "hf-oslo--sykehus", "hf-oslo-", "hf-ø", "00", "3", "003", "0001", "301", "03011", " 03", "Oslo"])(
    "rejects %j, quoting it and listing the accepted forms",
    (id) => {
      const error = rejection(() => classifyOrgUnitId(id));
      expect(error.code).toBe("invalid_org_unit");
      expect(error.id).toBe(id);
      expect(error.message).toBe(`Invalid org unit id ${JSON.stringify(id)}: expected ${ACCEPTED}`);
      expect(isOrgUnitId(id)).toBe(false);
    },
  );

  it("rejects values that are not strings", () => {
    expect(rejection(() => classifyOrgUnitId(301 as unknown as string)).message).toBe(
      `Invalid org unit id 301 (number): expected ${ACCEPTED}`,
    );
    expect(rejection(() => classifyOrgUnitId(null as unknown as string)).message).toBe(
      `Invalid org unit id null (null): expected ${ACCEPTED}`,
    );
    expect(isOrgUnitId(301)).toBe(false);
    expect(isOrgUnitId(undefined)).toBe(false);
  });

  it("is a plain boolean test, not a type guard (a guard would narrow a string to never when false)", () => {
    expectTypeOf(isOrgUnitId).returns.toEqualTypeOf<boolean>();
  });
});

describe("countyOfMunicipality", () => {
  it("is the first two digits", () => {
    expect(countyOfMunicipality("0301")).toBe("03");
    expect(countyOfMunicipality("4601")).toBe("46");
  });

  it.each(["03", "NO", "301", "abcd", "0001"])("rejects %j, which is not a municipality number", (id) => {
    const error = rejection(() => countyOfMunicipality(id));
    expect(error.code).toBe("invalid_org_unit");
    expect(error.message).toBe(
      `Invalid municipality number ${JSON.stringify(id)}: expected 4 digits, the first two its county ("0301")`,
    );
  });
});
