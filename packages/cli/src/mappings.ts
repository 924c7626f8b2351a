/** A mapping shipped with the CLI for a common download, and how to recognise that download. */
export interface MappingTemplate {
  /** The name to pass as `--mapping NAME`. */
  readonly name: string;
  /** The format the mapping is for. */
  readonly format: "json-stat" | "csv" | "px";
  /** What download it fits, in words. */
  readonly description: string;
  /** Whether a parsed file has this download's shape (dimension ids and measures). */
  readonly recognises: (parsed: unknown) => boolean;
  /** The mapping, as `--mapping FILE` would give it (see docs/adapters.md). */
  readonly mapping: unknown;
}

const own = (o: unknown, key: string): unknown => (o !== null && typeof o === "object" && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined);

/** The category ids of a JSON-stat dimension (`index` as an array or an object). */
function categoryIds(dataset: unknown, dimension: string): readonly string[] {
  const index = own(own(own(own(dataset, "dimension"), dimension), "category"), "index");
  if (Array.isArray(index)) return index.filter((x): x is string => typeof x === "string");
  if (index !== null && typeof index === "object") return Object.keys(index);
  return [];
}

function dimensionIds(dataset: unknown): readonly string[] {
  const id = own(dataset, "id");
  return Array.isArray(id) ? id.filter((x): x is string => typeof x === "string") : [];
}

/**
 * The mappings shipped with the CLI. `opptrapping validate|status|convert` use one on their own
 * when a file has its shape and no `--mapping` is given, and say so; `--mapping NAME` picks one.
 *
 * @example
 * ```ts
 * import { MAPPING_TEMPLATES } from "@opptrapping/cli";
 * MAPPING_TEMPLATES.map((t) => t.name); // ["ssb-ventetid"]
 * ```
 */
export const MAPPING_TEMPLATES: readonly MappingTemplate[] = [
  {
    name: "ssb-ventetid",
    format: "json-stat",
    description:
      "SSB PxWebApi json-stat2 table of mean waiting time (ContentsCode Ventetid, with Avviklede as the count) by health region (Region), service (Tjeneste: BUP, VOP, TSB) and month (Tid), as in examples/data/ssb-ventetid.json",
    recognises: (parsed) => {
      const ids = dimensionIds(parsed);
      return ["Region", "Tjeneste", "ContentsCode", "Tid"].every((d) => ids.includes(d)) && categoryIds(parsed, "ContentsCode").includes("Ventetid");
    },
    mapping: {
      indicator: { fixed: "R5.wait" },
      period: { from: "Tid" },
      orgUnit: { from: "Region" },
      dimensions: { service: { from: "Tjeneste", map: { BUP: "PHBU", VOP: "PHV", TSB: "TSB" } } },
      measure: { dimension: "ContentsCode", value: "Ventetid", count: "Avviklede" },
    },
  },
];

/** The template of that name, if any (own names only). */
export function mappingTemplate(name: string): MappingTemplate | undefined {
  return MAPPING_TEMPLATES.find((t) => t.name === name);
}
