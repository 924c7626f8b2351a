import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("@opptrapping/report is browser-safe", () => {
  const dir = new URL("./", import.meta.url);
  const sources = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".test-fixture.ts"));

  it.each(sources)("%s imports no Node built-in and touches no Node global", (file) => {
    // Code only: the TSDoc examples may show how a Node program calls the package.
    const text = readFileSync(new URL(file, dir), "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    expect(text).not.toMatch(/from\s+"node:|require\(|\bprocess\.|\bBuffer\b|__dirname/);
    for (const [, spec] of text.matchAll(/from\s+"([^"]+)"/g)) expect(spec).toMatch(/^(\.\/|@opptrapping\/(core|indicators|sdk)$)/);
  });
});
