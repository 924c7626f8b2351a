/**
 * @packageDocumentation
 * JSON-stat 2.0 in and out: `fromJsonStat` reads datasets and collections (SSB's PxWebApi v2
 * `json-stat2`, FHI's statistics bank) into observations with a mapping spec; `toJsonStat`
 * writes observations as one dataset that `jsonStatNativeMapping` reads back exactly; the
 * adapter and plugin plug both into a toolkit.
 */
export { compareObservations } from "./compareObservations.js";
export { createJsonStatAdapter } from "./createJsonStatAdapter.js";
export { defaultMaxCells, fromJsonStat, type FromJsonStatOptions } from "./fromJsonStat.js";
export type { JsonStatDataset, JsonStatDimension } from "./jsonStatDataset.js";
export { jsonStatPlugin } from "./jsonStatPlugin.js";
export type { NativeExtension } from "./nativeExtension.js";
export { jsonStatNativeMapping } from "./nativeMapping.js";
export { jsonStatStatusSymbols } from "./statusSymbols.js";
export { toJsonStat, type ToJsonStatOptions } from "./toJsonStat.js";
export { writeJsonStat } from "./writeJsonStat.js";
