/**
 * @packageDocumentation
 * Fetching from SSB's statistics bank (PxWebApi v2, JSON-stat 2.0) into observations:
 * `fetchSsbTable` with a mapping spec, timeouts, retries on 429 and 5xx, and typed errors.
 * Browser-safe: it uses `fetch` and nothing from Node.
 */
export { fetchSsbTable, type FetchLike, type FetchResponseLike, type FetchSsbTableOptions, type SsbTableResult } from "./fetchSsbTable.js";
export { parseRetryAfter } from "./parseRetryAfter.js";
export { SsbFetchError, type SsbFetchErrorCode, type SsbRequestInfo } from "./SsbFetchError.js";
export { SSB_PXWEBAPI_V2, ssbDataUrl, type SsbQuery, type SsbUrlOptions } from "./ssbDataUrl.js";
