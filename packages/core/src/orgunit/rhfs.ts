import { deepFreeze } from "../deepReadonly.js";

/**
 * The four regional health authorities (regionale helseforetak). There is no official code
 * list for them, so the ids are this library's own.
 *
 * @example
 * ```ts
 * import { RHFS } from "@opptrapping/core";
 * RHFS.map((rhf) => rhf.id); // ["rhf-sor-ost", "rhf-vest", "rhf-midt-norge", "rhf-nord"]
 * ```
 */
export const RHFS = deepFreeze([
  { id: "rhf-sor-ost", name: "Helse Sør-Øst" },
  { id: "rhf-vest", name: "Helse Vest" },
  { id: "rhf-midt-norge", name: "Helse Midt-Norge" },
  { id: "rhf-nord", name: "Helse Nord" },
] as const satisfies readonly { readonly id: `rhf-${string}`; readonly name: string }[]);

/**
 * The id of one of the four regional health authorities.
 *
 * @example
 * ```ts
 * import type { RhfId } from "@opptrapping/core";
 * const west: RhfId = "rhf-vest";
 * ```
 */
export type RhfId = (typeof RHFS)[number]["id"];
