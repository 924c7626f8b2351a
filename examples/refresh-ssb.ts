/**
 * Refreshing data from SSB's statistics bank: `fetchSsbTable` asks PxWebApi v2 for a table as
 * JSON-stat 2.0 and maps it to observations with a mapping spec.
 *
 * Run: pnpm example:refresh-ssb
 *
 * Nothing here reaches the internet. The script starts a local HTTP server on 127.0.0.1 that
 * answers with a REAL stored SSB response — table 07459, "Befolkning, etter region,
 * statistikkvariabel og år", 2022, all 359 regions (../shared/corpus/files/json-stat/
 * ssb_07459_js2.json, saved from SSB's older API v0 in the same json-stat2 format; see
 * ../shared/corpus/SOURCES.md) — whatever the query, and answers the
 * first request with HTTP 429 and `Retry-After: 0` to show the retry. Against the real API,
 * leave out `baseUrl` (https://data.ssb.no/api/pxwebapi/v2) and the server.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fetchSsbTable } from "@opptrapping/adapters/ssb";

/** The stored response, resolved from the repository root (`shared` lies beside it). */
export const storedResponse = new URL("../../shared/corpus/files/json-stat/ssb_07459_js2.json", import.meta.url);

/** How table 07459 becomes observations: one per municipality, the mapping's filter keeping four. */
export const mapping = {
  indicator: { fixed: "population" },
  period: { from: "Tid" },
  orgUnit: { from: "Region" }, // "K-0301" → 0301
  measure: { dimension: "ContentsCode", value: "Personer1" },
  filter: { Region: ["K-0301", "K-4601", "K-5001", "K-1103"] }, // the stored answer holds every region
  source: { doc: "ssb-07459", section: "Statistikkbanken, tabell 07459" },
};

/**
 * Starts the local server: the first request gets 429 with `Retry-After: 0`, every later one the
 * stored response. Returns its PxWebApi root, the request paths it saw, and a `close`.
 */
export async function startStoredSsbServer(): Promise<{ baseUrl: string; requests: string[]; close: () => Promise<void> }> {
  const body = readFileSync(storedResponse);
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? "");
    if (requests.length === 1) {
      res.writeHead(429, { "retry-after": "0" });
      return void res.end();
    }
    res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}/api/pxwebapi/v2`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function main(): Promise<string> {
  const server = await startStoredSsbServer();
  try {
    const result = await fetchSsbTable("07459", { Region: mapping.filter.Region, ContentsCode: "Personer1", Tid: "2022" }, { mapping, baseUrl: server.baseUrl, timeoutMs: 5000 });
    const lines = [
      `GET ${result.url}`,
      `${result.attempts} request${result.attempts === 1 ? "" : `s (${result.attempts - 1} retried: HTTP 429, Retry-After: 0)`}, ${result.observations.length} observations, ${result.issues.length} issues`,
      `source: SSB, Statistikkbanken table 07459, updated ${result.updated ?? "(not stated)"} (stored response)`,
    ];
    for (const o of result.observations) lines.push(`  ${o.indicatorId} ${o.orgUnit} ${o.period}: ${o.value === null ? `– (${o.flags.join(", ")})` : new Intl.NumberFormat("en").format(o.value)}`);
    return lines.join("\n");
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await main());
