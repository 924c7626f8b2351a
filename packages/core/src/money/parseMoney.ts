import type { Decimal } from "./decimal.js";
import { describe, money } from "./money.js";
import { MoneyError, quoteText } from "./MoneyError.js";
import { nok } from "./nok.js";
import { scanMoney } from "./scanMoney.js";

const SCALES: Readonly<Record<string, string>> = Object.freeze({
  mrd: "1000000000",
  milliarder: "1000000000",
  milliard: "1000000000",
  billion: "1000000000",
  billions: "1000000000",
  bn: "1000000000",
  mill: "1000000",
  millioner: "1000000",
  million: "1000000",
  millions: "1000000",
  mn: "1000000",
  m: "1000000",
  tusen: "1000",
  thousand: "1000",
  thousands: "1000",
  k: "1000",
});

const SPACE = /[ \u00A0\u202F]/;
/**
 * The longest text {@link parseMoney} reads, in UTF-16 code units, spaces included. An amount
 * written by people is short ("kr 1 234 567 890,50" is 19); longer text is refused as
 * `money_too_long` before any parsing, so no input can make parsing slow.
 *
 * @example
 * ```ts
 * import { MAX_MONEY_TEXT_LENGTH } from "@opptrapping/core";
 * const fits = (text: string) => text.length <= MAX_MONEY_TEXT_LENGTH;
 * ```
 */
export const MAX_MONEY_TEXT_LENGTH = 256;

const EXAMPLES = '"1,2 mrd. kr", "NOK 60 million", "kr 1 234 567,50" or "1.234.567,50"';

/**
 * Reads an amount of NOK written by people, in Norwegian or English, exactly.
 *
 * - Currency: `kr`, `kr.`, `kroner` or `NOK`, before or after the number (at most one).
 * - Sign: `-` or `−` (U+2212) at the start or right after a leading currency.
 * - Scale words: `mill.`/`millioner`/`million`/`mn`/`m` = 10⁶, `mrd.`/`milliarder`/`milliard`/
 *   `billion`/`bn` = 10⁹ (`billion` in the English sense), `tusen`/`thousand`/`k` = 10³.
 * - Groups of three digits separated by spaces (also U+00A0 and U+202F), dots
 *   (`1.234.567,50`) or commas (`1,234,567.50`); the last of two different separators is the
 *   decimal one. A repeated separator groups thousands; `,-` after a number means whole kroner.
 * - Ambiguity rule: a single `,` or `.` followed by exactly three digits, with at most three
 *   digits before it and no scale word or space grouping (`"1,234"`, `"kr 1.234"`), could be a
 *   decimal or a thousands separator, so it is rejected as `ambiguous_money`. With a scale word
 *   the separator is decimal (`"1,234 mrd."`, `"1.2 billion"`), as it is with space grouping
 *   (`"1 234,567"`) or other digit counts (`"37,50"`, `"0,125"`, `"1234,567"`). The exception is
 *   English order — `NOK` before the number — where such a comma groups thousands, with or
 *   without a scale word (`"NOK 1,234"` is 1 234, `"NOK 1,000 billion"` is 10¹²), as
 *   `formatMoney` writes English; `"NOK 1.234"` stays ambiguous.
 *
 * Parsing is a single pass, linear in the length of the text; text longer than
 * {@link MAX_MONEY_TEXT_LENGTH} (256) characters is refused.
 *
 * @throws {MoneyError} `money_too_long` for text longer than {@link MAX_MONEY_TEXT_LENGTH};
 *   `invalid_money` (quoting the text) for anything else, e.g. `""`, `"kr"`,
 *   `"12,3,4"` or `"3 bn kr kr"`; `ambiguous_money` as above.
 * @example
 * ```ts
 * import { parseMoney } from "@opptrapping/core";
 * parseMoney("1,2 mrd. kr").toString(); // "1200000000"
 * parseMoney("kr 1 234 567,50").toString(); // "1234567.5"
 * ```
 */
export function parseMoney(text: string): Decimal {
  if (typeof text !== "string") {
    throw new MoneyError("invalid_money", `Invalid money ${typeof text === "number" ? String(text) : describe(text)}: parseMoney expects text`, text);
  }
  if (text.length > MAX_MONEY_TEXT_LENGTH) {
    throw new MoneyError(
      "money_too_long",
      `Money text of ${text.length} characters (${quoteText(text)}) is longer than the ${MAX_MONEY_TEXT_LENGTH} parseMoney reads; write the amount alone, e.g. ${EXAMPLES}`,
      text,
    );
  }
  const parts = scanMoney(text.trim());
  if (parts === undefined) throw invalid(text, `expected an amount such as ${EXAMPLES}`);
  const { sign1, sign2, prefix, suffix, scale, whole, number } = parts;
  if (sign1 !== undefined && sign2 !== undefined) throw invalid(text, "it has two signs");
  if (prefix !== undefined && suffix !== undefined) throw invalid(text, "it names the currency twice");
  if (whole !== undefined && scale !== undefined) throw invalid(text, '",-" (whole kroner) cannot take a scale word');

  const digits = splitNumber(text, number, {
    hasScale: scale !== undefined,
    wholeKroner: whole !== undefined,
    englishOrder: prefix?.toLowerCase() === "nok",
  });
  const negative = sign1 !== undefined || sign2 !== undefined;
  const amount = money(`${negative ? "-" : ""}${digits.integer}${digits.fraction === "" ? "" : `.${digits.fraction}`}`);
  if (scale === undefined) return amount;
  const word = scale.toLowerCase();
  const key = word.endsWith(".") ? word.slice(0, -1) : word;
  const factor = Object.hasOwn(SCALES, key) ? SCALES[key] : undefined;
  if (factor === undefined) throw invalid(text, `unknown scale word "${scale}"`);
  return nok.multiply(amount, factor);
}

interface Context {
  readonly hasScale: boolean;
  readonly wholeKroner: boolean;
  readonly englishOrder: boolean;
}

/** Splits the digits at the decimal separator, checking thousands groups on the way. */
function splitNumber(text: string, number: string, context: Context): { integer: string; fraction: string } {
  const hasSpace = SPACE.test(number);
  const commas = count(number, ",");
  const dots = count(number, ".");
  let integer = number;
  let fraction = "";
  let groupSeparator: string | undefined = hasSpace ? " " : undefined;

  if (commas > 0 && dots > 0) {
    const decimal = number.lastIndexOf(",") > number.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    if (count(number, decimal) > 1) throw invalid(text, `"${decimal}" appears more than once`);
    if (hasSpace) throw invalid(text, `it mixes space and "${group}" as thousands separators`);
    if (context.wholeKroner) throw invalid(text, '",-" (whole kroner) cannot follow decimals');
    [integer, fraction] = splitAt(number, decimal);
    groupSeparator = group;
  } else if (commas + dots > 0) {
    const separator = commas > 0 ? "," : ".";
    if (commas + dots > 1 || context.wholeKroner) {
      if (hasSpace) throw invalid(text, `it mixes space and "${separator}" as thousands separators`);
      groupSeparator = separator;
    } else {
      const [before, after] = splitAt(number, separator);
      const threeAfterAGroup = !hasSpace && /^[1-9]\d{0,2}$/.test(before) && /^\d{3}$/.test(after);
      if (threeAfterAGroup && context.englishOrder && separator === ",") {
        groupSeparator = ",";
      } else if (threeAfterAGroup && !context.hasScale) {
        throw new MoneyError(
          "ambiguous_money",
          `Ambiguous money ${quoteText(text)}: "${separator}" before exactly three digits could separate decimals or thousands. ` +
            `Use an explicit format: "${before} ${after}" or "${before}${after}" for thousands, a scale word ("${before}${separator}${after} mill."), or money("${before}.${after}") for a decimal.`,
          text,
        );
      } else {
        [integer, fraction] = [before, after];
      }
    }
  }

  if (!/^\d*$/.test(fraction)) throw invalid(text, "the decimals may only be digits");
  if (groupSeparator === undefined) return { integer, fraction };
  const parts = integer.split(groupSeparator === " " ? SPACE : groupSeparator);
  const [first = "", ...rest] = parts;
  if (!/^\d{1,3}$/.test(first) || (first.startsWith("0") && rest.length > 0) || !rest.every((part) => /^\d{3}$/.test(part))) {
    throw invalid(text, "thousands groups must have exactly three digits after a first group of one to three");
  }
  return { integer: parts.join(""), fraction };
}

function splitAt(number: string, separator: string): [string, string] {
  const at = number.lastIndexOf(separator);
  return [number.slice(0, at), number.slice(at + 1)];
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function invalid(text: string, reason: string): MoneyError {
  return new MoneyError("invalid_money", `Invalid money ${quoteText(text)}: ${reason}`, text);
}
