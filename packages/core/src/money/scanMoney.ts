// A hand-written, single-pass reader of the shape of an amount of money. It replaces a regular
// expression whose adjacent `\s*` runs and space-accepting digit class backtracked
// polynomially ("1" + 30 000 spaces + "x" took seconds): every character here is looked at a
// bounded number of times, so the time is linear in the length of the text.

/** The parts of an amount as written; each is the text as it appears, or undefined when absent. */
export interface MoneyParts {
  readonly sign1: string | undefined;
  readonly prefix: string | undefined;
  readonly sign2: string | undefined;
  readonly number: string;
  readonly whole: string | undefined;
  readonly scale: string | undefined;
  readonly suffix: string | undefined;
}

// In the order a reader should try them: a longer form before its prefix ("mrd." before "mrd").
const SCALE_WORDS = [
  "mrd.", "mrd", "milliarder", "milliard", "billions", "billion", "bn",
  "mill.", "mill", "millioner", "millions", "million", "mn", "m",
  "tusen", "thousands", "thousand", "k",
] as const;
const SUFFIX_WORDS = ["kr.", "kr", "kroner", "krone", "nok"] as const;

/** JavaScript's `\s` (and what `String.prototype.trim` removes): WhiteSpace and LineTerminator. */
export function isJsSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSign = (c: number): boolean => c === 45 || c === 0x2212;
// The characters allowed inside a number: digits, space, U+00A0, U+202F, dot and comma.
const isNumberChar = (c: number): boolean => isDigit(c) || c === 32 || c === 0xa0 || c === 0x202f || c === 46 || c === 44;

/** Whether `text` has `word` (lower-case ASCII) at `at`, ignoring ASCII case. */
function hasWordAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    let c = text.charCodeAt(at + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && isJsSpace(text.charCodeAt(at))) at++;
  return at;
}

/** The suffix that is all of `text[at…]` after spaces, "" for none left, undefined when something else is there. */
function suffixAt(text: string, at: number): string | undefined {
  const from = skipSpace(text, at);
  if (from === text.length) return "";
  for (const word of SUFFIX_WORDS) if (from + word.length === text.length && hasWordAt(text, from, word)) return text.slice(from);
  return undefined;
}

/**
 * Splits trimmed text into sign, currency, number, `,-`, scale word and currency, as
 * `parseMoney` accepts them: `[sign] [kr|kr.|nok] [sign] digits[ separators digits] [,-] [scale] [kr|kr.|kroner|krone|nok]`
 * with any JavaScript whitespace between the parts and ASCII case ignored in the words.
 * Undefined when the text has another shape.
 */
export function scanMoney(text: string): MoneyParts | undefined {
  const n = text.length;
  let at = 0;
  let sign1: string | undefined;
  let prefix: string | undefined;
  let sign2: string | undefined;
  if (at < n && isSign(text.charCodeAt(at))) sign1 = text[at++];
  at = skipSpace(text, at);
  if (hasWordAt(text, at, "kr")) {
    const length = text.charCodeAt(at + 2) === 46 ? 3 : 2;
    prefix = text.slice(at, at + length);
    at = skipSpace(text, at + length);
  } else if (hasWordAt(text, at, "nok")) {
    prefix = text.slice(at, at + 3);
    at = skipSpace(text, at + 3);
  }
  if (at < n && isSign(text.charCodeAt(at))) sign2 = text[at++];
  at = skipSpace(text, at);

  // The number: from a digit to the last digit of the run of number characters that follows
  // (what comes after it has no digits, so it can only end there).
  if (at >= n || !isDigit(text.charCodeAt(at))) return undefined;
  const numberStart = at;
  let lastDigit = at;
  while (at < n && isNumberChar(text.charCodeAt(at))) {
    if (isDigit(text.charCodeAt(at))) lastDigit = at;
    at++;
  }
  at = lastDigit + 1;
  const number = text.slice(numberStart, at);

  let whole: string | undefined;
  if (text.charCodeAt(at) === 44 && (text.charCodeAt(at + 1) === 45 || text.charCodeAt(at + 1) === 0x2013)) {
    whole = text.slice(at, at + 2);
    at += 2;
  }
  at = skipSpace(text, at);

  for (const word of SCALE_WORDS) {
    if (!hasWordAt(text, at, word)) continue;
    const suffix = suffixAt(text, at + word.length);
    if (suffix !== undefined) return { sign1, prefix, sign2, number, whole, scale: text.slice(at, at + word.length), suffix: suffix === "" ? undefined : suffix };
  }
  const suffix = suffixAt(text, at);
  if (suffix === undefined) return undefined;
  return { sign1, prefix, sign2, number, whole, scale: undefined, suffix: suffix === "" ? undefined : suffix };
}
