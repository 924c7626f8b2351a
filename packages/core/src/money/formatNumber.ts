import { OpptrappingError } from "../errors.js";
import { checkDecimals } from "./checkDecimals.js";
import { Decimal } from "./decimal.js";
import { formatDigits, type NumberLocale } from "./formatDigits.js";

/**
 * Options of {@link formatNumber}.
 *
 * @example
 * ```ts
 * import { formatNumber, type FormatNumberOptions } from "@opptrapping/core";
 * const oneDecimal: FormatNumberOptions = { decimals: 1 };
 * formatNumber(25.44, oneDecimal); // "25,4"
 * ```
 */
export interface FormatNumberOptions {
  /** `"nb"` (Norwegian bokmål) or `"en"`. @default "nb" */
  readonly locale?: NumberLocale;
  /** At most this many fraction digits, rounded half to even, trailing zeros trimmed. @default 3 */
  readonly decimals?: number;
}

/**
 * Writes a plain number (days, a percentage, a count) in Norwegian or English style:
 * `nb` groups thousands with U+00A0 and writes a decimal comma and U+2212 minus, as
 * `Intl.NumberFormat("nb-NO")` does; `en` writes `1,234.5` and `-`. Numbers are rounded on
 * their shortest decimal form, so `0.125` with one decimal is `0,1` (half to even), never a
 * float artefact.
 *
 * @throws {OpptrappingError} `invalid_number` for NaN or ±Infinity; `invalid_option` for bad `decimals`.
 * @example
 * ```ts
 * import { formatNumber } from "@opptrapping/core";
 * formatNumber(37.5); // "37,5"
 * formatNumber(1234.5, { locale: "en" }); // "1,234.5"
 * ```
 */
export function formatNumber(value: number | Decimal, options: FormatNumberOptions = {}): string {
  const decimal = Decimal.isDecimal(value) ? new Decimal(value) : typeof value === "number" ? new Decimal(value) : undefined;
  if (decimal === undefined || !decimal.isFinite()) {
    throw new OpptrappingError("invalid_number", `Cannot format ${String(value)}: expected a finite number or Decimal`);
  }
  const digits = formatDigits(decimal, options.locale ?? "nb", checkDecimals(options.decimals ?? 3, 40), true);
  return `${digits.negative ? digits.minus : ""}${digits.text}`;
}
