import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OpptrappingError, type Issue } from "../errors.js";
import { createOrgHierarchy } from "./createOrgHierarchy.js";
import { OrgHierarchyError } from "./OrgHierarchyError.js";
import { OrgUnitError } from "./OrgUnitError.js";
import type { OrgUnit } from "./orgUnitSchema.js";
import { RHFS } from "./rhfs.js";

const norway: OrgUnit[] = [
  { id: "NO", level: "nation", name: "Norge" },
  { id: "rhf-sor-ost", level: "rhf", name: "Helse Sør-Øst", parent: "NO" },
  { id: "rhf-vest", level: "rhf", name: "Helse Vest", parent: "NO" },
  { id: "hf-akershus", level: "hf", name: "Akershus universitetssykehus HF", parent: "rhf-sor-ost" },
  { id: "hf-bergen", level: "hf", name: "Helse Bergen HF", parent: "rhf-vest" },
  { id: "03", level: "county", name: "Oslo", parent: "NO" },
  { id: "46", level: "county", name: "Vestland", parent: "NO" },
  { id: "0301", level: "municipality", name: "Oslo", parent: "03" },
  { id: "4601", level: "municipality", name: "Bergen", parent: "hf-bergen" },
  { id: "4602", level: "municipality", name: "Kinn", parent: "46" },
];

const ids = (units: readonly OrgUnit[]): string[] => units.map((unit) => unit.id);

function issuesOf(units: readonly unknown[]): readonly Issue[] {
  try {
    createOrgHierarchy(units as readonly OrgUnit[]);
  } catch (error) {
    expect(error).toBeInstanceOf(OrgHierarchyError);
    expect(error).toBeInstanceOf(OpptrappingError);
    expect((error as OrgHierarchyError).code).toBe("invalid_org_hierarchy");
    return (error as OrgHierarchyError).issues;
  }
  throw new Error("expected an OrgHierarchyError");
}

describe("createOrgHierarchy", () => {
  const hierarchy = createOrgHierarchy(norway);

  it("lists units and roots sorted by id", () => {
    expect(ids(hierarchy.units)).toEqual(["03", "0301", "46", "4601", "4602", "NO", "hf-akershus", "hf-bergen", "rhf-sor-ost", "rhf-vest"]);
    expect(ids(hierarchy.roots)).toEqual(["NO"]);
  });

  it("looks units up", () => {
    expect(hierarchy.get("0301")).toEqual({ id: "0301", level: "municipality", name: "Oslo", parent: "03" });
    expect(hierarchy.has("0301")).toBe(true);
    expect(hierarchy.has("1103")).toBe(false);
    expect(hierarchy.parent("4601")?.id).toBe("hf-bergen");
    expect(hierarchy.parent("NO")).toBeUndefined();
  });

  it("lists ancestors nearest first", () => {
    expect(ids(hierarchy.ancestors("4601"))).toEqual(["hf-bergen", "rhf-vest", "NO"]);
    expect(ids(hierarchy.ancestors("0301"))).toEqual(["03", "NO"]);
    expect(hierarchy.ancestors("NO")).toEqual([]);
  });

  it("lists children sorted by id", () => {
    expect(ids(hierarchy.children("NO"))).toEqual(["03", "46", "rhf-sor-ost", "rhf-vest"]);
    expect(ids(hierarchy.children("46"))).toEqual(["4602"]);
    expect(hierarchy.children("0301")).toEqual([]);
  });

  it("lists descendants depth-first, each child followed by its subtree", () => {
    expect(ids(hierarchy.descendants("NO"))).toEqual([
      "03",
      "0301",
      "46",
      "4602",
      "rhf-sor-ost",
      "hf-akershus",
      "rhf-vest",
      "hf-bergen",
      "4601",
    ]);
    expect(ids(hierarchy.descendants("rhf-vest"))).toEqual(["hf-bergen", "4601"]);
    expect(hierarchy.descendants("4602")).toEqual([]);
  });

  it("finds the nearest ancestor at a level, never the unit itself", () => {
    expect(hierarchy.ancestorAt("4601", "rhf")?.id).toBe("rhf-vest");
    expect(hierarchy.ancestorAt("4601", "nation")?.id).toBe("NO");
    expect(hierarchy.ancestorAt("0301", "county")?.id).toBe("03");
    expect(hierarchy.ancestorAt("4601", "county")).toBeUndefined();
    expect(hierarchy.ancestorAt("03", "county")).toBeUndefined();
  });

  it("is frozen all the way down and does not share the caller's objects", () => {
    expect(Object.isFrozen(hierarchy)).toBe(true);
    expect(Object.isFrozen(hierarchy.units)).toBe(true);
    expect(Object.isFrozen(hierarchy.get("03"))).toBe(true);
    expect(Object.isFrozen(hierarchy.children("NO"))).toBe(true);
    expect(Object.isFrozen(hierarchy.descendants("NO"))).toBe(true);
    expect(Object.isFrozen(hierarchy.ancestors("0301"))).toBe(true);
    expect(hierarchy.get("03")).not.toBe(norway[5]);
    expect(Object.isFrozen(norway[5])).toBe(false);
  });

  it("allows several roots", () => {
    const forest = createOrgHierarchy([
      { id: "03", level: "county", name: "Oslo" },
      { id: "0301", level: "municipality", name: "Oslo", parent: "03" },
      { id: "rhf-nord", level: "rhf", name: "Helse Nord" },
    ]);
    expect(ids(forest.roots)).toEqual(["03", "rhf-nord"]);
    expect(createOrgHierarchy([]).units).toEqual([]);
  });

  it("throws unknown_org_unit naming the id on every lookup of an id it lacks", () => {
    const lookups = [
      () => hierarchy.get("1103"),
      () => hierarchy.parent("1103"),
      () => hierarchy.ancestors("1103"),
      () => hierarchy.children("1103"),
      () => hierarchy.descendants("1103"),
      () => hierarchy.ancestorAt("1103", "county"),
    ];
    for (const lookup of lookups) {
      try {
        lookup();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(OrgUnitError);
        expect(error).toMatchObject({
          code: "unknown_org_unit",
          id: "1103",
          message: 'Unknown org unit "1103": the hierarchy has no unit with this id',
        });
      }
    }
  });

  describe("validation", () => {
    it("reports duplicate ids", () => {
      expect(issuesOf([...norway, { id: "03", level: "county", name: "Oslo igjen", parent: "NO" }])).toEqual([
        { path: [10, "id"], code: "duplicate_id", message: 'Duplicate org unit id "03" (first at [5])' },
      ]);
    });

    it("reports unknown parents", () => {
      expect(issuesOf([{ id: "0301", level: "municipality", name: "Oslo", parent: "03" }])).toEqual([
        {
          path: [0, "parent"],
          code: "unknown_parent",
          message: 'Org unit "0301" names parent "03", which is not in the hierarchy',
        },
      ]);
    });

    it("reports a level that disagrees with the id", () => {
      expect(issuesOf([{ id: "03", level: "municipality", name: "Oslo" }])).toEqual([
        { path: [0, "level"], code: "level_mismatch", message: 'Org unit "03" has level "municipality", but its id is a county id' },
      ]);
    });

    it("reports malformed units and ids as invalid_org_unit", () => {
      const issues = issuesOf([{ id: "Oslo", level: "county", name: "Oslo" }, null, { id: "NO", level: "nation" }]);
      expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
        [[0, "id"], "invalid_org_unit"],
        [[1], "invalid_org_unit"],
        [[2, "name"], "invalid_org_unit"],
      ]);
      expect(issues[0]?.message).toMatch(/^Invalid org unit id "Oslo": expected "NO", an RHF id/);
      expect(issuesOf("NO" as unknown as unknown[])).toEqual([
        { path: [], code: "invalid_org_unit", message: "Expected an array of org units" },
      ]);
    });

    it("points out a parent that was itself rejected", () => {
      const issues = issuesOf([
        { id: "03", level: "county", name: "Oslo", parent: "NO", extra: true },
        { id: "0301", level: "municipality", name: "Oslo", parent: "03" },
      ]);
      expect(issues.map((issue) => issue.code)).toEqual(["invalid_org_unit", "unknown_parent"]);
      expect(issues[1]?.message).toBe(
        'Org unit "0301" names parent "03", which is not in the hierarchy (a unit with that id was rejected, see its own issues)',
      );
    });

    it.each<[string, OrgUnit, OrgUnit, string]>([
      [
        "an HF under the nation",
        { id: "NO", level: "nation", name: "Norge" },
        { id: "hf-bergen", level: "hf", name: "Helse Bergen", parent: "NO" },
        'Org unit "hf-bergen" (hf) cannot have the nation "NO" as parent; allowed: rhf',
      ],
      [
        "a county under an RHF",
        { id: "rhf-vest", level: "rhf", name: "Helse Vest" },
        { id: "46", level: "county", name: "Vestland", parent: "rhf-vest" },
        'Org unit "46" (county) cannot have the rhf "rhf-vest" as parent; allowed: nation',
      ],
      [
        "a municipality under an RHF",
        { id: "rhf-vest", level: "rhf", name: "Helse Vest" },
        { id: "4601", level: "municipality", name: "Bergen", parent: "rhf-vest" },
        'Org unit "4601" (municipality) cannot have the rhf "rhf-vest" as parent; allowed: county or hf',
      ],
      [
        "an RHF under a county",
        { id: "46", level: "county", name: "Vestland" },
        { id: "rhf-vest", level: "rhf", name: "Helse Vest", parent: "46" },
        'Org unit "rhf-vest" (rhf) cannot have the county "46" as parent; allowed: nation',
      ],
    ])("reports %s as invalid_parent_level", (_, parent, child, message) => {
      expect(issuesOf([parent, child])).toEqual([{ path: [1, "parent"], code: "invalid_parent_level", message }]);
    });

    it("reports a municipality whose county parent disagrees with its number", () => {
      expect(
        issuesOf([
          { id: "46", level: "county", name: "Vestland" },
          { id: "0301", level: "municipality", name: "Oslo", parent: "46" },
        ]),
      ).toEqual([
        {
          path: [1, "parent"],
          code: "county_mismatch",
          message: 'Municipality "0301" belongs to county "03" by its number, but its parent is county "46"',
        },
      ]);
    });

    it("reports a cycle once, at its member that comes first", () => {
      const issues = issuesOf([
        { id: "0301", level: "municipality", name: "Oslo", parent: "03" },
        { id: "03", level: "county", name: "Oslo", parent: "0301" },
      ]);
      expect(issues).toEqual([
        {
          path: [0, "parent"],
          code: "cycle",
          message: 'Org units form a cycle of parents: "0301" → "03" → "0301"',
        },
        {
          path: [1, "parent"],
          code: "invalid_parent_level",
          message: 'Org unit "03" (county) cannot have the municipality "0301" as parent; allowed: nation',
        },
      ]);
    });

    it("reports a unit that is its own parent as a cycle", () => {
      expect(issuesOf([{ id: "NO", level: "nation", name: "Norge", parent: "NO" }]).map((issue) => [issue.code, issue.message])).toEqual([
        ["invalid_parent_level", 'Org unit "NO" (nation) cannot have the nation "NO" as parent; a nation has no parent'],
        ["cycle", 'Org units form a cycle of parents: "NO" → "NO"'],
      ]);
    });

    it("collects every problem at once, in input order, and lists them in the message", () => {
      let caught: unknown;
      try {
        createOrgHierarchy([
          { id: "NO", level: "nation", name: "Norge" },
          { id: "0301", level: "municipality", name: "Oslo", parent: "46" },
          { id: "46", level: "county", name: "Vestland", parent: "NO" },
          { id: "46", level: "county", name: "Vestland", parent: "NO" },
          { id: "hf-x", level: "hf", name: "X", parent: "rhf-nord" },
        ]);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(OrgHierarchyError);
      const error = caught as OrgHierarchyError;
      expect(error.issues.map((issue) => issue.code)).toEqual(["county_mismatch", "duplicate_id", "unknown_parent"]);
      expect(error.message).toBe(
        "Invalid org hierarchy (3 issues):\n" +
          '  [1].parent: Municipality "0301" belongs to county "03" by its number, but its parent is county "46"\n' +
          '  [3].id: Duplicate org unit id "46" (first at [2])\n' +
          '  [4].parent: Org unit "hf-x" names parent "rhf-nord", which is not in the hierarchy',
      );
      expect(Object.isFrozen(error.issues)).toBe(true);
    });
  });
});

/** Random valid hierarchies under "NO", given in a random order. */
const hierarchies = fc
  .record({
    rhfs: fc.subarray(RHFS.map((rhf) => rhf.id), { minLength: 1 }),
    hfs: fc.uniqueArray(fc.record({ slug: fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4})?$/), rhf: fc.nat() }), {
      selector: (hf) => hf.slug,
      maxLength: 8,
    }),
    counties: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 8 }),
    municipalities: fc.array(
      fc.record({ county: fc.nat(), number: fc.integer({ min: 0, max: 99 }), hf: fc.option(fc.nat(), { nil: undefined }) }),
      { maxLength: 30 },
    ),
  })
  .map(({ rhfs, hfs, counties, municipalities }) => {
    const units: OrgUnit[] = [{ id: "NO", level: "nation", name: "Norge" }];
    for (const id of rhfs) units.push({ id, level: "rhf", name: id, parent: "NO" });
    const hfIds = hfs.map((hf) => `hf-${hf.slug}`);
    hfs.forEach((hf, i) => units.push({ id: hfIds[i] ?? "", level: "hf", name: hf.slug, parent: rhfs[hf.rhf % rhfs.length] ?? "NO" }));
    const countyIds = counties.map((n) => String(n).padStart(2, "0"));
    for (const id of countyIds) units.push({ id, level: "county", name: id, parent: "NO" });
    const seen = new Set<string>();
    for (const m of municipalities) {
      const county = countyIds[m.county % Math.max(1, countyIds.length)];
      if (county === undefined) continue;
      const id = `${county}${String(m.number).padStart(2, "0")}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const hf = m.hf === undefined ? undefined : hfIds[m.hf % Math.max(1, hfIds.length)];
      units.push({ id, level: "municipality", name: id, parent: hf ?? county });
    }
    return units;
  })
  .chain((units) => fc.tuple(fc.constant(units), fc.shuffledSubarray(units, { minLength: units.length })));

describe("createOrgHierarchy properties", () => {
  it("has every unit but the root below the root", () => {
    fc.assert(
      fc.property(hierarchies, ([units]) => {
        const hierarchy = createOrgHierarchy(units);
        const below = ids(hierarchy.descendants("NO"));
        expect(below).toHaveLength(units.length - 1);
        expect(new Set(below)).toEqual(new Set(ids(units).filter((id) => id !== "NO")));
      }),
    );
  });

  it("has each unit's ancestors end at the root", () => {
    fc.assert(
      fc.property(hierarchies, ([units]) => {
        const hierarchy = createOrgHierarchy(units);
        for (const unit of hierarchy.units) {
          const ancestors = hierarchy.ancestors(unit.id);
          if (unit.id === "NO") expect(ancestors).toEqual([]);
          else expect(ancestors.at(-1)?.id).toBe("NO");
          expect(ancestors[0]?.id).toBe(unit.parent);
        }
      }),
    );
  });

  it("agrees between parents, children and descendants", () => {
    fc.assert(
      fc.property(hierarchies, ([units]) => {
        const hierarchy = createOrgHierarchy(units);
        for (const unit of hierarchy.units) {
          for (const child of hierarchy.children(unit.id)) expect(child.parent).toBe(unit.id);
          for (const below of hierarchy.descendants(unit.id)) expect(ids(hierarchy.ancestors(below.id))).toContain(unit.id);
          if (unit.level === "municipality" && hierarchy.parent(unit.id)?.level === "county") {
            expect(hierarchy.ancestorAt(unit.id, "county")?.id).toBe(unit.id.slice(0, 2));
          }
        }
      }),
    );
  });

  it("does not depend on the order units are given in", () => {
    fc.assert(
      fc.property(hierarchies, ([units, shuffled]) => {
        const a = createOrgHierarchy(units);
        const b = createOrgHierarchy(shuffled);
        expect(b.units).toEqual(a.units);
        expect(b.descendants("NO")).toEqual(a.descendants("NO"));
      }),
    );
  });
});
