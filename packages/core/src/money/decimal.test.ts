import DecimalJs from "decimal.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Decimal } from "./decimal.js";

describe("Decimal", () => {
  afterEach(() => {
    DecimalJs.set({ defaults: true });
  });

  it("is a clone with 40 significant digits, rounding half to even", () => {
    expect(Decimal.precision).toBe(40);
    expect(Decimal.rounding).toBe(DecimalJs.ROUND_HALF_EVEN);
    expect(Decimal).not.toBe(DecimalJs);
  });

  it("adds 0.1 and 0.2 to exactly 0.3", () => {
    expect(new Decimal("0.1").plus("0.2").toString()).toBe("0.3");
  });

  it("ignores the global decimal.js configuration set after import", () => {
    DecimalJs.set({ precision: 3, rounding: DecimalJs.ROUND_DOWN, toExpPos: 2 });
    expect(new Decimal("1234567").plus("0.5").toString()).toBe("1234567.5");
    expect(new Decimal(2).dividedBy(3).toString()).toBe("0.6666666666666666666666666666666666666667");
  });

  it("ignores the global decimal.js configuration set before import", async () => {
    DecimalJs.set({ precision: 3, rounding: DecimalJs.ROUND_DOWN, toExpPos: 2 });
    vi.resetModules();
    const fresh = await import("./decimal.js");
    expect(new fresh.Decimal("1234567").plus("0.5").toString()).toBe("1234567.5");
  });

  it("writes large and small amounts without exponents", () => {
    expect(new Decimal("3000000000000000000000000").toString()).toBe("3000000000000000000000000");
    expect(new Decimal("0.00000001").toString()).toBe("0.00000001");
  });
});
