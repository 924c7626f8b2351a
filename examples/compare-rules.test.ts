import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CASES, main, withTable } from "./compare-rules.js";

describe("examples/compare-rules", () => {
  const table = main();

  it("compares the bundled targets and ten SYNTHETIC series, labelled so", () => {
    expect(CASES).toHaveLength(10);
    expect(table.split("\n").filter((l) => l.startsWith("| SYNTHETIC"))).toHaveLength(10);
    expect(table).toContain("| bundled R5.phbu |");
  });

  it("parts the two rules where growth compounds: 44 → 42.3 days is 0.99 on levels, 0.90 on growth", () => {
    expect(table).toContain("| SYNTHETIC wait 44 → 43 → 42.3, < 35 | onTrack | 0.99 | 0.90 | moderate | atRisk | growth compounds: distance ratio 0.99 against CAGR ratio 0.90 |");
  });

  it("agrees with the table in docs/goal-logic.md (regenerate with pnpm example:compare-rules --write)", () => {
    const doc = readFileSync(new URL("../docs/goal-logic.md", import.meta.url), "utf8");
    expect(withTable(doc, table)).toBe(doc);
  });
});
