import { AdapterError } from "../AdapterError.js";
import { mappingSchema, type Mapping } from "./mappingSchema.js";

/**
 * Validates a mapping spec; throws AdapterError `invalid_mapping` listing every problem with
 * its path in the spec.
 *
 * @example
 * ```ts
 * import { parseMapping } from "@opptrapping/adapters";
 * const mapping = parseMapping({ indicator: { fixed: "R5.wait" }, period: { from: "Tid" } });
 * ```
 */
export function parseMapping(input: unknown): Mapping {
  const r = mappingSchema.safeParse(input);
  if (r.success) return r.data as Mapping;
  const lines = r.error.issues.map((i) => `mapping.${i.path.map(String).join(".") || "(root)"}: ${i.message}`);
  throw new AdapterError("invalid_mapping", `Invalid mapping spec:\n  - ${lines.join("\n  - ")}`, { path: ["mapping"] });
}
