import { describe, expect, it } from "vitest";
import { suppressWaitingTimes } from "./suppressWaitingTimes.js";
import type { WaitingRecord } from "./types.js";
import { waitingTimeObservations } from "./waitingTimeObservations.js";
import { waitingTimeStats } from "./waitingTimeStats.js";

/** `n` completed PHBU waits of `days` at `hf`, care started in January 2025. */
const waits = (hf: string, n: number, days = 30, service = "PHBU"): WaitingRecord[] =>
  Array.from({ length: n }, () => ({ service, hf, received: "2025-01-01", started: `2025-01-${String(1 + days).padStart(2, "0")}` }));

describe("suppressWaitingTimes", () => {
  const stats = waitingTimeStats([...waits("hf-a", 3, 10), ...waits("hf-b", 40, 20), ...waits("hf-c", 50, 30)], { groupBy: ["hf"], period: "month" });

  it("hides a row of 3 patients and the smallest other row, since the total over HFs is published", () => {
    const p = suppressWaitingTimes(stats);
    expect(p.rows.map((r) => [r.group.hf, r.suppressed, r.completed, r.meanDays])).toEqual([
      ["hf-a", "primary", null, null],
      ["hf-b", "secondary", null, null],
      ["hf-c", null, 50, 30],
    ]);
    expect(p.rows[0]).toMatchObject({ suppressedBecause: "3 completed waits, fewer than 5", stillWaiting: null, p90Days: null, withinLimit: null });
    expect(p.suppression).toMatchObject({ minCount: 5, margins: ["hf"], primary: 1, secondary: 1, suppressedTotals: [] });
  });

  it("hides only the small row when no total is published", () => {
    const p = suppressWaitingTimes(stats, { margins: [] });
    expect(p.rows.map((r) => r.suppressed)).toEqual(["primary", null, null]);
  });

  it("takes the threshold as minCount: with 3 nothing of 3 or more is hidden", () => {
    expect(suppressWaitingTimes(stats, { minCount: 3 }).rows.map((r) => r.suppressed)).toEqual([null, null, null]);
  });

  it("protects each period on its own", () => {
    const two = waitingTimeStats(
      [...waits("hf-a", 2), ...waits("hf-b", 9), { service: "PHBU", hf: "hf-a", received: "2025-02-01", started: "2025-02-20" }, ...waits("hf-b", 9).map((r) => ({ ...r, received: "2025-02-01", started: "2025-02-10" }))],
      { groupBy: ["hf"], period: "month" },
    );
    const p = suppressWaitingTimes(two);
    expect(p.rows.map((r) => [r.period, r.group.hf, r.suppressed])).toEqual([
      ["2025-01", "hf-a", "primary"],
      ["2025-02", "hf-a", "primary"],
      ["2025-01", "hf-b", "secondary"],
      ["2025-02", "hf-b", "secondary"],
    ]);
  });

  it("reports a small total that must not be published", () => {
    const p = suppressWaitingTimes(waitingTimeStats([...waits("hf-a", 2, 10, "TSB"), ...waits("hf-a", 30), ...waits("hf-b", 30)], { groupBy: ["service", "hf"], period: "year" }));
    // TSB has 2 waits in all: its total over HFs is small too.
    expect(p.suppression.suppressedTotals).toContainEqual({ group: { service: "TSB" }, period: "2025", suppressed: "primary" });
  });

  it("refuses a margin the results are not grouped by", () => {
    expect(() => suppressWaitingTimes(stats, { margins: ["rhf"] })).toThrow(/margin "rhf" is not one of the fields/);
    expect(() => suppressWaitingTimes(stats, { minCount: 0 })).toThrow(/minCount must be a whole number/);
  });

  it("turns suppressed rows into observations flagged suppressed, with no value and no count", () => {
    const obs = waitingTimeObservations(suppressWaitingTimes(stats), { indicatorId: "R5.wait" });
    expect(obs.map((o) => [o.orgUnit, o.value, o.count, o.flags])).toEqual([
      ["hf-a", null, undefined, ["provisional", "suppressed"]],
      ["hf-b", null, undefined, ["provisional", "suppressed"]],
      ["hf-c", 30, 50, ["provisional"]],
    ]);
  });
});
