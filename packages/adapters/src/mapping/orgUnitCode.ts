import { RHFS, isOrgUnitId } from "@opptrapping/core";

const NATION = new Set(["no", "0", "00", "norge", "hele landet", "landet", "i alt", "norway", "whole country"]);
const RHF_BY_NAME = new Map<string, string>(
  RHFS.flatMap((r) => {
    const name = r.name.toLowerCase();
    return [[name, r.id], [`${name} rhf`, r.id]] as [string, string][];
  }),
);

/**
 * Recognises an org unit in a source code: the nation (`NO`, `0`, `Hele landet`, `Norge`),
 * municipality numbers (`0301`, `K-0301`, `0301 Oslo`), counties (`03`, `F-03`), RHF names
 * (`Helse Sør-Øst`, `Helse Vest RHF`) and our own ids. Returns `undefined` for anything else.
 *
 * @example
 * ```ts
 * import { recogniseOrgUnit } from "@opptrapping/adapters";
 * recogniseOrgUnit("K-0301"); // "0301"
 * recogniseOrgUnit("Helse Midt-Norge RHF"); // "rhf-midt-norge"
 * ```
 */
export function recogniseOrgUnit(code: string): string | undefined {
  const s = code.trim();
  if (isOrgUnitId(s)) return s;
  const lower = s.toLowerCase();
  if (NATION.has(lower)) return "NO";
  const rhf = RHF_BY_NAME.get(lower);
  if (rhf) return rhf;
  let m = /^(?:K-)?(\d{4})(?:\s+\S.*)?$/i.exec(s);
  if (m) return m[1];
  m = /^(?:F-)?(\d{2})(?:\s+\S.*)?$/i.exec(s);
  if (m) return m[1];
  return undefined;
}
