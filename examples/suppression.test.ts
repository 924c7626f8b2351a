import { suppressWaitingTimes, waitingTimeStats } from "@opptrapping/indicators";
import { describe, expect, it } from "vitest";
import { main, syntheticReferrals } from "./suppression.js";

describe("examples/suppression", () => {
  const out = main();
  const rows = out
    .split("\n")
    .filter((l) => /^\| 2025T\d /.test(l))
    .map((l) => l.split("|").map((c) => c.trim()).slice(1, -1));
  const stats = waitingTimeStats(syntheticReferrals(), { groupBy: ["service", "hf"], period: "tertial", asOf: "2025-12-31" });
  const completed = new Map(stats.rows.map((r) => [`${r.period} ${r.group.service} ${r.group.hf}`, r.completed]));

  it("labels the data SYNTHETIC", () => {
    expect(out.split("\n")[0]).toBe("SYNTHETIC DATA — made-up referrals and health trusts, not real waiting times");
  });

  it("shows ':' for every row of 1–4 completed waits and publishes no such row", () => {
    expect(rows.length).toBe(stats.rows.length);
    for (const [period, service, hf, n, mean] of rows) {
      const actual = completed.get(`${period} ${service} ${hf}`)!;
      if (actual > 0 && actual < 5) expect([n, mean]).toEqual([":", ":"]);
      if (n !== ":") expect(Number(n)).toBe(actual);
    }
    expect(rows.some((r) => r[3] === ":")).toBe(true);
  });

  it("never leaves one hidden row alone in a service and tertial, so the published national total cannot give it away", () => {
    const hidden = new Map<string, number>();
    for (const [period, service, , n] of rows) if (n === ":") hidden.set(`${period} ${service}`, (hidden.get(`${period} ${service}`) ?? 0) + 1);
    for (const count of hidden.values()) expect(count).toBeGreaterThanOrEqual(2);
  });

  it("says what was suppressed and why, one line per hidden row, with the counts of each rule", () => {
    const p = suppressWaitingTimes(stats, { minCount: 5, margins: ["hf"] });
    expect(out).toContain(`Suppressed: ${p.suppression.primary} rows (primary), ${p.suppression.secondary} rows (secondary)`);
    const lines = out.split("\n").filter((l) => /^- 2025T\d .*: (primary|secondary) — /.test(l));
    expect(lines).toHaveLength(p.suppression.primary + p.suppression.secondary);
    expect(out).toMatch(/: primary — [1-4] completed waits?, fewer than 5/);
  });
});
