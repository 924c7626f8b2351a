import { Decimal } from "./decimal.js";
import { MoneyError, quoteText } from "./MoneyError.js";

/**
 * Anything {@link money} turns into an exact amount: a decimal literal, a finite number or a Decimal.
 *
 * @example
 * ```ts
 * import type { MoneyInput } from "@opptrapping/core";
 * const amounts: MoneyInput[] = ["1200000000", 60_000_000];
 * ```
 */
export type MoneyInput = string | number | Decimal;

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * An exact amount in NOK from a plain decimal literal (`"1200000000"`, `"-5.25"`), a finite
 * number or a finite decimal.js instance (of any clone). Numbers are taken at their shortest
 * decimal form (`0.1` is 0.1), so write amounts beyond 2^53 as strings. Negative zero becomes 0.
 * For human text ("1,2 mrd. kr") use `parseMoney`.
 *
 * @throws {MoneyError} `invalid_money`, quoting the input, for NaN, ±Infinity, `""`,
 *   `"abc"`, `"1e6"`, `"1,5"`, `" 5"` and anything that is not a string, number or Decimal.
 * @example
 * ```ts
 * import { money } from "@opptrapping/core";
 * money("1200000000").plus(money(0.5)).toString(); // "1200000000.5"
 * ```
 */
export function money(value: MoneyInput): Decimal {
  let amount: Decimal;
  if (typeof value === "string") {
    if (!PLAIN_DECIMAL.test(value)) {
      throw new MoneyError(
        "invalid_money",
        `Invalid money ${quoteText(value)}: expected a plain decimal literal such as "1200000000" or "-5.25"`,
        value,
      );
    }
    amount = new Decimal(value);
  } else if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new MoneyError("invalid_money", `Invalid money ${String(value)}: numbers must be finite`, value);
    }
    amount = new Decimal(value);
  } else if (Decimal.isDecimal(value)) {
    if (!value.isFinite()) {
      throw new MoneyError("invalid_money", `Invalid money Decimal(${value.toString()}): amounts must be finite`, value);
    }
    // Copying into our constructor keeps every digit and makes later arithmetic use our config.
    amount = new Decimal(value);
  } else {
    throw new MoneyError(
      "invalid_money",
      `Invalid money ${describe(value)}: expected a decimal string, a finite number or a Decimal`,
      value,
    );
  }
  return amount.isZero() ? new Decimal(0) : amount;
}

/** A short, safe description of a rejected value for a message (never calls its own methods). */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "object") return `(${Object.prototype.toString.call(value).slice(8, -1).toLowerCase()})`;
  if (typeof value === "function" || typeof value === "symbol") return `(${typeof value})`;
  const text = String(value);
  return `${text.length <= 60 ? text : quoteText(text)} (${typeof value})`;
}
