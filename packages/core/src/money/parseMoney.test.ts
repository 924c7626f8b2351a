import { describe, expect, it } from "vitest";
import { MoneyError } from "./MoneyError.js";
import { MAX_MONEY_TEXT_LENGTH, parseMoney } from "./parseMoney.js";

function rejection(text: string): MoneyError {
  try {
    parseMoney(text);
  } catch (error) {
    expect(error).toBeInstanceOf(MoneyError);
    return error as MoneyError;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

describe("parseMoney", () => {
  it.each([
    ["1,2 mrd. kr", "1200000000"],
    ["1,2 mrd. kroner", "1200000000"],
    ["3 mrd. kroner", "3000000000"],
    ["60 mill. kr", "60000000"],
    ["300 millioner kroner", "300000000"],
    ["13 millioner", "13000000"],
    ["150 mill. kroner", "150000000"],
    ["NOK 3 bn", "3000000000"],
    ["NOK 1.2 billion", "1200000000"],
    ["NOK 60 million", "60000000"],
    ["kr 1 234 567,50", "1234567.5"],
    ["1 234 567,50 kr", "1234567.5"],
    ["1\u00A0234\u00A0567,50 kr", "1234567.5"],
    ["1\u202F234\u202F567,50 kr", "1234567.5"],
    ["kr\u00A01\u202F234\u00A0567,50", "1234567.5"],
    ["37,5", "37.5"],
    ["\u22125", "-5"],
    ["-5", "-5"],
    ["1.234.567,50", "1234567.5"],
    ["1,234,567.50", "1234567.5"],
    ["kr 37,50", "37.5"],
  ])("reads %j as %s", (text, expected) => {
    expect(parseMoney(text).toString()).toBe(expected);
  });

  it.each([
    ["5 milliarder", "5000000000"],
    ["2 milliard", "2000000000"],
    ["4 mrd", "4000000000"],
    ["7 mill", "7000000"],
    ["NOK 2 mn", "2000000"],
    ["NOK 60m", "60000000"],
    ["13 MNOK", "13000000"],
    ["250 tusen kroner", "250000"],
    ["NOK 5 thousand", "5000"],
    ["5k", "5000"],
    ["1,234 mrd. kr", "1234000000"],
    ["NOK 1.234 billion", "1234000000"],
  ])("reads the scale word in %j (%s)", (text, expected) => {
    expect(parseMoney(text).toString()).toBe(expected);
  });

  it.each([
    ["  60 mill. kr  ", "60000000"],
    ["-NOK 5", "-5"],
    ["NOK -5", "-5"],
    ["\u22121,2 mrd. kr", "-1200000000"],
    ["kr \u221237,50", "-37.5"],
    ["1200000000", "1200000000"],
    ["0,125", "0.125"],
    ["1234,567", "1234.567"],
    ["1 234,567", "1234.567"],
    ["kr 1.234,-", "1234"],
    ["37,- kr", "37"],
    ["1.234.567", "1234567"],
    ["1,234,567", "1234567"],
    ["-0", "0"],
    ["9 007 199 254 740 993 kr", "9007199254740993"],
  ])("reads %j as %s", (text, expected) => {
    expect(parseMoney(text).toString()).toBe(expected);
  });

  it("reads a comma before three digits as thousands in English order (NOK first)", () => {
    expect(parseMoney("NOK 1,234").toString()).toBe("1234");
    expect(parseMoney("-NOK 850,000").toString()).toBe("-850000");
    expect(parseMoney("NOK 1,000 billion").toString()).toBe("1000000000000");
    expect(parseMoney("NOK 1,5 mrd.").toString()).toBe("1500000000");
  });

  it.each(["1,234", "1.234", "kr 1.234", "1,234 kr", "37,500", "NOK 1.234"])(
    "rejects %j as ambiguous, asking for an explicit format",
    (text) => {
      const error = rejection(text);
      expect(error.code).toBe("ambiguous_money");
      expect(error.input).toBe(text);
      expect(error.message).toContain(`Ambiguous money ${JSON.stringify(text)}`);
      expect(error.message).toContain("explicit format");
    },
  );

  it("explains the ambiguity of 1,234", () => {
    expect(rejection("1,234").message).toBe(
      'Ambiguous money "1,234": "," before exactly three digits could separate decimals or thousands. ' +
        'Use an explicit format: "1 234" or "1234" for thousands, a scale word ("1,234 mill."), or money("1.234") for a decimal.',
    );
  });

  const GROUPS = "thousands groups must have exactly three digits after a first group of one to three";
  const SHAPE =
    'expected an amount such as "1,2 mrd. kr", "NOK 60 million", "kr 1 234 567,50" or "1.234.567,50"';
  it.each([
    ["12,3,4", GROUPS],
    ["1,2,3 mrd.", GROUPS],
    ["1 23", GROUPS],
    ["0.123.456", GROUPS],
    ["", SHAPE],
    ["   ", SHAPE],
    ["kr", SHAPE],
    ["3 bn kr kr", SHAPE],
    ["abc", SHAPE],
    ["NaN", SHAPE],
    ["Infinity", SHAPE],
    ["1e6", SHAPE],
    ["5 mrd. mill.", SHAPE],
    ["kr 5 kr", "it names the currency twice"],
    ["-kr -5", "it has two signs"],
    ["1,5,- kr", GROUPS],
    ["37,- mill.", '",-" (whole kroner) cannot take a scale word'],
    ["1.234,5.6", '"." appears more than once'],
    ["1 234.567,5", 'it mixes space and "." as thousands separators'],
    ["1 234,567,890", 'it mixes space and "," as thousands separators'],
  ])("rejects %j quoting it", (text, reason) => {
    const error = rejection(text);
    expect(error.code).toBe("invalid_money");
    expect(error.input).toBe(text);
    expect(error.message).toBe(`Invalid money ${JSON.stringify(text)}: ${reason}`);
  });

  it("rejects input that is not text", () => {
    const error = rejection(42 as unknown as string);
    expect(error.message).toBe("Invalid money 42: parseMoney expects text");
  });
});

describe("parseMoney: hostile text", () => {
  // Regression (issue 15, item 4): the old regular expression backtracked on a long run of
  // spaces — this input took 4–6 s. Now it is refused by length before any parsing.
  it("refuses text longer than MAX_MONEY_TEXT_LENGTH as money_too_long, quoting only its start", () => {
    const text = `1${" ".repeat(30_000)}x`;
    const error = rejection(text);
    expect(error.code).toBe("money_too_long");
    expect(error.input).toBe(text);
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toContain("30002 characters");
  });

  it("reads text of exactly MAX_MONEY_TEXT_LENGTH characters, and refuses one more", () => {
    expect(MAX_MONEY_TEXT_LENGTH).toBe(256);
    const padded = (n: number) => `${" ".repeat(n - 4)}5 kr`;
    expect(parseMoney(padded(256)).toString()).toBe("5");
    expect(rejection(padded(257)).code).toBe("money_too_long");
  });

  it("rejects every short space-run shape the old pattern backtracked on, cleanly", () => {
    for (const text of [`1${" ".repeat(250)}x`, `kr${" ".repeat(250)}`, `1${"\u00A0".repeat(250)}1x`, `1${", ".repeat(120)}x`, `- ${"\t".repeat(250)}1 y`])
      expect(rejection(text).code).toBe("invalid_money");
  });

  it("reads whitespace of every JavaScript kind between the parts, as the pattern's \\s did", () => {
    expect(parseMoney("\u2003-\u3000kr\u20285\uFEFFmill.").toString()).toBe("-5000000");
    expect(parseMoney("5\u205Fmill.\u2028kr\u3000").toString()).toBe("5000000");
  });

  it("ignores only ASCII case in words (the Kelvin sign is not a k)", () => {
    expect(parseMoney("5 K").toString()).toBe("5000");
    expect(rejection("5 \u212A").code).toBe("invalid_money");
  });

  it("looks scale words up as own keys only", () => {
    for (const text of ["5 constructor", "5 __proto__", "5 toString"]) expect(rejection(text).code).toBe("invalid_money");
  });

  it("describes non-text input without calling its methods", () => {
    const hostile = { toString: () => { throw new Error("called"); } };
    expect(rejection(hostile as unknown as string).message).toBe("Invalid money (object): parseMoney expects text");
    expect(rejection((() => 1) as unknown as string).message).toBe("Invalid money (function): parseMoney expects text");
  });
});
