import { describe, expect, it } from "vitest";
import { sum, weightedMean } from "./sum.js";

describe("sum", () => {
  it("compensates rounding: 0.1 + 0.2 + 0.3 is 0.6", () => {
    expect(sum([0.1, 0.2, 0.3])).toBe(0.6);
  });

  it("keeps small terms next to a large one: 1e16 + 1 + 1 − 1e16 is 2", () => {
    expect(sum([1e16, 1, 1, -1e16])).toBe(2);
  });

  it("is 0 for no terms and Infinity only on overflow", () => {
    expect(sum([])).toBe(0);
    expect(sum([1e308, 1e308])).toBe(Infinity);
  });
});

describe("weightedMean", () => {
  it("weighs values: 30 (×100) and 40 (×300) give 37.5", () => {
    expect(weightedMean([30, 40], [100, 300])).toBe(37.5);
  });

  it("is null when the weights sum to zero", () => {
    expect(weightedMean([30, 40], [0, 0])).toBeNull();
  });

  it("rescales when value × weight overflows but the mean does not", () => {
    expect(weightedMean([1e308, 1e308], [1e308, 1e308])).toBe(1e308);
    expect(weightedMean([1e308, -1e308, 5e307], [1, 1, 2])).toBe(2.5e307);
  });
});
