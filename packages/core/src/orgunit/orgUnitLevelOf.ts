import type { OrgUnitLevel } from "./levels.js";
import { RHFS } from "./rhfs.js";

const HF = /^hf-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTY = /^(?:0[1-9]|[1-9]\d)$/;
const MUNICIPALITY = /^(?:0[1-9]|[1-9]\d)\d{2}$/;

/** The accepted forms, for error messages. */
export const ACCEPTED_ORG_UNIT_IDS =
  '"NO", an RHF id ("rhf-sor-ost", "rhf-vest", "rhf-midt-norge", "rhf-nord"), "hf-<slug>" (lowercase letters and digits joined by single hyphens), a 2-digit county number ("03") or a 4-digit municipality number ("0301")';

/** The level an id has the form of, or `undefined` when it has none. */
export function orgUnitLevelOf(id: unknown): OrgUnitLevel | undefined {
  if (typeof id !== "string") return undefined;
  if (id === "NO") return "nation";
  if (RHFS.some((rhf) => rhf.id === id)) return "rhf";
  if (HF.test(id)) return "hf";
  if (COUNTY.test(id)) return "county";
  if (MUNICIPALITY.test(id)) return "municipality";
  return undefined;
}

/** `"0301"` → `"\"0301\""`, `301` → `"301 (number)"`: how a rejected id is quoted. */
export function quoteId(id: unknown): string {
  return typeof id === "string" ? JSON.stringify(id) : `${String(id)} (${id === null ? "null" : typeof id})`;
}
