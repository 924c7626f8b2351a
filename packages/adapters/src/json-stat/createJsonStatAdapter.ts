import type { DataAdapter } from "@opptrapping/sdk";
import type { MappingInput } from "../mapping/mappingSchema.js";
import { fromJsonStat } from "./fromJsonStat.js";
import { jsonStatNativeMapping } from "./nativeMapping.js";
import { writeJsonStat } from "./writeJsonStat.js";

/**
 * The JSON-stat 2.0 data adapter: format `"json-stat"`, files `.json`, `.jsonstat`,
 * `.json-stat`; reads with `fromJsonStat`, writes with `writeJsonStat`, and reads its own
 * output back with `jsonStatNativeMapping`.
 *
 * @example
 * ```ts
 * import { createJsonStatAdapter } from "@opptrapping/adapters/json-stat";
 * const adapter = createJsonStatAdapter();
 * adapter.read(text, { mapping: adapter.nativeMapping, mode: "lenient" });
 * ```
 */
export function createJsonStatAdapter(): DataAdapter<MappingInput> & { readonly format: "json-stat" } {
  return Object.freeze({
    format: "json-stat" as const,
    extensions: Object.freeze([".json", ".jsonstat", ".json-stat"]),
    read: (input, { mapping, mode }) => fromJsonStat(input, mapping, mode === undefined ? {} : { mode }),
    write: (observations) => writeJsonStat(observations),
    nativeMapping: jsonStatNativeMapping,
  } satisfies DataAdapter<MappingInput>);
}
