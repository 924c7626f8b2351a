/**
 * @packageDocumentation
 * Data in and out for opptrapping. The root export holds what every format shares — the
 * mapping spec, `AdapterError`, text decoding, time-code and org-unit recognition; each format
 * lives in its own subpath: `@opptrapping/adapters/csv`, `/json-stat`, `/px`.
 */
export { AdapterError, adapterIssue, formatLocation, locationPath, type Location } from "./AdapterError.js";
export { decodeText, type Encoding } from "./text/decode.js";
export * from "./mapping/index.js";
export { fromObservationsJson, toAssessmentsJson, toObservationsJson } from "./json/observationsJson.js";
export { preview } from "./text/preview.js";
