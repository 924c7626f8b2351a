import { Decimal } from "./decimal.js";
import { money, type MoneyInput } from "./money.js";
import { MoneyError } from "./MoneyError.js";
import { checkDecimals } from "./checkDecimals.js";

/**
 * The arithmetic seam for money (like dinero.js's calculator): every amount in the library is
 * computed here, never with floats or scattered `new Decimal`. Inputs are checked with
 * {@link money}; results are exact Decimals of our own constructor (sums and products are
 * exact up to 40 significant digits, quotients are rounded there, half to even).
 *
 * @example
 * ```ts
 * import { nok, type MoneyCalculator } from "@opptrapping/core";
 * const calculator: MoneyCalculator = nok;
 * calculator.add("0.1", "0.2").toString(); // "0.3"
 * ```
 */
export interface MoneyCalculator {
  /** An exact amount from a decimal literal, finite number or Decimal (see {@link money}). */
  readonly of: (value: MoneyInput) => Decimal;
  /** Zero kroner. */
  readonly zero: () => Decimal;
  /** `a + b`. */
  readonly add: (a: MoneyInput, b: MoneyInput) => Decimal;
  /** `a − b`. */
  readonly subtract: (a: MoneyInput, b: MoneyInput) => Decimal;
  /** `amount × factor` (a factor is a plain number, e.g. a share or a count). */
  readonly multiply: (amount: MoneyInput, factor: MoneyInput) => Decimal;
  /** `amount ÷ divisor`, to 40 significant digits; throws MoneyError `division_by_zero`. */
  readonly divide: (amount: MoneyInput, divisor: MoneyInput) => Decimal;
  /** The sum of many amounts (0 for none). */
  readonly sum: (amounts: Iterable<MoneyInput>) => Decimal;
  /** `−amount`. */
  readonly negate: (amount: MoneyInput) => Decimal;
  /** −1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
  readonly compare: (a: MoneyInput, b: MoneyInput) => -1 | 0 | 1;
  /** Whether `a` and `b` are the same amount (`"1.50"` equals `1.5`). */
  readonly equals: (a: MoneyInput, b: MoneyInput) => boolean;
  /** Whether the amount is zero. */
  readonly isZero: (amount: MoneyInput) => boolean;
  /** Whether the amount is below zero. */
  readonly isNegative: (amount: MoneyInput) => boolean;
  /** The smallest of one or more amounts. */
  readonly min: (first: MoneyInput, ...rest: MoneyInput[]) => Decimal;
  /** The largest of one or more amounts. */
  readonly max: (first: MoneyInput, ...rest: MoneyInput[]) => Decimal;
  /**
   * The amount rounded half to even to `decimals` fraction digits (2 = whole øre, 0 = whole
   * kroner); throws OpptrappingError `invalid_option` unless `decimals` is a whole number 0–40.
   */
  readonly round: (amount: MoneyInput, decimals: number) => Decimal;
  /** The nearest JavaScript number — lossy, for charts and display libraries only. */
  readonly toNumber: (amount: MoneyInput) => number;
}

const normalize = (d: Decimal): Decimal => (d.isZero() ? new Decimal(0) : d);

function compare(a: MoneyInput, b: MoneyInput): -1 | 0 | 1 {
  const c = money(a).comparedTo(money(b));
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

function pick(first: MoneyInput, rest: readonly MoneyInput[], wanted: -1 | 1): Decimal {
  let best = money(first);
  for (const value of rest) {
    const candidate = money(value);
    if (candidate.comparedTo(best) === wanted) best = candidate;
  }
  return best;
}

const calculator: MoneyCalculator = {
  of: money,
  zero: () => new Decimal(0),
  add: (a, b) => normalize(money(a).plus(money(b))),
  subtract: (a, b) => normalize(money(a).minus(money(b))),
  multiply: (amount, factor) => normalize(money(amount).times(money(factor))),
  divide: (amount, divisor) => {
    const d = money(divisor);
    if (d.isZero()) {
      throw new MoneyError("division_by_zero", `Cannot divide ${money(amount).toString()} NOK by zero`, divisor);
    }
    return normalize(money(amount).dividedBy(d));
  },
  sum: (amounts) => {
    let total = new Decimal(0);
    for (const amount of amounts) total = total.plus(money(amount));
    return normalize(total);
  },
  negate: (amount) => normalize(money(amount).negated()),
  compare,
  equals: (a, b) => money(a).equals(money(b)),
  isZero: (amount) => money(amount).isZero(),
  isNegative: (amount) => money(amount).isNegative(), // money() turns −0 into 0
  min: (first, ...rest) => pick(first, rest, -1),
  max: (first, ...rest) => pick(first, rest, 1),
  round: (amount, decimals) => {
    checkDecimals(decimals, 40);
    return normalize(money(amount).toDecimalPlaces(decimals, Decimal.ROUND_HALF_EVEN));
  },
  toNumber: (amount) => money(amount).toNumber(),
};

/**
 * The money calculator over NOK amounts. See {@link MoneyCalculator} for each operation.
 *
 * @example
 * ```ts
 * import { nok } from "@opptrapping/core";
 * nok.sum(["0.1", "0.2"]).equals(nok.of("0.3")); // true
 * nok.divide(nok.of("3000000000"), 4).toString(); // "750000000"
 * ```
 */
export const nok: MoneyCalculator = Object.freeze(calculator);
