import * as z from "zod";
import { orgUnitLevelSchema } from "./levels.js";
import { ACCEPTED_ORG_UNIT_IDS, orgUnitLevelOf } from "./orgUnitLevelOf.js";

/**
 * The zod schema of an org unit id (see `classifyOrgUnitId` for the accepted forms).
 *
 * @example
 * ```ts
 * import { orgUnitIdSchema } from "@opptrapping/core";
 * orgUnitIdSchema.safeParse("0301").success; // true
 * ```
 */
export const orgUnitIdSchema = z.string().refine((id) => orgUnitLevelOf(id) !== undefined, {
  error: (issue) => `Invalid org unit id ${JSON.stringify(issue.input)}: expected ${ACCEPTED_ORG_UNIT_IDS}`,
  params: { code: "invalid_org_unit" },
});

/**
 * The zod schema of an org unit (organisasjonsenhet): an id, the level the id's form says, a
 * name and the id of its parent, if any. A level that disagrees with the id is reported with
 * `params.code` `"level_mismatch"`.
 *
 * @example
 * ```ts
 * import { orgUnitSchema } from "@opptrapping/core";
 * orgUnitSchema.parse({ id: "0301", level: "municipality", name: "Oslo", parent: "03" });
 * ```
 */
export const orgUnitSchema = z
  .strictObject({
    id: orgUnitIdSchema,
    level: orgUnitLevelSchema,
    name: z.string().min(1),
    parent: orgUnitIdSchema.optional(),
  })
  .superRefine((unit, ctx) => {
    const level = orgUnitLevelOf(unit.id);
    if (level !== undefined && level !== unit.level) {
      ctx.addIssue({
        code: "custom",
        path: ["level"],
        message: `Org unit "${unit.id}" has level "${unit.level}", but its id is a ${level} id`,
        params: { code: "level_mismatch" },
      });
    }
  });

/**
 * An org unit: nation, RHF, HF, county or municipality.
 *
 * @example
 * ```ts
 * import type { OrgUnit } from "@opptrapping/core";
 * const oslo: OrgUnit = { id: "0301", level: "municipality", name: "Oslo", parent: "03" };
 * ```
 */
export type OrgUnit = Readonly<z.infer<typeof orgUnitSchema>>;
