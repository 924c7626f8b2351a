import { checkOrgUnits } from "./checkOrgUnits.js";
import type { OrgUnitLevel } from "./levels.js";
import { OrgHierarchyError } from "./OrgHierarchyError.js";
import { OrgUnitError } from "./OrgUnitError.js";
import type { OrgUnit } from "./orgUnitSchema.js";

/**
 * A checked tree (or forest) of org units with lookups. Every list is sorted by id (by UTF-16
 * code units, so `"03"` < `"0301"` < `"NO"` < `"hf-…"` < `"rhf-…"`), frozen, and the same
 * whatever order the units were given in. Lookups of an id the hierarchy lacks throw
 * {@link OrgUnitError} `unknown_org_unit`.
 *
 * @example
 * ```ts
 * import { createOrgHierarchy, type OrgHierarchy } from "@opptrapping/core";
 * const hierarchy: OrgHierarchy = createOrgHierarchy([{ id: "NO", level: "nation", name: "Norge" }]);
 * hierarchy.has("NO"); // true
 * ```
 */
export interface OrgHierarchy {
  /** Every unit, sorted by id. */
  readonly units: readonly OrgUnit[];
  /** The units without a parent (usually just the nation), sorted by id. */
  readonly roots: readonly OrgUnit[];
  /** The unit with this id. */
  get(id: string): OrgUnit;
  /** Whether the hierarchy has a unit with this id (never throws). */
  has(id: string): boolean;
  /** The unit's parent, or `undefined` for a root. */
  parent(id: string): OrgUnit | undefined;
  /** The unit's ancestors, nearest first (parent, grandparent, …, root); empty for a root. */
  ancestors(id: string): readonly OrgUnit[];
  /** The unit's direct children, sorted by id. */
  children(id: string): readonly OrgUnit[];
  /**
   * Every unit below this one, depth-first in pre-order with siblings sorted by id: each
   * child is followed by its whole subtree before the next child.
   */
  descendants(id: string): readonly OrgUnit[];
  /** The nearest proper ancestor at `level` (never the unit itself), or `undefined`. */
  ancestorAt(id: string, level: OrgUnitLevel): OrgUnit | undefined;
}

const byId = (a: OrgUnit, b: OrgUnit): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const NONE: readonly OrgUnit[] = Object.freeze([]);

/**
 * Builds an {@link OrgHierarchy} from units that name their parents. Every unit is checked
 * (shape and id form, level matching the id, unique ids, known parents, a parent at a level
 * allowed by `ALLOWED_PARENT_LEVELS`, a municipality under the county of its first two
 * digits, no cycles) and all problems are reported together.
 *
 * @throws {OrgHierarchyError} `invalid_org_hierarchy`, with one issue per problem.
 * @example
 * ```ts
 * import { createOrgHierarchy } from "@opptrapping/core";
 * const hierarchy = createOrgHierarchy([
 *   { id: "NO", level: "nation", name: "Norge" },
 *   { id: "03", level: "county", name: "Oslo", parent: "NO" },
 *   { id: "0301", level: "municipality", name: "Oslo", parent: "03" },
 * ]);
 * hierarchy.ancestors("0301").map((unit) => unit.id); // ["03", "NO"]
 * ```
 */
export function createOrgHierarchy(units: readonly OrgUnit[]): OrgHierarchy {
  const checked = checkOrgUnits(units);
  if (!checked.ok) throw new OrgHierarchyError(checked.issues);

  const sorted = Object.freeze(checked.units.map((unit) => Object.freeze({ ...unit })).sort(byId));
  const index = new Map(sorted.map((unit) => [unit.id, unit]));
  const childLists = new Map<string, OrgUnit[]>();
  for (const unit of sorted) {
    if (unit.parent === undefined) continue;
    const siblings = childLists.get(unit.parent);
    if (siblings === undefined) childLists.set(unit.parent, [unit]);
    else siblings.push(unit); // `sorted` is in id order, so siblings are too.
  }
  const childrenOf = new Map([...childLists].map(([id, list]) => [id, Object.freeze(list)]));

  const get = (id: string): OrgUnit => {
    const unit = index.get(id);
    if (unit === undefined) {
      throw new OrgUnitError("unknown_org_unit", `Unknown org unit ${JSON.stringify(id)}: the hierarchy has no unit with this id`, id);
    }
    return unit;
  };
  const parentOf = (unit: OrgUnit): OrgUnit | undefined => (unit.parent === undefined ? undefined : index.get(unit.parent));
  const ancestors = (id: string): readonly OrgUnit[] => {
    const out: OrgUnit[] = [];
    for (let unit = parentOf(get(id)); unit !== undefined; unit = parentOf(unit)) out.push(unit);
    return Object.freeze(out);
  };

  return Object.freeze({
    units: sorted,
    roots: Object.freeze(sorted.filter((unit) => unit.parent === undefined)),
    get,
    has: (id: string) => index.has(id),
    parent: (id: string) => parentOf(get(id)),
    ancestors,
    children: (id: string) => childrenOf.get(get(id).id) ?? NONE,
    descendants: (id: string) => {
      const out: OrgUnit[] = [];
      const stack = [...(childrenOf.get(get(id).id) ?? NONE)].reverse();
      for (let unit = stack.pop(); unit !== undefined; unit = stack.pop()) {
        out.push(unit);
        stack.push(...[...(childrenOf.get(unit.id) ?? NONE)].reverse());
      }
      return Object.freeze(out);
    },
    ancestorAt: (id: string, level: OrgUnitLevel) => ancestors(id).find((unit) => unit.level === level),
  });
}
