import { Decimal } from "./decimal.js";

/**
 * A language for formatted numbers and amounts: Norwegian bokmål (`nb`) or English (`en`).
 *
 * @example
 * ```ts
 * import type { NumberLocale } from "@opptrapping/core";
 * const locale: NumberLocale = "nb";
 * ```
 */
export type NumberLocale = "nb" | "en";

/** The no-break space Intl's nb-NO uses between digit groups and before units. */
export const NBSP = "\u00A0";

const SEPARATORS = {
  nb: { group: NBSP, decimal: ",", minus: "\u2212" },
  en: { group: ",", decimal: ".", minus: "-" },
} as const satisfies Record<NumberLocale, { group: string; decimal: string; minus: string }>;

/** A rounded number written without its sign, and whether it is below zero after rounding. */
export interface Digits {
  readonly negative: boolean;
  readonly text: string;
  readonly minus: string;
}

/**
 * Rounds half to even to `decimals` fraction digits (on the Decimal, never via floats) and
 * writes the magnitude with the locale's separators; `trim` drops trailing fraction zeros.
 */
export function formatDigits(value: Decimal, locale: NumberLocale, decimals: number, trim: boolean): Digits {
  const separators = SEPARATORS[locale];
  const rounded = new Decimal(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_EVEN);
  const [integer = "0", fraction = ""] = rounded.abs().toFixed(decimals).split(".");
  const shownFraction = trim ? trimZeros(fraction) : fraction;
  const grouped = group(integer, separators.group);
  return {
    negative: rounded.isNegative() && !rounded.isZero(),
    text: shownFraction === "" ? grouped : `${grouped}${separators.decimal}${shownFraction}`,
    minus: separators.minus,
  };
}

// Loops rather than regular expressions: `/\B(?=(\d{3})+$)/g` looks ahead to the end from
// every digit, so a Decimal with 100 000 integer digits took seconds; these are linear.

/** `digits` with `separator` between groups of three from the right. */
function group(digits: string, separator: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

/** `fraction` without its trailing zeros. */
function trimZeros(fraction: string): string {
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--;
  return fraction.slice(0, end);
}
