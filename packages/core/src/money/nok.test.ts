import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "./decimal.js";
import { MoneyError } from "./MoneyError.js";
import { nok } from "./nok.js";

/** Decimal literals with up to 4 fraction digits, well beyond 2^53 in size. */
const amount = fc
  .tuple(fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }), fc.integer({ min: 0, max: 4 }))
  .map(([units, scale]) => {
    const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, "0");
    const sign = units < 0n ? "-" : "";
    return scale === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  });

function* repeat(value: string, times: number): Generator<string> {
  for (let i = 0; i < times; i++) yield value;
}

describe("nok", () => {
  it("is frozen", () => {
    expect(Object.isFrozen(nok)).toBe(true);
  });

  it("adds 0.1 and 0.2 to exactly 0.3, from strings and from numbers", () => {
    expect(nok.add("0.1", "0.2").toString()).toBe("0.3");
    expect(nok.add(0.1, 0.2).equals("0.3")).toBe(true);
    expect(nok.equals(nok.add(0.1, 0.2), 0.3)).toBe(true);
  });

  it("sums a million amounts of 0.01 to exactly 10 000", () => {
    expect(nok.sum(repeat("0.01", 1_000_000)).toString()).toBe("10000");
  });

  it("keeps 3 mrd. and amounts beyond 2^53 exact", () => {
    expect(nok.sum(["1200000000", "1800000000"]).toString()).toBe("3000000000");
    expect(nok.multiply("3000000000", 11).toString()).toBe("33000000000");
    expect(nok.add("9007199254740993", 1).toString()).toBe("9007199254740994");
    expect(nok.add("9007199254740993", "0.01").toString()).toBe("9007199254740993.01");
    expect(nok.subtract("123456789012345678901234567890", "0.5").toString()).toBe("123456789012345678901234567889.5");
  });

  it("sums nothing to zero", () => {
    expect(nok.sum([]).toString()).toBe("0");
    expect(nok.zero().isZero()).toBe(true);
  });

  it("returns our own Decimals", () => {
    expect(nok.add(1, 2)).toBeInstanceOf(Decimal);
    expect(nok.of("5")).toBeInstanceOf(Decimal);
  });

  it("divides to 40 significant digits, half to even", () => {
    expect(nok.divide("3000000000", 4).toString()).toBe("750000000");
    expect(nok.divide(2, 3).toString()).toBe("0.6666666666666666666666666666666666666667");
  });

  it("refuses to divide by zero", () => {
    expect(() => nok.divide(5, "0")).toThrowError(MoneyError);
    try {
      nok.divide("60000000", 0);
    } catch (error) {
      expect(error).toMatchObject({ code: "division_by_zero", message: "Cannot divide 60000000 NOK by zero", input: 0 });
    }
  });

  it("compares, picks and tests amounts", () => {
    expect(nok.compare("1.50", 1.5)).toBe(0);
    expect(nok.compare(1, 2)).toBe(-1);
    expect(nok.compare("3000000000", "2999999999.99")).toBe(1);
    expect(nok.min(3, "-1.5", 2).toString()).toBe("-1.5");
    expect(nok.max(3, "-1.5", "3.01").toString()).toBe("3.01");
    expect(nok.min(7).toString()).toBe("7");
    expect(nok.isZero("0.00")).toBe(true);
    expect(nok.isNegative("-0")).toBe(false);
    expect(nok.isNegative("-0.01")).toBe(true);
    expect(nok.negate("5.5").toString()).toBe("-5.5");
    expect(nok.negate(0).isNegative()).toBe(false);
  });

  it("rounds half to even", () => {
    expect(nok.round("2.5", 0).toString()).toBe("2");
    expect(nok.round("3.5", 0).toString()).toBe("4");
    expect(nok.round("1.005", 2).toString()).toBe("1");
    expect(nok.round("1.015", 2).toString()).toBe("1.02");
    expect(() => nok.round(1, 1.5)).toThrowError("decimals must be a whole number from 0 to 40, got 1.5");
  });

  it("converts to a number only on request", () => {
    expect(nok.toNumber("1200000000")).toBe(1_200_000_000);
  });

  it("rejects bad input through money()", () => {
    expect(() => nok.add(Number.NaN, 1)).toThrowError("Invalid money NaN: numbers must be finite");
  });

  describe("laws", () => {
    it("adds commutatively", () => {
      fc.assert(fc.property(amount, amount, (a, b) => nok.add(a, b).equals(nok.add(b, a))));
    });

    it("adds associatively", () => {
      fc.assert(
        fc.property(amount, amount, amount, (a, b, c) => nok.add(nok.add(a, b), c).equals(nok.add(a, nok.add(b, c)))),
      );
    });

    it("undoes an addition by subtracting", () => {
      fc.assert(fc.property(amount, amount, (a, b) => nok.subtract(nok.add(a, b), b).equals(a)));
    });

    it("has zero as identity and a − a = 0", () => {
      fc.assert(fc.property(amount, (a) => nok.add(a, nok.zero()).equals(a) && nok.isZero(nok.subtract(a, a))));
    });

    it("subtracts anti-commutatively", () => {
      fc.assert(fc.property(amount, amount, (a, b) => nok.subtract(a, b).equals(nok.negate(nok.subtract(b, a)))));
    });

    it("sums like repeated addition", () => {
      fc.assert(
        fc.property(fc.array(amount, { maxLength: 20 }), (xs) =>
          nok.sum(xs).equals(xs.reduce<Decimal>((total, x) => nok.add(total, x), nok.zero())),
        ),
      );
    });

    it("orders consistently with subtraction", () => {
      fc.assert(
        fc.property(amount, amount, (a, b) => nok.compare(a, b) === Math.sign(nok.subtract(a, b).comparedTo(0))),
      );
    });
  });
});
