import { RHFS, isOrgUnitId } from "@opptrapping/core";

const NATION = new Set(["no", "0", "00", "norge", "hele landet", "landet", "i alt", "norway", "whole country"]);
const RHF_BY_NAME = new Map<string, string>(
  RHFS.flatMap((r) => {
    const name = r.name.toLowerCase();
    return [[name, r.id], [`${name} rhf`, r.id]] as [string, string][];
  }),
);

const SSB_RESIDUAL = new Map([
  ["k-21-22", "ssb-21-22"],
  ["k-23", "ssb-23"],
  ["k-rest", "ssb-rest"],
]);

/**
 * Recognises an org unit in a source code: the nation (`NO`, `0`, `Hele landet`, `Norge`),
 * municipality numbers (`0301`, `K-0301`, `0301 Oslo`, and `301` without its leading zero),
 * counties (`03`, `F-03`, and `1`–`9` without the leading zero, as spreadsheets write them),
 * SSB's residual regions of municipality tables (`K-21-22` Svalbard og Jan Mayen, `K-23`
 * Kontinentalsokkelen, `K-Rest` delte kommuner og uoppgitt → `ssb-21-22`, `ssb-23`,
 * `ssb-rest`), RHF names (`Helse Sør-Øst`, `Helse Vest RHF`) and our own ids. Returns
 * `undefined` for anything else.
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
  const residual = SSB_RESIDUAL.get(lower);
  if (residual) return residual;
  let m = /^(?:K-)?(\d{4})(?:\s+\S.*)?$/i.exec(s);
  if (m) return m[1];
  m = /^(?:F-)?(\d{2})(?:\s+\S.*)?$/i.exec(s);
  if (m) return m[1];
  // Leading zeros lost in a spreadsheet: 1–9 are counties 01–09, 101–999 municipalities 0101–0999.
  if (/^[1-9]$/.test(s)) return `0${s}`;
  if (/^[1-9]\d{2}$/.test(s)) return `0${s}`;
  return undefined;
}
