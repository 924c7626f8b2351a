import { AdapterError, type Location } from "../AdapterError.js";

/** What went wrong talking to the statistics bank; the `code` of an {@link SsbFetchError}. */
export type SsbFetchErrorCode =
  /** The table id, query or options were not valid (nothing was sent). */
  | "invalid_ssb_request"
  /** One attempt took longer than `timeoutMs`. */
  | "ssb_timeout"
  /** The caller's `signal` aborted the request. */
  | "ssb_aborted"
  /** The request failed before any HTTP status (DNS, refused connection), on every attempt. */
  | "ssb_network_error"
  /** HTTP 429 on every attempt, or a `Retry-After` longer than `maxRetryAfterMs`. */
  | "ssb_rate_limited"
  /** HTTP 5xx on every attempt. */
  | "ssb_server_error"
  /** Any other status that is not 2xx (400 bad query, 404 no such table…); never retried. */
  | "ssb_http_error"
  /** A 2xx response whose body is not JSON-stat (truncated, HTML, `{}`…). */
  | "ssb_malformed_response";

/** Where a request went and what came back, carried by every {@link SsbFetchError}. */
export interface SsbRequestInfo {
  /** The table id as given, e.g. `"07459"`. */
  readonly table: string;
  /** The URL of the data request ("" when the request was invalid before a URL was built). */
  readonly url: string;
  /** The HTTP status of the last response, when there was one. */
  readonly status: number | undefined;
  /** How many requests were sent (0 when none). */
  readonly attempts: number;
}

/**
 * Thrown by `fetchSsbTable` when the table could not be fetched: an {@link AdapterError}
 * whose `code` says what happened ({@link SsbFetchErrorCode}) and whose message names the
 * table, the HTTP status and what to do. `table`, `url`, `status` and `attempts` are fields.
 * A mapping that does not fit the table (`unknown_dimension`, `unmapped_code`…) stays a plain
 * `AdapterError` with the mapping's code.
 *
 * @example
 * ```ts
 * import { fetchSsbTable, SsbFetchError } from "@opptrapping/adapters/ssb";
 * try {
 *   await fetchSsbTable("07459", { Tid: ["2022"] }, { mapping });
 * } catch (e) {
 *   if (e instanceof SsbFetchError && e.code === "ssb_rate_limited") console.error(`try again later (${e.attempts} attempts)`);
 * }
 * ```
 */
export class SsbFetchError extends AdapterError implements SsbRequestInfo {
  readonly table: string;
  readonly url: string;
  readonly status: number | undefined;
  readonly attempts: number;
  constructor(code: SsbFetchErrorCode, message: string, info: SsbRequestInfo, location: Location = {}, options?: ErrorOptions) {
    super(code, message, location, options);
    this.table = info.table;
    this.url = info.url;
    this.status = info.status;
    this.attempts = info.attempts;
  }
}
