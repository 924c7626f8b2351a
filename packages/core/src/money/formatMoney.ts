import { checkDecimals } from "./checkDecimals.js";
import { formatDigits, NBSP, type NumberLocale } from "./formatDigits.js";
import { money, type MoneyInput } from "./money.js";
import { nok } from "./nok.js";

/**
 * Options of {@link formatMoney}.
 *
 * @example
 * ```ts
 * import { formatMoney, type FormatMoneyOptions } from "@opptrapping/core";
 * const english: FormatMoneyOptions = { locale: "en", style: "full" };
 * formatMoney("1200000000", english); // "NOK 1,200,000,000"
 * ```
 */
export interface FormatMoneyOptions {
  /** `"nb"` (Norwegian bokmål) or `"en"`. @default "nb" */
  readonly locale?: NumberLocale;
  /** `"short"` with a scale word (`1,2 mrd. kr`) or `"full"` with every digit. @default "short" */
  readonly style?: "short" | "full";
  /**
   * Fraction digits. Short style shows at most this many, trailing zeros trimmed (default 1).
   * Full style shows exactly this many (default 0 for whole kroner, else 2).
   */
  readonly decimals?: number;
}

const UNITS = [
  { factor: "1000000000", nb: "mrd.", en: "billion" },
  { factor: "1000000", nb: "mill.", en: "million" },
] as const;

/**
 * Writes an amount of NOK the way Norwegian public documents and English reports do.
 *
 * - Short style: amounts of at least 1 000 000 000 in `mrd.`/`billion`, of at least 1 000 000
 *   in `mill.`/`million`, smaller ones in full; at most `decimals` fraction digits, rounded half
 *   to even on the Decimal, trailing zeros trimmed. When rounding reaches the next unit it moves
 *   up (999 999 999 → `1 mrd. kr`, not `1 000 mill. kr`).
 * - Full style: every integer digit (`1 200 000 000 kr`, `NOK 1,200,000,000`).
 * - Norwegian groups digits with U+00A0 and writes U+2212 for minus, as `Intl.NumberFormat("nb-NO")`
 *   does; English groups with commas and writes `-`. Every space in the output is U+00A0, so the
 *   amount never breaks across lines.
 *
 * `parseMoney` reads all of these back (to the digits shown); only a short-style amount below
 * 1 000 kr with three decimals, e.g. `1,234 kr`, is ambiguous to it.
 *
 * @throws {MoneyError} `invalid_money` for input {@link money} rejects.
 * @example
 * ```ts
 * import { formatMoney } from "@opptrapping/core";
 * formatMoney("1200000000"); // "1,2 mrd. kr" (with no-break spaces)
 * formatMoney("60000000", { locale: "en" }); // "NOK 60 million"
 * formatMoney("1200000000", { style: "full" }); // "1 200 000 000 kr"
 * ```
 */
export function formatMoney(amount: MoneyInput, options: FormatMoneyOptions = {}): string {
  const value = money(amount);
  const locale = options.locale ?? "nb";
  if (options.style === "full") {
    const decimals = checkDecimals(options.decimals ?? (value.isInteger() ? 0 : 2), 40);
    return compose(formatDigits(value, locale, decimals, false), undefined, locale);
  }
  const decimals = checkDecimals(options.decimals ?? 1, 40);
  const magnitude = value.abs();
  let unit = UNITS.findIndex((u) => magnitude.greaterThanOrEqualTo(u.factor));
  if (unit === -1) unit = UNITS.length;
  for (;;) {
    const factor = UNITS[unit]?.factor ?? "1";
    const scaled = nok.divide(value, factor);
    // A rounded value of 1000 units belongs to the next unit up.
    const next = UNITS[unit - 1];
    if (next !== undefined && nok.round(scaled, decimals).abs().greaterThanOrEqualTo(nok.divide(next.factor, factor))) {
      unit -= 1;
      continue;
    }
    return compose(formatDigits(scaled, locale, decimals, true), UNITS[unit], locale);
  }
}

function compose(
  digits: { negative: boolean; text: string; minus: string },
  unit: (typeof UNITS)[number] | undefined,
  locale: NumberLocale,
): string {
  const sign = digits.negative ? digits.minus : "";
  if (locale === "en") return `${sign}NOK${NBSP}${digits.text}${unit ? `${NBSP}${unit.en}` : ""}`;
  return `${sign}${digits.text}${unit ? `${NBSP}${unit.nb}` : ""}${NBSP}kr`;
}
