import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main, syntheticReferralFile } from "./waiting-times.js";

/** The example's SYNTHETIC file, read naively (no quoted line breaks in it): the expected figures, computed the slow way. */
function bruteForce(service: string, rhf: string, from: string, to: string) {
  const text = new TextDecoder("latin1").decode(syntheticReferralFile());
  const waits: number[] = [];
  const iso = (nb: string) => `${nb.slice(6, 10)}-${nb.slice(3, 5)}-${nb.slice(0, 2)}`;
  for (const line of text.split("\r\n").slice(1)) {
    // Drop the quoted note (it may hold the delimiter) before splitting.
    const f = line.replace(/"(?:[^"]|"")*"/g, "").split(";");
    if (f[1] !== service || f[2] !== rhf || !f[7]) continue;
    const start = iso(f[7]);
    const wait = (Date.parse(start) - Date.parse(iso(f[6]!))) / 86_400_000;
    if (start >= from && start <= to && wait >= 0) waits.push(wait);
  }
  waits.sort((a, b) => a - b);
  const n = waits.length;
  return { n, mean: waits.reduce((a, b) => a + b, 0) / n, median: waits[Math.ceil(n / 2) - 1], p90: waits[Math.ceil(n * 0.9) - 1] };
}

describe("examples/waiting-times", async () => {
  const out = await main({ dir: mkdtempSync(join(tmpdir(), "opptrapping-test-")) });
  const rows = (title: string) =>
    out
      .split(title)[1]!
      .split("\n\n")[0]!
      .split("\n")
      .filter((l) => /^\| (PHBU|PHV|TSB) /.test(l))
      .map((l) => l.split("|").map((c) => c.trim()).slice(1, -1));

  it("labels the data SYNTHETIC and the traffic-light bands not official", () => {
    expect(out.split("\n")[0]).toBe("SYNTHETIC DATA — made-up referrals, not real waiting times");
    expect(out).toContain("NOT official");
  });

  it("accounts for every referral: completed + still waiting + rejected = 20 000, the bad rows by reason", () => {
    const m = /(\d+) completed, (\d+) still waiting, (\d+) rejected/.exec(out)!;
    expect(Number(m[1]) + Number(m[2]) + Number(m[3])).toBe(20_000);
    expect(out).toMatch(/rejected \{"start_before_referral":\d+,"unknown_service":\d+\}/);
    expect(out).toMatch(/line \d+: start_before_referral: care started/);
  });

  it("gives the tertial figures a naive recount of the file gives: PHBU, Helse Vest, 2025T3", () => {
    const expected = bruteForce("PHBU", "Helse Vest", "2025-09-01", "2025-12-31");
    const row = rows("2025T3, September–December:").find((r) => r[0] === "PHBU" && r[1] === "Helse Vest")!;
    expect(Number(row[2])).toBe(expected.n);
    expect(Number(row[3])).toBeCloseTo(expected.mean, 1);
    expect([Number(row[4]), Number(row[5])]).toEqual([expected.median, expected.p90]);
  });

  it("lights each row by its mean against the example's bands: green < limit ≤ yellow < limit + 10 ≤ red", () => {
    const limit: Record<string, number> = { PHBU: 35, PHV: 40, TSB: 30 };
    const all = [...rows("2025T3, September–December:"), ...rows("(month) — 2025-12, lit as monthly figures (R5 itself reports per tertial):")];
    expect(all).toHaveLength(24);
    for (const [service, , , mean, , , , , colour] of all) {
      const m = Number(mean);
      const l = limit[service!]!;
      expect(colour).toBe(m < l ? "🟢" : m < l + 10 ? "🟡" : "🔴");
    }
  });

  it("counts those still waiting at the end of December the same monthly and by tertial (a count at a day, not a sum)", () => {
    const byTertial = rows("2025T3, September–December:").map((r) => r[7]);
    const byMonth = rows("(month) — 2025-12, lit as monthly figures (R5 itself reports per tertial):").map((r) => r[7]);
    expect(byMonth).toEqual(byTertial);
  });

  it("rates R5 nationally from the RHFs' tertial means", () => {
    expect(out).toMatch(/R5 nationally, 2025T3 .*: \w+\n {2}R5\.phbu: [\d.]+ days → \w+\n {2}R5\.phv: [\d.]+ days → \w+\n {2}R5\.tsb: [\d.]+ days → \w+/);
  });
});
