import type { Issue } from "../errors.js";
import { isoDate } from "../period/dayNumber.js";
import { parsePeriod } from "../period/parsePeriod.js";
import { periodDayRange } from "../period/periodDayRange.js";
import type { OrgUnitLevel } from "./levels.js";
import { OrgUnitError } from "./OrgUnitError.js";
import { ssbSpecialRegionOf } from "./ssbSpecialRegions.js";

/**
 * One code's validity (gyldighetsperiode) in a register: the code, its level and name, the
 * first and last calendar year it was in use (`to: null` while still valid, as far as the
 * register's sources go) and where that was read.
 *
 * @example
 * ```ts
 * import type { OrgUnitVersion } from "@opptrapping/core";
 * const halden: OrgUnitVersion = { id: "3001", level: "municipality", name: "Halden", from: 2020, to: 2023, source: "KLASS 131" };
 * ```
 */
export interface OrgUnitVersion {
  readonly id: string;
  readonly level: OrgUnitLevel;
  /** The name in that period, when the source gives it. */
  readonly name?: string;
  readonly from: number;
  readonly to: number | null;
  readonly source: string;
}

/**
 * A change of code (kommuneendring): from a year on, `from` is (part of) `to`. A merger is
 * several changes to one code, a split one code to several (`split: true`, with `share` of the
 * old unit's population when the source gives it), a renumbering one to one.
 *
 * @example
 * ```ts
 * import type { OrgUnitChange } from "@opptrapping/core";
 * const c: OrgUnitChange = { effective: 2020, from: "1201", to: "4601", split: false, source: "KLASS 131" };
 * ```
 */
export interface OrgUnitChange {
  readonly effective: number;
  readonly from: string;
  readonly to: string;
  readonly split: boolean;
  readonly share?: number;
  readonly source: string;
}

/**
 * What became of a code by a year: the codes it maps to, and whether a split lies on the way
 * (then a value of the old unit cannot simply be moved to one new unit).
 *
 * @example
 * ```ts
 * import type { OrgUnitSuccessors } from "@opptrapping/core";
 * const s: OrgUnitSuccessors = { ids: ["1508", "1580"], split: true };
 * ```
 */
export interface OrgUnitSuccessors {
  readonly ids: readonly string[];
  readonly split: boolean;
}

/**
 * A versioned register of org units: which codes were valid in which years, and how codes
 * changed. Build one with {@link createOrgUnitRegister} from your own entries, or take the
 * bundled one from `@opptrapping/core/orgunit-register` (municipalities and counties from SSB's
 * KLASS) and `extend` it.
 *
 * @example
 * ```ts
 * import { createOrgUnitRegister, type OrgUnitRegister } from "@opptrapping/core";
 * const r: OrgUnitRegister = createOrgUnitRegister([{ id: "hf-a", level: "hf", name: "A", from: 2015, to: null, source: "own" }]);
 * r.unitsIn("hf", 2025); // ["hf-a"]
 * ```
 */
export interface OrgUnitRegister {
  readonly versions: readonly OrgUnitVersion[];
  readonly changes: readonly OrgUnitChange[];
  /** Whether the register has any unit of this level (levels it lacks are not checked). */
  covers(level: OrgUnitLevel): boolean;
  /** The ids of a level valid in a year, sorted. */
  unitsIn(level: OrgUnitLevel, year: number): readonly string[];
  /** The version of an id valid in a year, if any. */
  versionAt(id: string, year: number): OrgUnitVersion | undefined;
  /**
   * Whether an id may be used for a period: `undefined` when it is valid in every year the
   * period touches, is one of SSB's special region codes, or is of a level the register does
   * not cover; otherwise an issue naming the unit and the period — `unknown_org_unit` (never
   * valid), `expired_org_unit` (valid only before it; the message names its successors) or
   * `not_yet_valid_org_unit` (valid only after it).
   */
  check(id: string, period: string, path?: readonly (string | number)[]): Issue | undefined;
  /** The codes an id maps to by `year`, following every change after the id's last year in use. */
  successors(id: string, year: number): OrgUnitSuccessors;
  /** A new register with more versions and changes (the caller's HFs, a new year's codes). */
  extend(versions: readonly OrgUnitVersion[], changes?: readonly OrgUnitChange[]): OrgUnitRegister;
}

const FOREVER = 9999;

/**
 * Builds an {@link OrgUnitRegister} from versions and changes; the work of indexing is done
 * once, here. Versions of one id must not overlap in years. `specialCodes` are codes that are
 * no unit but are not errors either (SSB's `2311` continental shelf, `9999` unallocated…).
 *
 * @throws {OrgUnitError} `invalid_org_unit` for a version whose `to` is before its `from`, or
 * two versions of one id that overlap.
 * @example
 * ```ts
 * import { createOrgUnitRegister } from "@opptrapping/core";
 * const r = createOrgUnitRegister(
 *   [
 *     { id: "1201", level: "municipality", name: "Bergen", from: 2013, to: 2019, source: "KLASS 131" },
 *     { id: "4601", level: "municipality", name: "Bergen", from: 2020, to: null, source: "KLASS 131" },
 *   ],
 *   [{ effective: 2020, from: "1201", to: "4601", split: false, source: "KLASS 131" }],
 * );
 * r.check("1201", "2025")?.code; // "expired_org_unit"
 * r.successors("1201", 2025).ids; // ["4601"]
 * ```
 */
export function createOrgUnitRegister(
  versions: readonly OrgUnitVersion[],
  changes: readonly OrgUnitChange[] = [],
  specialCodes: ReadonlySet<string> = new Set(),
): OrgUnitRegister {
  const byId = new Map<string, OrgUnitVersion[]>();
  for (const v of versions) {
    if (v.to !== null && v.to < v.from) throw new OrgUnitError("invalid_org_unit", `Org unit ${JSON.stringify(v.id)} is valid from ${v.from} to ${v.to}: the end is before the start`, v.id);
    const list = byId.get(v.id);
    if (list === undefined) byId.set(v.id, [v]);
    else {
      const clash = list.find((w) => v.from <= (w.to ?? FOREVER) && w.from <= (v.to ?? FOREVER));
      if (clash) throw new OrgUnitError("invalid_org_unit", `Org unit ${JSON.stringify(v.id)} has two versions for the same years (${clash.from}–${clash.to ?? ""} and ${v.from}–${v.to ?? ""})`, v.id);
      list.push(v);
    }
  }
  for (const list of byId.values()) list.sort((a, b) => a.from - b.from);
  const levels = new Set(versions.map((v) => v.level));
  const sortedChanges = Object.freeze([...changes].sort((a, b) => a.effective - b.effective || cmp(a.from, b.from) || cmp(a.to, b.to)));
  const unitsCache = new Map<string, readonly string[]>();

  const versionAt = (id: string, year: number) => byId.get(id)?.find((v) => v.from <= year && year <= (v.to ?? FOREVER));
  const successors = (id: string, year: number): OrgUnitSuccessors => {
    const last = byId.get(id)?.reduce((m, v) => Math.max(m, v.to ?? FOREVER), Number.NEGATIVE_INFINITY) ?? Number.NEGATIVE_INFINITY;
    let current = new Set([id]);
    let split = false;
    for (const c of sortedChanges) {
      if (c.effective > year || c.effective <= last) continue;
      if (!current.has(c.from)) continue;
      const next = new Set(current);
      next.delete(c.from);
      for (const other of sortedChanges) if (other.effective === c.effective && other.from === c.from) next.add(other.to);
      if (c.split) split = true;
      current = next;
    }
    return Object.freeze({ ids: Object.freeze([...current].sort(cmp)), split });
  };

  const register: OrgUnitRegister = {
    versions: Object.freeze([...versions]),
    changes: sortedChanges,
    covers: (level) => levels.has(level),
    unitsIn(level, year) {
      const key = `${level}\u0000${year}`;
      let ids = unitsCache.get(key);
      if (ids === undefined) {
        ids = Object.freeze([...byId].filter(([, list]) => list.some((v) => v.level === level && v.from <= year && year <= (v.to ?? FOREVER))).map(([id]) => id).sort(cmp));
        unitsCache.set(key, ids);
      }
      return ids;
    },
    versionAt,
    check(id, period, path = []) {
      if (ssbSpecialRegionOf(id) !== undefined || specialCodes.has(id)) return undefined;
      const days = periodDayRange(parsePeriod(period));
      const first = Number(isoDate(days.first).slice(0, 4));
      const last = Number(isoDate(days.last).slice(0, 4));
      const list = byId.get(id);
      if (list === undefined) {
        const level = levelOfId(id);
        if (level !== undefined && !levels.has(level)) return undefined;
        return { path, code: "unknown_org_unit", message: `Org unit ${JSON.stringify(id)} (period ${period}) is in no version of the org-unit register` };
      }
      let invalidYear: number | undefined;
      for (let y = first; y <= last; y++) {
        if (versionAt(id, y) === undefined) {
          invalidYear = y;
          break;
        }
      }
      if (invalidYear === undefined) return undefined;
      const span = list.map((v) => `${v.from}–${v.to ?? ""}`).join(", ");
      const lastValid = list.reduce((m, v) => Math.max(m, v.to ?? FOREVER), Number.NEGATIVE_INFINITY);
      if (invalidYear > lastValid) {
        const next = successors(id, last);
        const hint = next.ids.length > 0 && !(next.ids.length === 1 && next.ids[0] === id) ? `; by ${last} it is ${next.ids.join(" + ")}${next.split ? " (split)" : ""}` : "";
        return { path, code: "expired_org_unit", message: `Org unit ${JSON.stringify(id)} is used for ${period}, but it was valid ${span} only${hint}` };
      }
      return { path, code: "not_yet_valid_org_unit", message: `Org unit ${JSON.stringify(id)} is used for ${period}, but it was valid ${span} only` };
    },
    successors,
    extend: (more, moreChanges = []) => createOrgUnitRegister([...versions, ...more], [...changes, ...moreChanges], specialCodes),
  };
  return Object.freeze(register);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function levelOfId(id: string): OrgUnitLevel | undefined {
  if (/^\d{4}$/.test(id)) return "municipality";
  if (/^\d{2}$/.test(id)) return "county";
  if (id.startsWith("hf-")) return "hf";
  if (id.startsWith("rhf-")) return "rhf";
  if (id === "NO") return "nation";
  return undefined;
}
