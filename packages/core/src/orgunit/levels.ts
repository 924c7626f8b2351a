import * as z from "zod";

/**
 * The levels of Norwegian health and local government an org unit can be at, from the top:
 * the nation, a regional health authority (RHF), a health trust (HF), a county (fylke) and a
 * municipality (kommune).
 *
 * @example
 * ```ts
 * import { ORG_UNIT_LEVELS } from "@opptrapping/core";
 * ORG_UNIT_LEVELS.includes("county"); // true
 * ```
 */
export const ORG_UNIT_LEVELS = Object.freeze(["nation", "rhf", "hf", "county", "municipality"] as const);

/**
 * The zod schema of an org unit level.
 *
 * @example
 * ```ts
 * import { orgUnitLevelSchema } from "@opptrapping/core";
 * orgUnitLevelSchema.parse("rhf"); // "rhf"
 * ```
 */
export const orgUnitLevelSchema = z.enum(ORG_UNIT_LEVELS);

/**
 * An org unit level: `nation`, `rhf` (regionalt helseforetak), `hf` (helseforetak), `county`
 * (fylke) or `municipality` (kommune).
 *
 * @example
 * ```ts
 * import type { OrgUnitLevel } from "@opptrapping/core";
 * const level: OrgUnitLevel = "municipality";
 * ```
 */
export type OrgUnitLevel = z.infer<typeof orgUnitLevelSchema>;

/**
 * Which levels may be the parent of each level: an RHF and a county belong to the nation, an
 * HF to an RHF, and a municipality either to its county (administrative view) or to the HF
 * whose catchment area it is in (specialist health service view). A nation has no parent.
 * A unit without a parent is a root; a hierarchy may have several.
 *
 * @example
 * ```ts
 * import { ALLOWED_PARENT_LEVELS } from "@opptrapping/core";
 * ALLOWED_PARENT_LEVELS.municipality; // ["county", "hf"]
 * ```
 */
export const ALLOWED_PARENT_LEVELS = Object.freeze({
  nation: Object.freeze([]),
  rhf: Object.freeze(["nation"]),
  hf: Object.freeze(["rhf"]),
  county: Object.freeze(["nation"]),
  municipality: Object.freeze(["county", "hf"]),
} as const satisfies Record<OrgUnitLevel, readonly OrgUnitLevel[]>);
