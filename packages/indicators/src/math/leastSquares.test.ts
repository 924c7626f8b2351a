import { describe, expect, it } from "vitest";
import { finiteOrNull, ratio } from "./finite.js";
import { fitLine, timeWeights } from "./leastSquares.js";

describe("fitLine", () => {
  it("fits 40, 38, 36 over 2023–2025 exactly: slope −2, intercept 40 + 2·2023 = 4086", () => {
    expect(fitLine([2023, 2024, 2025], [40, 38, 36])).toEqual({ slope: -2, intercept: 4086 });
  });

  it("puts a line through two points: (0, 1) and (2, 5) give slope 2, intercept 1", () => {
    expect(fitLine([0, 2], [1, 5])).toEqual({ slope: 2, intercept: 1 });
  });

  it("fits the least-squares line of scattered points: (0,1), (1,3), (2,2) give slope ½, intercept 1½", () => {
    // Means t̄ = 1, v̄ = 2; Σ(t−t̄)² = 2; Σ(t−t̄)(v−v̄) = (−1)(−1) + 0 + (1)(0) = 1.
    expect(fitLine([0, 1, 2], [1, 3, 2])).toEqual({ slope: 0.5, intercept: 1.5 });
  });

  it("fits yearly midpoints 2023.5, 2024.5, 2025.5 of 44, 41, 38: slope −3, intercept 41 + 3·2024.5 = 6114.5", () => {
    const line = fitLine([2023.5, 2024.5, 2025.5], [44, 41, 38])!;
    expect(line).toEqual({ slope: -3, intercept: 6114.5 });
    // At the end of 2033 (t = 2034): 6114.5 − 3·2034 = 12.5.
    expect(line.intercept + line.slope * 2034).toBe(12.5);
  });

  it("weighs points: weights (1, 1, 2) on (0,0), (1,0), (2,3) give slope 18/11, intercept −6/11", () => {
    // Σw = 4, t̄ = 5/4, v̄ = 6/4; Σw(t−t̄)² = 11/4; Σw(t−t̄)(v−v̄) = 18/4.
    const line = fitLine([0, 1, 2], [0, 0, 3], [1, 1, 2])!;
    expect(line.slope).toBeCloseTo(18 / 11, 14);
    expect(line.intercept).toBeCloseTo(-6 / 11, 14);
  });

  it("treats weight 2 like the same point given twice", () => {
    const weighted = fitLine([0, 1, 2], [0, 0, 3], [1, 1, 2])!;
    const repeated = fitLine([0, 1, 2, 2], [0, 0, 3, 3])!;
    expect(weighted.slope).toBeCloseTo(repeated.slope, 14);
    expect(weighted.intercept).toBeCloseTo(repeated.intercept, 14);
  });

  it("with all weights 1 is ordinary least squares", () => {
    expect(fitLine([0, 1, 2], [1, 3, 2], [1, 1, 1])).toEqual(fitLine([0, 1, 2], [1, 3, 2]));
  });

  it("gives a flat line (slope 0) for a constant series", () => {
    expect(fitLine([2023.5, 2024.5, 2025.5], [7, 7, 7])).toEqual({ slope: 0, intercept: 7 });
  });

  it("gives null for fewer than two points", () => {
    expect(fitLine([], [])).toBeNull();
    expect(fitLine([2025.5], [38])).toBeNull();
  });

  it("gives null when every point is at the same t", () => {
    expect(fitLine([2025.5, 2025.5], [1, 2])).toBeNull();
    expect(fitLine([2025.5, 2025.5, 2025.5], [1, 2, 3])).toBeNull();
  });

  it("gives null when the weights sum to zero or less", () => {
    expect(fitLine([0, 1], [0, 1], [0, 0])).toBeNull();
  });

  it("keeps precision with years near 2025 and values near 10⁹: slope ½ exactly", () => {
    // v = 1 000 000 007 + ½·i at t = 2025 + i: the naive Σtv − ΣtΣv/n form loses the slope
    // in cancellation; centring on the means keeps it.
    const t = Array.from({ length: 10 }, (_, i) => 2025 + i);
    const v = t.map((_, i) => 1_000_000_007 + 0.5 * i);
    const line = fitLine(t, v)!;
    expect(line.slope).toBe(0.5);
    expect(line.intercept + line.slope * 2029.5).toBe(1_000_000_009.25);
  });

  it("keeps a tiny slope on values near 10¹² at monthly midpoints", () => {
    // 24 monthly points, rising 1 per year on top of 10¹².
    const t = Array.from({ length: 24 }, (_, i) => 2024 + (i + 0.5) / 12);
    const v = t.map((x) => 1e12 + (x - 2024));
    const line = fitLine(t, v)!;
    expect(line.slope).toBeCloseTo(1, 3);
  });
});

describe("timeWeights", () => {
  it("halves the weight per half-life: points 2 years older than the newest weigh ½ with h = 2", () => {
    expect(timeWeights([2023, 2025], 2)).toEqual([0.5, 1]);
  });

  it("halves again for each further half-life: h = 1 over four years gives ⅛, ¼, ½, 1", () => {
    expect(timeWeights([2022.5, 2023.5, 2024.5, 2025.5], 1)).toEqual([0.125, 0.25, 0.5, 1]);
  });

  it("weighs from the newest t, whatever the order", () => {
    expect(timeWeights([2025, 2021, 2023], 2)).toEqual([1, 0.25, 0.5]);
  });

  it("gives a point half a half-life older the weight 1/√2", () => {
    expect(timeWeights([2024.5, 2025.5], 2)[0]).toBeCloseTo(Math.SQRT1_2, 15);
  });

  it("gives no weights for no points", () => {
    expect(timeWeights([], 2)).toEqual([]);
  });
});

describe("finiteOrNull and ratio", () => {
  it("turn NaN, ±Infinity and division by zero into null", () => {
    expect(finiteOrNull(Number.NaN)).toBeNull();
    expect(finiteOrNull(Number.POSITIVE_INFINITY)).toBeNull();
    expect(finiteOrNull(-0.5)).toBe(-0.5);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(1e308, 1e-308)).toBeNull();
    expect(ratio(3, 4)).toBe(0.75);
  });

  it("write −0 as 0", () => {
    expect(finiteOrNull(-0)).toBe(0);
    expect(ratio(0, -2.5)).toBe(0);
  });
});
