import { AdapterError } from "../AdapterError.js";
import type { Mapping } from "./mappingSchema.js";

/**
 * The error for a mapping that leaves out a source dimension with more than one category —
 * which would give several observations the same key — or `undefined` when every such
 * dimension is read (`from`), pivoted (`measure`) or filtered to one category. `aliases` gives
 * other names a dimension goes by (a PX variable's VARIABLECODE).
 *
 * @example
 * ```ts
 * unmappedDimensionsError(mapping, [{ id: "area", size: 36 }, { id: "year", size: 12 }], "the dataset")?.code; // "unmapped_dimension"
 * ```
 */
export function unmappedDimensionsError(mapping: Mapping, dimensions: readonly { readonly id: string; readonly size: number; readonly aliases?: readonly string[] }[], where: string): AdapterError | undefined {
  const used = new Set<string>();
  for (const spec of [mapping.indicator, mapping.period, mapping.orgUnit, ...Object.values(mapping.dimensions)]) if ("from" in spec) used.add(spec.from);
  if (mapping.measure) used.add(mapping.measure.dimension);
  for (const [key, allowed] of Object.entries(mapping.filter ?? {})) if (new Set(allowed).size === 1) used.add(key);
  const left = dimensions.filter((d) => d.size > 1 && !used.has(d.id) && !(d.aliases ?? []).some((a) => used.has(a)));
  if (left.length === 0) return undefined;
  const list = left.map((d) => `"${d.id}" (${d.size} categories)`).join(", ");
  return new AdapterError(
    "unmapped_dimension",
    `the mapping leaves out ${list} of ${where}, so several cells would give observations with the same key; read ${left.length === 1 ? "it" : "each"} into dimensions ({ from }), pivot it with measure, or filter it to one category`,
    { dimension: left[0]!.id, path: ["mapping", "dimensions"] },
  );
}
