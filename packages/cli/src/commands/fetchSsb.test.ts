import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { HELP } from "../help.js";
import { EXIT, run } from "../run.js";
import { FETCH_HELP } from "./fetchSsb.js";

// SSB's real json-stat2 response for table 07459 (population by municipality, 2022), from the
// shared corpus beside the repository (../shared/corpus/SOURCES.md).
const repoRoot = new URL("../../../../", import.meta.url);
const stored = readFileSync(new URL("../shared/corpus/files/json-stat/ssb_07459_js2.json", repoRoot), "utf8");

type Reply = { readonly status: number; readonly body?: string } | "hang";
let server: Server;
let base: string;
let replies: Reply[] = [];
let urls: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    urls.push(req.url ?? "");
    const reply = replies.shift() ?? { status: 200, body: stored };
    if (reply === "hang") return;
    res.writeHead(reply.status, { "content-type": "application/json" });
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
  urls = [];
});

const dir = mkdtempSync(join(tmpdir(), "opptrapping-fetch-"));
const mapping = { indicator: { fixed: "population" }, period: { from: "Tid" }, orgUnit: { from: "Region" }, measure: { dimension: "ContentsCode", value: "Personer1" } };
const mappingFile = join(dir, "m.json");
writeFileSync(mappingFile, JSON.stringify({ ...mapping, filter: { Region: ["K-0301", "K-3001"] } }));
const allRegions = join(dir, "all.json");
// Every region as itself, but SSB's special regions mapped to names that are no org units, so three cells cannot be read.
const regionCodes = Object.keys((JSON.parse(stored) as { dimension: { Region: { category: { index: Record<string, number> } } } }).dimension.Region.category.index);
const special: Record<string, string> = { "K-21-22": "Svalbard", "K-23": "Sokkel", "K-Rest": "Uoppgitt" };
writeFileSync(allRegions, JSON.stringify({ ...mapping, orgUnit: { from: "Region", map: Object.fromEntries(regionCodes.map((c) => [c, special[c] ?? c])) } }));

async function exec(argv: readonly string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

describe("opptrapping fetch ssb", () => {
  it("fetches the table with the --query selection and writes the observations to --out", async () => {
    const out = join(dir, "obs.json");
    const r = await exec(["fetch", "ssb", "07459", "--mapping", mappingFile, "--out", out, "--query", "Region=K-0301,K-3001", "--query", "Tid=2022", "--base-url", base]);
    expect(r.code).toBe(EXIT.ok);
    expect(urls).toEqual(["/api/pxwebapi/v2/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=K-0301,K-3001&valueCodes[Tid]=2022"]);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual([
      { indicatorId: "population", period: "2022", orgUnit: "3001", dimensions: {}, value: 31444, flags: [] },
      { indicatorId: "population", period: "2022", orgUnit: "0301", dimensions: {}, value: 699827, flags: [] },
    ]);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`SSB table 07459: 2 observations, updated 2022-02-24T07:00:00Z → ${out}\n`);
  });

  it("writes to standard output without --out, and warns per bad cell with --lenient", async () => {
    const r = await exec(["fetch", "ssb", "07459", "--mapping", allRegions, "--lenient", "--lang", "en", "--base-url", base]);
    expect(r.code).toBe(EXIT.ok);
    expect(urls[0]).toContain("?lang=en&outputFormat=json-stat2");
    expect(JSON.parse(r.stdout)).toHaveLength(356);
    const warnings = r.stderr.split("\n").filter((l) => l.startsWith("warning:"));
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^warning: SSB table 07459 cell\[356\]: "(K-21-22|Svalbard)" is not an org unit/);
  });

  it("stops at the first bad cell without --lenient, exit code 1", async () => {
    const r = await exec(["fetch", "ssb", "07459", "--mapping", allRegions, "--base-url", base]);
    expect(r.code).toBe(EXIT.invalid);
    expect(r.stderr).toMatch(/^opptrapping: "(K-21-22|Svalbard)" is not an org unit/);
  });

  it("reports HTTP errors in one line naming the table, exit code 1", async () => {
    replies = [{ status: 404, body: '{"title":"Table not found","status":404}' }];
    const r = await exec(["fetch", "ssb", "99999", "--mapping", mappingFile, "--base-url", base]);
    expect(r.code).toBe(EXIT.invalid);
    expect(r.stderr).toBe(`opptrapping: SSB table 99999: HTTP 404 Not Found: Table not found; check the table id (${base}/tables/99999/data?lang=no&outputFormat=json-stat2)\n`);
    replies = [{ status: 503 }];
    const down = await exec(["fetch", "ssb", "07459", "--mapping", mappingFile, "--retries", "0", "--base-url", base]);
    expect(down.stderr).toMatch(/^opptrapping: SSB table 07459: server error HTTP 503 Service Unavailable after 1 attempt;/);
  });

  it("gives up on a request that takes longer than --timeout, with a hint", async () => {
    replies = ["hang"];
    const r = await exec(["fetch", "ssb", "07459", "--mapping", mappingFile, "--timeout", "50", "--base-url", base]);
    expect(r.code).toBe(EXIT.invalid);
    expect(r.stderr).toMatch(/^opptrapping: SSB table 07459: no complete answer within 50 ms .*\nhint: try a smaller --query selection or a longer --timeout\n$/);
  });

  it("rejects usage errors with exit code 2 before any request", async () => {
    const cases: [string[], string][] = [
      [["fetch", "ssb", "07459"], "opptrapping: fetch needs --mapping FILE\n"],
      [["fetch", "fhi", "07459", "--mapping", mappingFile], 'opptrapping: unknown source "fhi" for fetch\n'],
      [["fetch", "ssb", "--mapping", mappingFile], 'opptrapping: "fetch" needs 2 arguments\n'],
      [["fetch", "ssb", "07459", "--mapping", mappingFile, "--query", "Tid"], 'opptrapping: --query takes VARIABLE=VALUE1,VALUE2; got "Tid"\n'],
      [["fetch", "ssb", "07459", "--mapping", mappingFile, "--query", "Tid=2021", "--query", "Tid=2022"], 'opptrapping: --query names "Tid" twice\n'],
      [["fetch", "ssb", "07459", "--mapping", mappingFile, "--timeout", "soon"], 'opptrapping: --timeout takes a whole number of at least 1; got "soon"\n'],
    ];
    for (const [argv, first] of cases) {
      const r = await exec(argv);
      expect(r.code).toBe(EXIT.usage);
      expect(r.stderr.split("\n")[0] + "\n").toBe(first);
    }
    expect(urls).toEqual([]);
  });

  it("reports a bad table id or an unreadable mapping file as invalid input", async () => {
    const id = await exec(["fetch", "ssb", "07 459", "--mapping", mappingFile, "--base-url", base]);
    expect(id.code).toBe(EXIT.invalid);
    expect(id.stderr).toMatch(/^opptrapping: SSB table 07 459: invalid table id: a table id is letters, digits or '_'/);
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{");
    const m = await exec(["fetch", "ssb", "07459", "--mapping", broken, "--base-url", base]);
    expect(m.code).toBe(EXIT.invalid);
    expect(m.stderr).toContain(`the mapping "${broken}" is not valid JSON`);
    expect(urls).toEqual([]);
  });

  it("has its help, listed in the main help", async () => {
    const r = await exec(["fetch", "--help"]);
    expect(r.stdout).toBe(FETCH_HELP);
    expect(HELP.main).toContain("opptrapping fetch ssb TABLE");
  });
});
