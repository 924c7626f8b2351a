import type { Issue, Observation } from "@opptrapping/core";
import type { ReadMode } from "@opptrapping/sdk";
import * as z from "zod";
import { AdapterError, formatLocation } from "../AdapterError.js";
import { fromJsonStat } from "../json-stat/fromJsonStat.js";
import { parseJsonText } from "../json-stat/parseJsonText.js";
import type { MappingInput } from "../mapping/mappingSchema.js";
import { parseMapping } from "../mapping/parseMapping.js";
import { parseRetryAfter } from "./parseRetryAfter.js";
import { SsbFetchError, type SsbFetchErrorCode } from "./SsbFetchError.js";
import { ssbDataUrl, type SsbQuery, type SsbUrlOptions } from "./ssbDataUrl.js";

/** The part of a `fetch` response this adapter reads; the global `Response` fits. */
export interface FetchResponseLike {
  readonly status: number;
  readonly statusText?: string;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** A `fetch` function: the global one (browsers, Node ≥ 18, Deno, Bun) or any with its shape. */
export type FetchLike = (url: string, init: { readonly signal: AbortSignal; readonly headers: Readonly<Record<string, string>> }) => Promise<FetchResponseLike>;

/** Options of {@link fetchSsbTable}. */
export interface FetchSsbTableOptions extends SsbUrlOptions {
  /** How the table's dimensions become observations (see docs/adapters.md); checked before any request. */
  readonly mapping: MappingInput;
  /** `strict` throws at the first bad cell; `lenient` reports bad cells in `issues`. @default "strict" */
  readonly mode?: ReadMode;
  /** The `fetch` to use; inject one for tests, proxies or caching. @default globalThis.fetch */
  readonly fetch?: FetchLike;
  /** Aborts the request and any wait between attempts (`ssb_aborted`). */
  readonly signal?: AbortSignal;
  /** How long one attempt may take, response body included, before `ssb_timeout`. A timed-out attempt is not retried. @default 30000 */
  readonly timeoutMs?: number;
  /** How many times to retry after HTTP 429, 5xx or a network failure (so at most `retries + 1` requests). @default 3 */
  readonly retries?: number;
  /** The first wait before retrying a 5xx or network failure (and a 429 without a readable `Retry-After`); doubled on each further retry. @default 1000 */
  readonly backoffMs?: number;
  /** The longest `Retry-After` honoured; a longer one ends with `ssb_rate_limited` at once instead of waiting. @default 60000 */
  readonly maxRetryAfterMs?: number;
  /** Waits between attempts; inject one for tests. Must reject when `signal` aborts. @default an abortable `setTimeout` */
  readonly sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
  /** The clock for `Retry-After` dates, in epoch milliseconds. @default Date.now */
  readonly now?: () => number;
}

/** What {@link fetchSsbTable} returns: the observations and issues of `fromJsonStat`, and where they came from. */
export interface SsbTableResult {
  readonly observations: readonly Observation[];
  readonly issues: readonly Issue[];
  /** The data request's URL. */
  readonly url: string;
  /** The table's `updated` time as the response states it (the data vintage), when it does. */
  readonly updated?: string;
  /** How many requests it took (1 without retries). */
  readonly attempts: number;
}

const settingsSchema = z.object({
  timeoutMs: z.number().int().positive().optional(),
  retries: z.number().int().min(0).max(10).optional(),
  backoffMs: z.number().int().min(0).optional(),
  maxRetryAfterMs: z.number().int().min(0).optional(),
});

/** The structural codes of `fromJsonStat`: the body is not a readable JSON-stat dataset. */
const MALFORMED = new Set([
  "invalid_json",
  "not_json_stat",
  "invalid_dataset",
  "size_mismatch",
  "id_size_mismatch",
  "category_size_mismatch",
  "invalid_category_index",
  "missing_dimension",
  "invalid_extension",
]);

function abortableDelay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

type Outcome = { readonly kind: "response"; readonly status: number; readonly statusText: string; readonly retryAfter: string | null; readonly body: string } | { readonly kind: "network"; readonly error: unknown };

/** One request under a timeout that also covers reading the body. */
async function attempt(fetchFn: FetchLike, url: string, timeoutMs: number, signal: AbortSignal | undefined, fail: (code: SsbFetchErrorCode, message: string, cause?: unknown) => never): Promise<Outcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const response = await fetchFn(url, { signal: controller.signal, headers: { accept: "application/json" } });
    const body = await response.text();
    return { kind: "response", status: response.status, statusText: response.statusText ?? "", retryAfter: response.headers.get("retry-after"), body };
  } catch (error) {
    if (timedOut) fail("ssb_timeout", `no complete answer within ${timeoutMs} ms`, error);
    if (signal?.aborted) fail("ssb_aborted", "the request was aborted", error);
    return { kind: "network", error };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

/** An AdapterError's message without its location, which the wrapping error adds again. */
function bare(error: AdapterError): string {
  const where = ` (${formatLocation(error.location)})`;
  return error.message.endsWith(where) ? error.message.slice(0, -where.length) : error.message;
}

/** The gist of an error body: PxWebApi answers problems as JSON with a `title`/`detail`, others as text. */
function gist(body: string): string {
  try {
    const parsed = JSON.parse(body) as unknown;
    if (typeof parsed === "object" && parsed !== null) {
      const o = parsed as Record<string, unknown>;
      const parts = [o["title"], o["detail"], o["message"], o["error"]].filter((x): x is string => typeof x === "string" && x.length > 0);
      if (parts.length > 0) return parts.join(": ").slice(0, 300);
    }
  } catch {
    // not JSON: fall through to the text
  }
  const text = body.replace(/\s+/g, " ").trim();
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/**
 * Fetches a table from SSB's statistics bank (PxWebApi v2, `outputFormat=json-stat2`) and maps
 * it to observations with `fromJsonStat` and a mapping spec. Browser-safe: it uses the global
 * `fetch` (or the one given) and nothing from Node.
 *
 * The request is `GET {baseUrl}/tables/{tableId}/data?lang=no&outputFormat=json-stat2&valueCodes[X]=a,b`
 * (see {@link ssbDataUrl} for the sources of this scheme). The mapping is checked before any
 * request. What can go wrong is an {@link SsbFetchError}, naming the table and status:
 *
 * | happening | behaviour | code |
 * |---|---|---|
 * | an attempt exceeds `timeoutMs` (body included) | stop, no retry | `ssb_timeout` |
 * | the caller's `signal` aborts | stop, also during a wait | `ssb_aborted` |
 * | HTTP 429 | wait `Retry-After` (seconds or HTTP-date; else the backoff), retry up to `retries` times | `ssb_rate_limited` |
 * | HTTP 5xx, or no response at all | wait `backoffMs · 2^n`, retry up to `retries` times | `ssb_server_error`, `ssb_network_error` |
 * | any other non-2xx status (400, 404…) | stop, no retry | `ssb_http_error` |
 * | a 2xx body that is not JSON-stat | stop | `ssb_malformed_response` (the parser's error is the `cause`) |
 *
 * SSB allows 800 000 cells per extract and 30 queries per minute per IP address (user guide
 * above, read 2026-12-03): ask for what you need with `valueCodes` rather than whole tables.
 *
 * @example
 * ```ts
 * import { fetchSsbTable } from "@opptrapping/adapters/ssb";
 * const { observations, updated } = await fetchSsbTable("07459", { Region: ["K-0301"], ContentsCode: "Personer1", Tid: ["2022"] }, {
 *   mapping: { indicator: { fixed: "population" }, period: { from: "Tid" }, orgUnit: { from: "Region" }, measure: { dimension: "ContentsCode", value: "Personer1" } },
 *   timeoutMs: 10_000,
 * });
 * ```
 */
export async function fetchSsbTable(tableId: string, query: SsbQuery, options: FetchSsbTableOptions): Promise<SsbTableResult> {
  let attempts = 0;
  let url = "";
  let status: number | undefined;
  const fail = (code: SsbFetchErrorCode, message: string, cause?: unknown, location = {}): never => {
    throw new SsbFetchError(code, `SSB table ${tableId}: ${message}${url ? ` (${url})` : ""}`, { table: tableId, url, status, attempts }, location, cause === undefined ? undefined : { cause });
  };
  try {
    url = ssbDataUrl(tableId, query, { ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}), ...(options.lang !== undefined ? { lang: options.lang } : {}), ...(options.codelist ? { codelist: options.codelist } : {}), ...(options.outputValues ? { outputValues: options.outputValues } : {}) });
  } catch (error) {
    if (error instanceof AdapterError) fail("invalid_ssb_request", bare(error), error, error.location);
    throw error;
  }
  const settings = settingsSchema.safeParse(options);
  if (!settings.success) {
    const first = settings.error.issues[0]!;
    fail("invalid_ssb_request", `option ${String(first.path[0])}: ${first.message}`, undefined, { path: ["options", ...first.path.map(String)] });
  }
  parseMapping(options.mapping); // a bad mapping is reported before any request
  const fetchFn: FetchLike | undefined = options.fetch ?? (typeof globalThis.fetch === "function" ? (globalThis.fetch.bind(globalThis) as FetchLike) : undefined);
  if (!fetchFn) return fail("invalid_ssb_request", "there is no global fetch here; pass one as the `fetch` option");
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = options.retries ?? 3;
  const backoffMs = options.backoffMs ?? 1000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const sleep = options.sleep ?? abortableDelay;
  const now = options.now ?? Date.now;
  const wait = async (ms: number) => {
    try {
      await sleep(ms, options.signal);
    } catch (error) {
      fail("ssb_aborted", `aborted while waiting ${ms} ms to retry`, error);
    }
  };
  if (options.signal?.aborted) fail("ssb_aborted", "the request was aborted before it was sent", options.signal.reason);

  for (;;) {
    attempts++;
    const outcome = await attempt(fetchFn, url, timeoutMs, options.signal, fail);
    const retriesLeft = attempts <= retries;
    const backoff = backoffMs * 2 ** (attempts - 1);
    if (outcome.kind === "network") {
      // Node's fetch says only "fetch failed"; the cause holds the system's code (ECONNREFUSED…).
      const cause = outcome.error instanceof Error ? (outcome.error.cause as { code?: unknown } | undefined) : undefined;
      const reason = `${outcome.error instanceof Error ? outcome.error.message : String(outcome.error)}${typeof cause?.code === "string" ? `: ${cause.code}` : ""}`;
      if (!retriesLeft) fail("ssb_network_error", `no response after ${attempts} attempt${attempts === 1 ? "" : "s"} (${reason}); check the network and the base URL`, outcome.error);
      await wait(backoff);
      continue;
    }
    status = outcome.status;
    const what = `HTTP ${outcome.status}${outcome.statusText ? ` ${outcome.statusText}` : ""}`;
    if (outcome.status === 429) {
      const retryAfter = parseRetryAfter(outcome.retryAfter, now());
      if (!retriesLeft) fail("ssb_rate_limited", `${what}, too many requests, still after ${attempts} attempt${attempts === 1 ? "" : "s"}; SSB allows about 30 queries a minute per IP address, so wait a minute and try again`);
      if (retryAfter !== undefined && retryAfter > maxRetryAfterMs)
        fail("ssb_rate_limited", `${what}, too many requests; the server asks to wait ${Math.ceil(retryAfter / 1000)} s (Retry-After: ${outcome.retryAfter}), longer than maxRetryAfterMs (${maxRetryAfterMs} ms); try again later`);
      await wait(retryAfter ?? backoff);
      continue;
    }
    if (outcome.status >= 500) {
      if (!retriesLeft) fail("ssb_server_error", `server error ${what} after ${attempts} attempt${attempts === 1 ? "" : "s"}${outcome.body ? `: ${gist(outcome.body)}` : ""}; the statistics bank may be down, try again later`);
      await wait(backoff);
      continue;
    }
    if (outcome.status < 200 || outcome.status >= 300) {
      const hint = outcome.status === 404 ? "; check the table id" : outcome.status === 400 ? "; check the variable codes and values of the query against the table's metadata" : "";
      fail("ssb_http_error", `${what}${outcome.body ? `: ${gist(outcome.body)}` : ""}${hint}`);
    }
    let root: unknown;
    try {
      root = parseJsonText(outcome.body);
      if (typeof root === "string") throw new AdapterError("not_json_stat", "expected a JSON-stat dataset or collection, got a JSON string");
      const read = fromJsonStat(root as object, options.mapping, { mode: options.mode ?? "strict" });
      const updated = typeof root === "object" && root !== null && typeof (root as Record<string, unknown>)["updated"] === "string" ? ((root as Record<string, unknown>)["updated"] as string) : undefined;
      return Object.freeze({ observations: read.observations, issues: read.issues, url, attempts, ...(updated !== undefined ? { updated } : {}) });
    } catch (error) {
      if (error instanceof AdapterError && MALFORMED.has(error.code))
        fail("ssb_malformed_response", `${what} but the body is not a JSON-stat 2.0 dataset [${error.code}]: ${bare(error)}`, error, error.location);
      throw error;
    }
  }
}
