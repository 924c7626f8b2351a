import { readFileSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import { fetchSsbTable, type FetchLike, type FetchSsbTableOptions } from "./fetchSsbTable.js";
import { SsbFetchError } from "./SsbFetchError.js";

// The stored response is real: SSB table 07459 (population by municipality, 2022) as json-stat2,
// from the shared corpus (../shared/corpus/SOURCES.md: purplebugs/elastic-data-tool @ c9193f0f).
// It is resolved from the repository root, so a clone with `shared` beside it finds it too.
const repoRoot = new URL("../../../../", import.meta.url);
const corpusFile = new URL("../shared/corpus/files/json-stat/ssb_07459_js2.json", repoRoot);
const stored = readFileSync(corpusFile, "utf8");

/** What the local server answers next: a response, a request it never answers, or a dropped connection. */
type Reply = { readonly status: number; readonly headers?: Record<string, string>; readonly body?: string } | "hang" | "drop";

let server: Server;
let base: string;
let replies: Reply[] = [];
let requests: { url: string; accept: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ url: req.url ?? "", accept: req.headers.accept });
    const reply = replies.shift() ?? { status: 200, headers: { "content-type": "application/json; charset=utf-8" }, body: stored };
    if (reply === "hang") return;
    if (reply === "drop") return void req.socket.destroy();
    res.writeHead(reply.status, reply.headers ?? {});
    res.end(reply.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/pxwebapi/v2`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  replies = [];
  requests = [];
});

const mapping = {
  indicator: { fixed: "population" },
  period: { from: "Tid" },
  orgUnit: { from: "Region" },
  measure: { dimension: "ContentsCode", value: "Personer1" },
} as const;
const three = { ...mapping, filter: { Region: ["K-0301", "K-3001", "K-3002"] } };

/** Options with a recording `sleep` that does not wait, so retries take no time. */
function opts(over: Partial<FetchSsbTableOptions> = {}) {
  const slept: number[] = [];
  const options: FetchSsbTableOptions = { mapping: three, baseUrl: base, sleep: async (ms) => void slept.push(ms), ...over };
  return { options, slept };
}

const query = { Region: ["K-0301", "K-3001", "K-3002"], ContentsCode: "Personer1", Tid: ["2022"] };
const population = (orgUnit: string, value: number) => ({ indicatorId: "population", period: "2022", orgUnit, dimensions: {}, value, flags: [] });

async function rejection(promise: Promise<unknown>): Promise<SsbFetchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SsbFetchError);
  return error as SsbFetchError;
}

describe("fetchSsbTable against a local server with SSB's stored response for table 07459", () => {
  it("asks PxWebApi v2 for json-stat2 with the value codes and maps the answer", async () => {
    const result = await fetchSsbTable("07459", query, opts().options);
    expect(requests).toEqual([
      { url: "/api/pxwebapi/v2/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=K-0301,K-3001,K-3002&valueCodes[ContentsCode]=Personer1&valueCodes[Tid]=2022", accept: "application/json" },
    ]);
    // Cube order (K-3001 Halden at index 0, K-3002 Moss at 1, K-0301 Oslo at 51), values read in the file.
    expect(result.observations).toEqual([population("3001", 31444), population("3002", 50290), population("0301", 699827)]);
    expect(result.issues).toEqual([]);
    expect(result.updated).toBe("2022-02-24T07:00:00Z");
    expect(result.attempts).toBe(1);
    expect(result.url).toBe(`${base}/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=K-0301,K-3001,K-3002&valueCodes[ContentsCode]=Personer1&valueCodes[Tid]=2022`);
  });

  it("reads all 359 regions, SSB's special regions (Svalbard, the continental shelf, unallocated) among them", async () => {
    const { observations, issues } = await fetchSsbTable("07459", { Region: "*", Tid: "2022" }, opts({ mapping, mode: "lenient" }).options);
    expect(observations).toHaveLength(359);
    expect(issues).toEqual([]);
    expect(observations.slice(-3).map((o) => o.orgUnit)).toEqual(["ssb-21-22", "ssb-23", "ssb-rest"]);
  });

  it("leaves a mapping that does not fit the table a plain AdapterError with the mapping's code", async () => {
    // The contents code is no org unit: the mapping does not fit the table.
    const error = await fetchSsbTable("07459", query, opts({ mapping: { ...mapping, orgUnit: { from: "ContentsCode" } } }).options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdapterError);
    expect(error).not.toBeInstanceOf(SsbFetchError);
    expect((error as AdapterError).code).toBe("unmapped_dimension"); // Region, left unmapped, has several categories
    const unknown = await fetchSsbTable("07459", query, opts({ mapping: { ...mapping, orgUnit: { from: "Kommune" } } }).options).catch((e: unknown) => e);
    expect((unknown as AdapterError).code).toBe("unknown_dimension");
  });

  it("checks the mapping, table id and query before sending anything", async () => {
    const badMapping = await fetchSsbTable("07459", query, opts({ mapping: { indicator: { fixed: "population" } } as never }).options).catch((e: unknown) => e);
    expect((badMapping as AdapterError).code).toBe("invalid_mapping");
    const badId = await rejection(fetchSsbTable("07 459", query, opts().options));
    expect(badId.code).toBe("invalid_ssb_request");
    expect(badId.attempts).toBe(0);
    const comma = await rejection(fetchSsbTable("07459", { Tid: ["2021,2022"] }, opts().options));
    expect(comma.message).toBe("SSB table 07459: invalid query: a value code cannot hold a comma (commas separate values) (at query.Tid.0)");
    expect(comma.path).toEqual(["query", "Tid", 0]);
    const retries = await rejection(fetchSsbTable("07459", query, opts({ retries: -1 }).options));
    expect(retries.message).toContain("option retries");
    expect(requests).toEqual([]);
  });
});

describe("HTTP 429: honours Retry-After within a bounded number of retries", () => {
  it("waits the seconds Retry-After gives, then reads the table", async () => {
    replies = [{ status: 429, headers: { "retry-after": "2" } }];
    const { options, slept } = opts();
    const result = await fetchSsbTable("07459", query, options);
    expect(slept).toEqual([2000]);
    expect(result.attempts).toBe(2);
    expect(result.observations).toHaveLength(3);
  });

  it("waits until an HTTP-date Retry-After, by the injected clock", async () => {
    replies = [{ status: 429, headers: { "retry-after": "Thu, 03 Dec 2026 12:00:05 GMT" } }];
    const { options, slept } = opts({ now: () => Date.parse("2026-12-03T12:00:00Z") });
    await fetchSsbTable("07459", query, options);
    expect(slept).toEqual([5000]);
  });

  it("falls back to the doubling backoff without Retry-After, and gives up after `retries`", async () => {
    replies = [{ status: 429 }, { status: 429 }, { status: 429 }, { status: 429 }];
    const { options, slept } = opts({ retries: 2, backoffMs: 10 });
    const error = await rejection(fetchSsbTable("07459", query, options));
    expect(requests).toHaveLength(3);
    expect(slept).toEqual([10, 20]);
    expect(error.code).toBe("ssb_rate_limited");
    expect(error.status).toBe(429);
    expect(error.attempts).toBe(3);
    expect(error.message).toMatch(/^SSB table 07459: HTTP 429 Too Many Requests, too many requests, still after 3 attempts/);
    replies = [];
  });

  it("does not wait for a Retry-After longer than maxRetryAfterMs", async () => {
    replies = [{ status: 429, headers: { "retry-after": "3600" } }];
    const { options, slept } = opts({ maxRetryAfterMs: 60_000 });
    const error = await rejection(fetchSsbTable("07459", query, options));
    expect(error.code).toBe("ssb_rate_limited");
    expect(error.message).toContain("wait 3600 s (Retry-After: 3600)");
    expect(slept).toEqual([]);
    expect(requests).toHaveLength(1);
  });
});

describe("HTTP 5xx: retried with backoff, then a clear error", () => {
  it("retries 503 with doubling waits and then reads the table", async () => {
    replies = [{ status: 503 }, { status: 502 }];
    const { options, slept } = opts({ backoffMs: 100 });
    const result = await fetchSsbTable("07459", query, options);
    expect(slept).toEqual([100, 200]);
    expect(result.attempts).toBe(3);
    expect(result.observations.map((o) => o.value)).toEqual([31444, 50290, 699827]);
  });

  it("waits for real with the default sleep (1 ms backoff)", async () => {
    replies = [{ status: 500 }];
    const result = await fetchSsbTable("07459", query, { mapping: three, baseUrl: base, backoffMs: 1 });
    expect(result.attempts).toBe(2);
  });

  it("names the table, status and body when every attempt fails", async () => {
    replies = Array.from({ length: 4 }, () => ({ status: 500, body: '{"title":"Internal Server Error","status":500}' }));
    const error = await rejection(fetchSsbTable("07459", query, opts().options));
    expect(error.code).toBe("ssb_server_error");
    expect(error.attempts).toBe(4); // 1 + the default 3 retries
    expect(error.status).toBe(500);
    expect(error.table).toBe("07459");
    expect(error.message).toBe(
      `SSB table 07459: server error HTTP 500 Internal Server Error after 4 attempts: Internal Server Error; the statistics bank may be down, try again later (${error.url})`,
    );
  });
});

describe("HTTP 4xx: never retried", () => {
  it("reports 404 once, with a hint to check the table id", async () => {
    replies = [{ status: 404, body: "Not found" }];
    const { options, slept } = opts();
    const error = await rejection(fetchSsbTable("99999", query, options));
    expect(error.code).toBe("ssb_http_error");
    expect(error.message).toMatch(/^SSB table 99999: HTTP 404 Not Found: Not found; check the table id/);
    expect(requests).toHaveLength(1);
    expect(slept).toEqual([]);
  });

  it("reports the problem a 400 states", async () => {
    replies = [{ status: 400, headers: { "content-type": "application/problem+json" }, body: '{"type":"x","title":"Non-existent variable","status":400}' }];
    const error = await rejection(fetchSsbTable("07459", { Kommune: "0301" }, opts().options));
    expect(error.message).toContain("HTTP 400 Bad Request: Non-existent variable; check the variable codes");
    expect(requests).toHaveLength(1);
  });
});

describe("timeouts, aborts and lost connections", () => {
  it("stops an attempt that gets no answer within timeoutMs, without retrying", async () => {
    replies = ["hang"];
    const error = await rejection(fetchSsbTable("07459", query, opts({ timeoutMs: 50 }).options));
    expect(error.code).toBe("ssb_timeout");
    expect(error.message).toContain("no complete answer within 50 ms");
    expect(requests).toHaveLength(1);
  });

  it("stops when the caller aborts, during a request or before it", async () => {
    replies = ["hang"];
    const controller = new AbortController();
    const pending = fetchSsbTable("07459", query, opts({ signal: controller.signal }).options);
    while (requests.length === 0) await new Promise((r) => setImmediate(r));
    controller.abort();
    expect((await rejection(pending)).code).toBe("ssb_aborted");
    const before = await rejection(fetchSsbTable("07459", query, opts({ signal: AbortSignal.abort() }).options));
    expect(before.code).toBe("ssb_aborted");
    expect(before.attempts).toBe(0);
  });

  it("stops when the caller aborts while it waits to retry", async () => {
    replies = [{ status: 429 }];
    const controller = new AbortController();
    // The clock is read just before the wait begins (synchronously), so this aborts during it.
    const now = () => {
      setImmediate(() => controller.abort());
      return Date.now();
    };
    const error = await rejection(fetchSsbTable("07459", query, { mapping: three, baseUrl: base, signal: controller.signal, backoffMs: 60_000, now }));
    expect(error.code).toBe("ssb_aborted");
    expect(error.message).toContain("while waiting 60000 ms");
    expect(requests).toHaveLength(1);
  });

  it("retries a dropped connection, then reports a network error", async () => {
    replies = ["drop", "drop"];
    const { options, slept } = opts({ retries: 1, backoffMs: 5 });
    const error = await rejection(fetchSsbTable("07459", query, options));
    expect(error.code).toBe("ssb_network_error");
    expect(error.attempts).toBe(2);
    expect(error.status).toBeUndefined();
    expect(slept).toEqual([5]);
  });

  it("names the system's reason when nothing listens at the address", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await rejection(fetchSsbTable("07459", query, opts({ baseUrl: `http://127.0.0.1:${port}/api/pxwebapi/v2`, retries: 0 }).options));
    expect(error.code).toBe("ssb_network_error");
    expect(error.message).toMatch(/^SSB table 07459: no response after 1 attempt \(fetch failed: ECONNREFUSED\); check the network and the base URL/);
  });
});

describe("malformed bodies", () => {
  it("reports a truncated copy of the stored response, with the parser's error as cause", async () => {
    replies = [{ status: 200, body: stored.slice(0, 5000) }];
    const error = await rejection(fetchSsbTable("07459", query, opts().options));
    expect(error.code).toBe("ssb_malformed_response");
    expect(error.message).toBe(`SSB table 07459: HTTP 200 OK but the body is not a JSON-stat 2.0 dataset [invalid_json]: the input is not valid JSON: the input ends too early (truncated?) at character 5000 (${error.url}) (line 1, column 5001)`);
    expect((error.cause as AdapterError).code).toBe("invalid_json");
  });

  it("reports an HTML page, an empty body, a JSON string and JSON that is not JSON-stat", async () => {
    const bodies = ["<!doctype html><title>Vedlikehold</title>", "", JSON.stringify(stored), '{"tables":[]}'];
    const causes: string[] = [];
    for (const body of bodies) {
      replies = [{ status: 200, body }];
      const error = await rejection(fetchSsbTable("07459", query, opts().options));
      expect(error.code).toBe("ssb_malformed_response");
      causes.push((error.cause as AdapterError).code);
    }
    expect(causes).toEqual(["invalid_json", "invalid_json", "not_json_stat", "not_json_stat"]);
  });
});

describe("an injected fetch (no server)", () => {
  it("is called with the URL, an Accept header and a signal", async () => {
    const calls: { url: string; accept: string | undefined; signal: boolean }[] = [];
    const fetch: FetchLike = async (url, init) => {
      calls.push({ url, accept: init.headers["accept"], signal: init.signal instanceof AbortSignal });
      return { status: 200, headers: { get: () => null }, text: async () => stored };
    };
    const result = await fetchSsbTable("07459", { Tid: "2022" }, { mapping: three, fetch });
    expect(calls).toEqual([{ url: "https://data.ssb.no/api/pxwebapi/v2/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Tid]=2022", accept: "application/json", signal: true }]);
    expect(result.observations).toHaveLength(3);
  });
});

describe("browser safety", () => {
  it("imports nothing from Node in the subpath's sources", () => {
    const dir = new URL("./", import.meta.url);
    const sources = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    expect(sources.length).toBeGreaterThanOrEqual(4);
    for (const file of sources) expect(readFileSync(new URL(file, dir), "utf8")).not.toMatch(/from "node:|require\(/);
  });
});
