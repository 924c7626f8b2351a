import type { Issue } from "../errors.js";
import { ALLOWED_PARENT_LEVELS, type OrgUnitLevel } from "./levels.js";
import { orgUnitSchema, type OrgUnit } from "./orgUnitSchema.js";

/** The units that can be built into a hierarchy (first of each id, parsed), or the issues. */
export type CheckedOrgUnits =
  | { readonly ok: true; readonly units: readonly OrgUnit[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Checks units for everything `createOrgHierarchy` requires, collecting every issue. */
export function checkOrgUnits(input: unknown): CheckedOrgUnits {
  if (!Array.isArray(input)) {
    return { ok: false, issues: [{ path: [], code: "invalid_org_unit", message: "Expected an array of org units" }] };
  }
  const issues: { index: number; issue: Issue }[] = [];
  const report = (index: number, key: string | undefined, code: string, message: string): void => {
    issues.push({ index, issue: { path: key === undefined ? [index] : [index, key], code, message } });
  };

  // 1. Each unit on its own: shape, id form, level.
  const firstIndex = new Map<string, number>();
  const units = new Map<number, OrgUnit>();
  input.forEach((raw: unknown, index) => {
    const parsed = orgUnitSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const code = issue.code === "custom" && typeof issue.params?.["code"] === "string" ? issue.params["code"] : "invalid_org_unit";
        const path = [index, ...issue.path.map((key) => (typeof key === "number" ? key : String(key)))];
        issues.push({ index, issue: { path, code, message: issue.message } });
      }
      return;
    }
    const unit = parsed.data;
    const first = firstIndex.get(unit.id);
    if (first !== undefined) {
      report(index, "id", "duplicate_id", `Duplicate org unit id "${unit.id}" (first at [${first}])`);
      return;
    }
    firstIndex.set(unit.id, index);
    units.set(index, unit);
  });
  const byId = new Map([...units.values()].map((unit) => [unit.id, unit]));

  // 2. Each unit against its parent.
  for (const [index, unit] of units) {
    if (unit.parent === undefined) continue;
    const parent = byId.get(unit.parent);
    if (parent === undefined) {
      const rejected = input.some((raw: unknown) => typeof raw === "object" && raw !== null && "id" in raw && raw.id === unit.parent);
      const hint = rejected ? " (a unit with that id was rejected, see its own issues)" : "";
      report(index, "parent", "unknown_parent", `Org unit "${unit.id}" names parent "${unit.parent}", which is not in the hierarchy${hint}`);
      continue;
    }
    const allowed: readonly OrgUnitLevel[] = ALLOWED_PARENT_LEVELS[unit.level];
    if (!allowed.includes(parent.level)) {
      const hint = allowed.length === 0 ? `a ${unit.level} has no parent` : `allowed: ${allowed.join(" or ")}`;
      report(index, "parent", "invalid_parent_level", `Org unit "${unit.id}" (${unit.level}) cannot have the ${parent.level} "${parent.id}" as parent; ${hint}`);
    } else if (unit.level === "municipality" && parent.level === "county" && parent.id !== unit.id.slice(0, 2)) {
      report(index, "parent", "county_mismatch", `Municipality "${unit.id}" belongs to county "${unit.id.slice(0, 2)}" by its number, but its parent is county "${parent.id}"`);
    }
  }

  // 3. Cycles of parents, each reported once at its member that comes first in the input.
  const done = new Set<string>();
  for (const [, start] of units) {
    const trail: OrgUnit[] = [];
    const onTrail = new Set<string>();
    let unit: OrgUnit | undefined = start;
    while (unit !== undefined && !done.has(unit.id) && !onTrail.has(unit.id)) {
      trail.push(unit);
      onTrail.add(unit.id);
      unit = unit.parent === undefined ? undefined : byId.get(unit.parent);
    }
    if (unit !== undefined && onTrail.has(unit.id)) {
      const loop = trail.slice(trail.indexOf(unit));
      const first = loop.reduce((a, b) => ((firstIndex.get(a.id) ?? 0) <= (firstIndex.get(b.id) ?? 0) ? a : b));
      const at = loop.indexOf(first);
      const ordered = [...loop.slice(at), ...loop.slice(0, at), first].map((u) => `"${u.id}"`);
      report(firstIndex.get(first.id) ?? 0, "parent", "cycle", `Org units form a cycle of parents: ${ordered.join(" → ")}`);
    }
    for (const visited of trail) done.add(visited.id);
  }

  if (issues.length > 0) {
    // Stable sort: input order of units, and within a unit the order the checks ran in.
    return { ok: false, issues: issues.sort((a, b) => a.index - b.index).map((entry) => entry.issue) };
  }
  return { ok: true, units: [...units.values()] };
}
