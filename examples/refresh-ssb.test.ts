import { describe, expect, it } from "vitest";
import { main, startStoredSsbServer } from "./refresh-ssb.js";

describe("examples/refresh-ssb", () => {
  it("fetches table 07459 from the local server after one 429 and prints four municipalities", async () => {
    const out = (await main()).split("\n");
    expect(out[0]).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/api\/pxwebapi\/v2\/tables\/07459\/data\?lang=no&outputFormat=json-stat2&valueCodes\[Region\]=K-0301,K-4601,K-5001,K-1103&valueCodes\[ContentsCode\]=Personer1&valueCodes\[Tid\]=2022$/);
    expect(out[1]).toBe("2 requests (1 retried: HTTP 429, Retry-After: 0), 4 observations, 0 issues");
    expect(out[2]).toBe("source: SSB, Statistikkbanken table 07459, updated 2022-02-24T07:00:00Z (stored response)");
    // In the cube's order (Oslo at index 51, Stavanger 147, Bergen 169, Trondheim 238); values read in the file.
    expect(out.slice(3)).toEqual([
      "  population 0301 2022: 699,827",
      "  population 1103 2022: 144,699",
      "  population 4601 2022: 286,930",
      "  population 5001 2022: 210,496",
    ]);
  });

  it("serves a 429 first and then the stored response", async () => {
    const server = await startStoredSsbServer();
    try {
      const first = await fetch(`${server.baseUrl}/tables/07459/data`);
      expect(first.status).toBe(429);
      expect(first.headers.get("retry-after")).toBe("0");
      const second = await fetch(`${server.baseUrl}/tables/07459/data`);
      expect(((await second.json()) as { label: string }).label).toBe("07459: Befolkning, etter region, statistikkvariabel og år");
      expect(server.requests).toEqual(["/api/pxwebapi/v2/tables/07459/data", "/api/pxwebapi/v2/tables/07459/data"]);
    } finally {
      await server.close();
    }
  });
});
