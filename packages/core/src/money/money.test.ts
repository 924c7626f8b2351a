import DecimalJs from "decimal.js";
import { describe, expect, it } from "vitest";
import { OpptrappingError } from "../errors.js";
import { Decimal } from "./decimal.js";
import { money } from "./money.js";
import { MoneyError } from "./MoneyError.js";

function rejection(run: () => unknown): MoneyError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MoneyError);
    expect(error).toBeInstanceOf(OpptrappingError);
    return error as MoneyError;
  }
  throw new Error("expected a MoneyError");
}

describe("money", () => {
  it.each([
    ["1200000000", "1200000000"],
    ["-5.25", "-5.25"],
    ["0.01", "0.01"],
    ["9007199254740993", "9007199254740993"],
    ["-0", "0"],
  ])("reads the decimal literal %j as %s", (input, expected) => {
    expect(money(input).toString()).toBe(expected);
  });

  it("reads numbers at their shortest decimal form", () => {
    expect(money(0.1).toString()).toBe("0.1");
    expect(money(3e9).toString()).toBe("3000000000");
    expect(money(-0).isNegative()).toBe(false);
  });

  it("copies Decimals of any decimal.js clone into its own constructor", () => {
    const Foreign = DecimalJs.clone({ precision: 2 });
    const amount = money(new Foreign("123456789.123456789"));
    expect(amount.toString()).toBe("123456789.123456789");
    expect(amount).toBeInstanceOf(Decimal);
    // Arithmetic on the result uses our precision, not the foreign clone's.
    expect(amount.plus(1).toString()).toBe("123456790.123456789");
  });

  it.each([
    [Number.NaN, "Invalid money NaN: numbers must be finite"],
    [Number.POSITIVE_INFINITY, "Invalid money Infinity: numbers must be finite"],
    [Number.NEGATIVE_INFINITY, "Invalid money -Infinity: numbers must be finite"],
    ["abc", 'Invalid money "abc": expected a plain decimal literal such as "1200000000" or "-5.25"'],
    ["", 'Invalid money "": expected a plain decimal literal such as "1200000000" or "-5.25"'],
    ["NaN", 'Invalid money "NaN": expected a plain decimal literal such as "1200000000" or "-5.25"'],
    ["Infinity", 'Invalid money "Infinity": expected a plain decimal literal such as "1200000000" or "-5.25"'],
    ["1e6", 'Invalid money "1e6": expected a plain decimal literal such as "1200000000" or "-5.25"'],
    ["1,5", 'Invalid money "1,5": expected a plain decimal literal such as "1200000000" or "-5.25"'],
    [" 5", 'Invalid money " 5": expected a plain decimal literal such as "1200000000" or "-5.25"'],
    ["5.", 'Invalid money "5.": expected a plain decimal literal such as "1200000000" or "-5.25"'],
  ])("rejects %j quoting it", (input, message) => {
    const error = rejection(() => money(input));
    expect(error.code).toBe("invalid_money");
    expect(error.message).toBe(message);
    expect(error.input).toBe(input);
  });

  it("rejects non-finite Decimals and values of other types", () => {
    expect(rejection(() => money(new Decimal(Number.NaN))).message).toBe("Invalid money Decimal(NaN): amounts must be finite");
    expect(rejection(() => money(new DecimalJs("-Infinity"))).message).toBe(
      "Invalid money Decimal(-Infinity): amounts must be finite",
    );
    expect(rejection(() => money(null as unknown as string)).message).toBe(
      "Invalid money null: expected a decimal string, a finite number or a Decimal",
    );
    expect(rejection(() => money(true as unknown as string)).message).toBe(
      "Invalid money true (boolean): expected a decimal string, a finite number or a Decimal",
    );
    expect(rejection(() => money(10n as unknown as string)).code).toBe("invalid_money");
    expect(rejection(() => money({} as unknown as string)).message).toBe(
      "Invalid money (object): expected a decimal string, a finite number or a Decimal",
    );
  });
});
