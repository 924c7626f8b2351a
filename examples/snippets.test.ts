import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";

// Every package README's example is a file in examples/readme/, word for word, and runs here
// with the output its comments promise (hand-written below, not recorded from a run).
const expected: Record<string, readonly unknown[][]> = {
  core: [["tertial", { start: "2025-05-01", end: "2025-08-31" }], ["1200000000.3"], ["NOK\u00a060\u00a0million"]],
  sdk: [[["acme:strict"], ["strict"]]],
  indicators: [["offTrack", 33, 30], [expect.stringMatching(/^R5\.tsb: off track\. Latest value 33 days \(2023\), target value 30 days\./)]],
  "psykisk-helse": [[8], [["R5.phbu", "R5.phv", "R5.tsb"]], ["<", 35, "days"]],
  adapters: [[["rhf-vest 2025T2 41.5 (synthetic)", "rhf-nord 2025T2 38 (synthetic)"]]],
  cli: [[0, "Escalation plan for mental health (2023–2033) — as of 31 January 2026", "0 of 8 result goals on track · 0 at risk · 1 off track · 7 without enough data"]],
};

/** The first ```ts block of a README. */
function example(readme: string): string {
  const match = /```ts\n([\s\S]*?)```/.exec(readme);
  if (!match?.[1]) throw new Error("no ```ts block");
  return match[1];
}

describe("package READMEs", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  for (const [pkg, lines] of Object.entries(expected)) {
    it(`@opptrapping/${pkg}: the README's example is examples/readme/${pkg}.ts and prints what it says`, async () => {
      const readme = readFileSync(new URL(`../packages/${pkg}/README.md`, import.meta.url), "utf8");
      const file = readFileSync(new URL(`./readme/${pkg}.ts`, import.meta.url), "utf8");
      expect(example(readme)).toBe(file);
      const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
      await import(`./readme/${pkg}.ts`);
      expect(log.mock.calls).toEqual(lines);
    });
  }
});

describe("docs/writing-a-plugin.md", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("shows examples/plugin/acme.ts, toolkit.ts and acme.test.ts word for word (the last runs as a test)", () => {
    const doc = readFileSync(new URL("../docs/writing-a-plugin.md", import.meta.url), "utf8");
    const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
    const files = ["acme.ts", "toolkit.ts", "acme.test.ts"].map((f) => readFileSync(new URL(`./plugin/${f}`, import.meta.url), "utf8"));
    expect(blocks).toEqual(files);
  });

  it("composes the plugin with the built-ins: the strict rule rates TSB's 33 days against < 30 off track", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    await import("./plugin/toolkit.js");
    expect(log.mock.calls).toEqual([["strict", "offTrack"], [[0, 6.5]]]);
  });
});
