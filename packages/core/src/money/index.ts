export { Decimal } from "./decimal.js";
export { MoneyError, type MoneyErrorCode } from "./MoneyError.js";
export { money, type MoneyInput } from "./money.js";
export { nok, type MoneyCalculator } from "./nok.js";
export { MAX_MONEY_TEXT_LENGTH, parseMoney } from "./parseMoney.js";
export { formatMoney, type FormatMoneyOptions } from "./formatMoney.js";
export { formatNumber, type FormatNumberOptions } from "./formatNumber.js";
export type { NumberLocale } from "./formatDigits.js";
