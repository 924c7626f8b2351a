import { Decimal, money, type Allocation, type Commitment, type PlanData } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { budgetTrajectory } from "./budgetTrajectory.js";
import { BudgetError } from "./paths.js";

// Synthetic commitments and allocations. Every amount is compared as an exact Decimal.

const SOURCES = [{ doc: "synthetic" }] as const;

function commitment(extra: Partial<Commitment> = {}): Commitment {
  return {
    id: "C", title: { nb: "Varig økning" }, amount: money("3000000000"), atLeast: true, permanent: true,
    startYear: 2023, endYear: 2033, reported: [], sources: SOURCES, ...extra,
  };
}

function allocation(id: string, amount: string, budgetYear: number | undefined, permanence: Allocation["permanence"] = "permanent"): Allocation {
  return {
    id, title: { nb: id }, amount: money(amount), ...(budgetYear === undefined ? {} : { budgetYear }), permanence, channel: "unknown", recipientIds: [], sources: SOURCES,
  };
}

const report = (asOf: string, cumulative: string) => ({ asOf, cumulative: money(cumulative), sources: SOURCES });

type BudgetPlan = Pick<PlanData, "commitment" | "allocations">;
const plan = (c: Partial<Commitment> = {}, allocations: Allocation[] = []): BudgetPlan => ({ commitment: commitment(c), allocations });

const dec = (x: string) => new Decimal(x);

function thrown(f: () => unknown): BudgetError {
  try {
    f();
  } catch (error) {
    if (error instanceof BudgetError) return error;
    throw error;
  }
  throw new Error("expected a BudgetError");
}

describe("budgetTrajectory (compatible fields and custom paths)", () => {
  describe("the linear path", () => {
    it("expects 3 bn · 4/11 by budget year 2026: 12 000 000 000 / 11 to 40 significant digits", () => {
      const b = budgetTrajectory(plan(), { asOf: "2026-01" });
      expect(b.asOf).toBe("2026-01-31");
      expect(b.budgetYear).toBe(2026);
      // 1 090 909 090.909090…: 10 integer digits + 30 fraction digits, the 31st (9) rounds up.
      expect(b.expected.toString()).toBe("1090909090.909090909090909090909090909091");
      expect(b.expected.equals(dec("3000000000").times(4).div(11))).toBe(true);
    });

    it("lists the expected amount for every budget year 2023–2033, ending at the full 3 bn", () => {
      const b = budgetTrajectory(plan(), { asOf: "2026-01" });
      expect(b.path.map((p) => p.year)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033]);
      expect(b.path[0]!.expected.equals(dec("3000000000").div(11))).toBe(true);
      expect(b.path[10]!.expected.toString()).toBe("3000000000");
    });

    it("expects equal steps: 1 100 over 2023–2033 is 100 a year, 400 by 2026", () => {
      const b = budgetTrajectory(plan({ amount: money("1100") }), { asOf: "2026-06-15" });
      expect(b.path.map((p) => p.expected.toString())).toEqual(["100", "200", "300", "400", "500", "600", "700", "800", "900", "1000", "1100"]);
      expect(b.expected.toString()).toBe("400");
    });

    it("expects 0 before the first budget year and the full amount after the last", () => {
      expect(budgetTrajectory(plan(), { asOf: "2022-06" }).expected.toString()).toBe("0");
      expect(budgetTrajectory(plan(), { asOf: "2035" }).expected.toString()).toBe("3000000000");
    });
  });

  describe("the actual amount", () => {
    it("is the latest report at or before asOf: 1.2 bn (reported 2025-12), gap 1.2 bn − 12 bn/11 = 1.2 bn/11 ahead", () => {
      const b = budgetTrajectory(plan({ reported: [report("2025-12", "1200000000")] }), { asOf: "2026-01" });
      expect(b.basis).toBe("reported");
      expect(b.actual.toString()).toBe("1200000000");
      expect(b.reported).toMatchObject({ asOf: "2025-12" });
      expect(b.reported!.cumulative.toString()).toBe("1200000000");
      expect(b.gap.equals(b.actual.minus(b.expected))).toBe(true);
      expect(b.gap.toString()).toBe("109090909.090909090909090909090909090909");
      expect(b.onTrack).toBe(true);
      expect(b.remaining.toString()).toBe("1800000000");
      expect(b.share).toBe(0.4);
    });

    it("ignores reports after asOf and takes the latest by date, whatever their order", () => {
      const reported = [report("2026-06", "1500000000"), report("2025-12", "1200000000"), report("2024", "700000000")];
      expect(budgetTrajectory(plan({ reported }), { asOf: "2026-01" }).actual.toString()).toBe("1200000000");
      expect(budgetTrajectory(plan({ reported }), { asOf: "2026-06" }).actual.toString()).toBe("1500000000"); // 2026-06 ends on 30 June
      expect(budgetTrajectory(plan({ reported }), { asOf: "2026-06-29" }).actual.toString()).toBe("1200000000");
    });

    it("without a report is the sum of permanent allocations with a budget year up to the current one", () => {
      const allocations = [
        allocation("a", "500000000", 2023),
        allocation("b", "300000000.50", 2024),
        allocation("c", "1000000000", 2024, "oneOff"), // not permanent
        allocation("d", "900000000", 2025, "unknown"), // not known to be permanent
        allocation("e", "200000000", 2027), // a later budget
        allocation("f", "400000000", undefined), // no budget year
      ];
      const b = budgetTrajectory(plan({}, allocations), { asOf: "2026-01" });
      expect(b.basis).toBe("allocations");
      expect(b.reported).toBeNull();
      expect(b.actual.toString()).toBe("800000000.5");
      expect(b.permanentAllocations.toString()).toBe("800000000.5");
      // 800 000 000.5 − 1 090 909 090.909…: behind.
      expect(b.gap.equals(dec("800000000.5").minus(dec("12000000000").div(11)))).toBe(true);
      expect(b.onTrack).toBe(false);
    });

    it("counts the budget of year Y from 1 January of Y (adopted the December before)", () => {
      const allocations = [allocation("a", "100", 2025), allocation("b", "50", 2026)];
      expect(budgetTrajectory(plan({}, allocations), { asOf: "2025-12-31" }).actual.toString()).toBe("100");
      expect(budgetTrajectory(plan({}, allocations), { asOf: "2026-01-01" }).actual.toString()).toBe("150");
    });

    it("is on track at a gap of exactly 0", () => {
      const b = budgetTrajectory(plan({ amount: money("1100"), reported: [report("2026-01", "400")] }), { asOf: "2026-01" });
      expect(b.gap.isZero()).toBe(true);
      expect(b.onTrack).toBe(true);
    });
  });

  describe("custom paths", () => {
    const points = [
      { year: 2023, cumulative: "0" },
      { year: 2025, cumulative: "1000000000" },
      { year: 2029, cumulative: dec("2000000000") },
    ];

    it("interpolates linearly between points, 0 before the first, flat after the last", () => {
      const b = budgetTrajectory(plan({ startYear: 2022 }), { asOf: "2026-01", path: points });
      expect(b.path.map((p) => [p.year, p.expected.toString()])).toEqual([
        [2022, "0"], // before the first point
        [2023, "0"],
        [2024, "500000000"], // half way from 0 to 1 bn
        [2025, "1000000000"],
        [2026, "1250000000"], // 1 bn + 1 bn · 1/4
        [2027, "1500000000"],
        [2028, "1750000000"],
        [2029, "2000000000"],
        [2030, "2000000000"], // flat after the last point
        [2031, "2000000000"],
        [2032, "2000000000"],
        [2033, "2000000000"],
      ]);
      expect(b.expected.toString()).toBe("1250000000");
    });

    it("expects 0 before a single point and its amount from then on", () => {
      const b = budgetTrajectory(plan(), { asOf: "2026-01", path: [{ year: 2025, cumulative: "600" }] });
      expect(b.path.slice(1, 4).map((p) => p.expected.toString())).toEqual(["0", "600", "600"]);
    });

    it("interpolates to exact decimals: 0 → 1 000 over 2023–2026 gives 1000/3 in 2024", () => {
      const b = budgetTrajectory(plan(), { asOf: "2024", path: [{ year: 2023, cumulative: "0" }, { year: 2026, cumulative: "1000" }] });
      expect(b.expected.equals(dec("1000").div(3))).toBe(true);
    });

    it("takes a function of the year", () => {
      const b = budgetTrajectory(plan(), { asOf: "2026-01", path: (year, c) => c.amount.times(year - 2022).div(100) });
      expect(b.expected.toString()).toBe("120000000"); // 3 bn · 4 / 100
      expect(b.path[0]!.expected.toString()).toBe("30000000");
    });

    it.each([
      ["a year that is not whole", [{ year: 2025.5, cumulative: "1" }], /whole year/],
      ["years that do not increase", [{ year: 2025, cumulative: "1" }, { year: 2024, cumulative: "2" }], /must increase: 2025 then 2024/],
      ["a repeated year", [{ year: 2025, cumulative: "1" }, { year: 2025, cumulative: "2" }], /must increase/],
      ["no points", [], /at least one point/],
      ["an amount that is not a decimal", [{ year: 2025, cumulative: "1,5 mrd" }], /path\[0\]\.cumulative/],
    ] as const)("refuses a point path with %s as BudgetError invalid_path", (_, path, message) => {
      const error = thrown(() => budgetTrajectory(plan(), { asOf: "2026-01", path }));
      expect(error.code).toBe("invalid_path");
      expect(error.message).toMatch(message);
    });

    it("refuses a function that returns a number or a non-finite Decimal", () => {
      expect(thrown(() => budgetTrajectory(plan(), { asOf: "2026-01", path: () => 5 as unknown as Decimal })).code).toBe("invalid_path");
      expect(thrown(() => budgetTrajectory(plan(), { asOf: "2026-01", path: () => dec("NaN") })).code).toBe("invalid_path");
    });
  });

  it("throws BudgetError no_commitment for a plan without one", () => {
    const error = thrown(() => budgetTrajectory({ allocations: [] }, { asOf: "2026-01" }));
    expect(error.code).toBe("no_commitment");
    expect(error.path).toEqual(["commitment"]);
  });

  it("hands out a frozen result", () => {
    const b = budgetTrajectory(plan({ reported: [report("2025-12", "1200000000")] }), { asOf: "2026-01" });
    expect(Object.isFrozen(b)).toBe(true);
    expect(Object.isFrozen(b.path)).toBe(true);
    expect(Object.isFrozen(b.path[0])).toBe(true);
  });
});
