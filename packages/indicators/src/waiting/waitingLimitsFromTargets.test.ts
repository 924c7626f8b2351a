import type { Target } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { waitingLimitsFromTargets } from "./waitingLimitsFromTargets.js";
import { waitingTimeStats } from "./waitingTimeStats.js";

const threshold = (id: string, service: string, comparator: "<" | "<=" | ">=", value: number, indicatorId = "R5.wait"): Target => ({
  id,
  kind: "threshold",
  indicatorId,
  filter: { service },
  comparator,
  value,
  deadline: { kind: "longRun" },
  sources: [{ doc: "SYN" }],
});

describe("waitingLimitsFromTargets", () => {
  it("reads each service's limit and comparator from the threshold targets of the indicator", () => {
    const limits = waitingLimitsFromTargets(
      [threshold("a", "PHBU", "<", 35), threshold("b", "TSB", "<=", 30), threshold("c", "PHV", ">=", 40), threshold("d", "PHV", "<", 99, "other")],
      "R5.wait",
    );
    expect(limits).toEqual({ PHBU: { days: 35, comparator: "<" }, TSB: { days: 30, comparator: "<=" } });
  });

  it("keeps the first target of a service", () => {
    expect(waitingLimitsFromTargets([threshold("a", "PHBU", "<", 35), threshold("b", "PHBU", "<=", 20)], "R5.wait")).toEqual({ PHBU: { days: 35, comparator: "<" } });
  });

  it("makes the share within the limit count what the target counts: 35 days is not within < 35", () => {
    const limits = waitingLimitsFromTargets([threshold("a", "PHBU", "<", 35)], "R5.wait");
    const r = waitingTimeStats(
      [
        { service: "PHBU", received: 0, started: 34 },
        { service: "PHBU", received: 0, started: 35 },
      ],
      { groupBy: ["service"], period: "year", limits, limitComparator: "<=" },
    );
    expect(r.rows[0]).toMatchObject({ withinLimit: 1, shareWithinLimit: 0.5, limitComparator: "<" });
  });
});
