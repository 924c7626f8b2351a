import { OpptrappingError } from "../errors.js";

/**
 * What went wrong with an amount of money.
 *
 * @example
 * ```ts
 * import type { MoneyErrorCode } from "@opptrapping/core";
 * const code: MoneyErrorCode = "ambiguous_money";
 * ```
 */
export type MoneyErrorCode = "invalid_money" | "ambiguous_money" | "division_by_zero" | "money_too_long";

/**
 * Thrown for input that is not an amount of money (`invalid_money`), text whose decimal and
 * thousands separators cannot be told apart (`ambiguous_money`), a division by zero
 * (`division_by_zero`), or text longer than `parseMoney` reads (`money_too_long`). Messages
 * quote at most the first 60 characters of the input; `input` keeps all of it.
 *
 * @example
 * ```ts
 * import { MoneyError, parseMoney } from "@opptrapping/core";
 * try {
 *   parseMoney("1,234");
 * } catch (error) {
 *   if (error instanceof MoneyError) console.error(error.code, error.input); // "ambiguous_money" "1,234"
 * }
 * ```
 */
export class MoneyError extends OpptrappingError {
  declare readonly code: MoneyErrorCode;
  /** The value that was rejected, as given. */
  readonly input: unknown;

  constructor(code: MoneyErrorCode, message: string, input: unknown) {
    super(code, message);
    this.input = input;
  }
}

const QUOTE_LIMIT = 60;

/** The text as a JSON string for a message, cut after 60 characters so a message stays short. */
export function quoteText(text: string): string {
  return text.length <= QUOTE_LIMIT ? JSON.stringify(text) : `${JSON.stringify(text.slice(0, QUOTE_LIMIT))}… (${text.length} characters)`;
}
