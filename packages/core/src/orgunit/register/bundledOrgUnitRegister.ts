import { createOrgUnitRegister, type OrgUnitChange, type OrgUnitRegister, type OrgUnitVersion } from "../createOrgUnitRegister.js";
import { CHANGE_LINES, MUNICIPALITY_LINES, SPECIAL_LINES } from "./data.js";

const KLASS_131 = "SSB KLASS 131 (Standard for kommuneinndeling), versions of 1 January 2013, 2017, 2018, 2019 and 2020";
const SSB_2024 = "SSB StatBank grouping of municipalities to the 2024 structure";
const DERIVED_104 = "derived from the municipality codes (SSB: a municipality's first two digits are its county); KLASS 104 names not bundled";

let bundled: OrgUnitRegister | undefined;

/**
 * The bundled register of Norwegian org units, built on first call (nothing is parsed at
 * import): municipalities 2013–2026 with the years each code was valid (SSB KLASS 131, and
 * SSB's grouping to the 2024 structure), counties derived from them (2013–2026: the 2018
 * Trøndelag merger, the 2020 region reform, the 2024 split), the code changes between them
 * (mergers, renumberings and splits; SSB gives no shares for the splits). RHFs and HFs are not
 * in it (no dated list; the four RHFs are `RHFS`): `extend` it with your own, until then their
 * ids are not checked. See docs/data-sources.md ("Org-unit register")
 * for exactly what is covered and what could not be verified.
 *
 * @example
 * ```ts
 * import { bundledOrgUnitRegister } from "@opptrapping/core/orgunit-register";
 * const r = bundledOrgUnitRegister();
 * r.unitsIn("municipality", 2022).length; // 356
 * r.check("1201", "2025")?.code; // "expired_org_unit" (Bergen is 4601 from 2020)
 * ```
 */
export function bundledOrgUnitRegister(): OrgUnitRegister {
  if (bundled !== undefined) return bundled;
  const versions: OrgUnitVersion[] = [];
  const countyYears = new Map<string, [number, number | null][]>();
  for (const line of MUNICIPALITY_LINES.split("\n")) {
    const [id, name, from, to] = line.split("|") as [string, string, string, string];
    const version: OrgUnitVersion = { id, level: "municipality", name, from: Number(from), to: to === "" ? null : Number(to), source: Number(from) >= 2024 ? SSB_2024 : KLASS_131 };
    versions.push(version);
    const county = id.slice(0, 2);
    const spans = countyYears.get(county);
    if (spans) spans.push([version.from, version.to]);
    else countyYears.set(county, [[version.from, version.to]]);
  }
  for (const [county, spans] of countyYears) {
    const from = Math.min(...spans.map((s) => s[0]));
    const to = spans.some((s) => s[1] === null) ? null : Math.max(...spans.map((s) => s[1] as number));
    versions.push({ id: county, level: "county", from, to, source: DERIVED_104 });
  }
  const changes: OrgUnitChange[] = CHANGE_LINES.split("\n").map((line) => {
    const [effective, from, to, split] = line.split("|") as [string, string, string, string];
    return { effective: Number(effective), from, to, split: split === "s", source: Number(effective) >= 2024 ? SSB_2024 : KLASS_131 };
  });
  bundled = createOrgUnitRegister(versions, changes, new Set(ssbSpecialRegionCodes().keys()));
  return bundled;
}

/**
 * SSB's detailed special region codes (Svalbard's and Jan Mayen's `21xx`/`2211`, the
 * continental shelf's `2311`/`2321`, `9999` unallocated) with the special region each belongs
 * to (`K-21-22`, `K-23`, `K-Rest`), as in SSB's grouping file. Four-digit codes that look like
 * municipalities but are not: aggregate them as their special region, never as a municipality.
 *
 * @example
 * ```ts
 * import { ssbSpecialRegionCodes } from "@opptrapping/core/orgunit-register";
 * ssbSpecialRegionCodes().get("2311"); // { region: "K-23", name: "Sokkelen sør for 62° N" }
 * ```
 */
export function ssbSpecialRegionCodes(): ReadonlyMap<string, { readonly region: string; readonly name: string }> {
  return new Map(
    SPECIAL_LINES.split("\n").map((line) => {
      const [region, , code, name] = line.split("|") as [string, string, string, string];
      return [code, Object.freeze({ region, name })] as const;
    }),
  );
}
