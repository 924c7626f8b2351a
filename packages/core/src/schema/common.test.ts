import type { z } from "zod";
import { describe, expect, expectTypeOf, it } from "vitest";
import { Decimal } from "../money/index.js";
import { idSchema, localizedTextSchema, moneySchema, periodStringSchema, sourcesSchema, yearSchema } from "./common.js";

/** The first issue of a failed parse, with its code as parsePlan reports it. */
function firstIssue(schema: z.ZodType, value: unknown): { code: string; message: string } {
  const issue = schema.safeParse(value).error?.issues[0];
  if (!issue) throw new Error("expected the value to be rejected");
  const code = issue.code === "custom" && typeof issue.params?.["code"] === "string" ? issue.params["code"] : issue.code;
  return { code, message: issue.message };
}

describe("moneySchema", () => {
  it("reads a decimal string, a number and a Decimal as an exact Decimal", () => {
    const fromString = moneySchema.parse("60000000");
    const fromNumber = moneySchema.parse(60000000);
    expect(fromString).toBeInstanceOf(Decimal);
    expect(fromString.equals(6e7)).toBe(true);
    expect(fromNumber.equals(6e7)).toBe(true);
    expect(moneySchema.parse(new Decimal("1.005")).toString()).toBe("1.005");
    expect(moneySchema.parse("0.1").plus(moneySchema.parse("0.2")).toString()).toBe("0.3");
    expect(moneySchema.parse("12345678901234567890.12").toString()).toBe("12345678901234567890.12");
    expect(moneySchema.parse(0).toString()).toBe("0");
  });

  it.each([
    ["-5", "money must not be negative, got -5"],
    [-0.01, "money must not be negative, got -0.01"],
    [new Decimal("-1"), "money must not be negative, got -1"],
  ])("rejects the negative amount %s as negative_money", (value, message) => {
    expect(firstIssue(moneySchema, value)).toEqual({ code: "negative_money", message });
  });

  it("accepts negative zero as zero", () => {
    expect(moneySchema.parse(-0).isNegative()).toBe(false);
  });

  it.each([
    ["12,3,4", 'Invalid money "12,3,4": expected a plain decimal literal such as "1200000000" or "-5.25"'],
    ["abc", 'Invalid money "abc": expected a plain decimal literal such as "1200000000" or "-5.25"'],
    ["1e6", 'Invalid money "1e6": expected a plain decimal literal such as "1200000000" or "-5.25"'],
    ["", 'Invalid money "": expected a plain decimal literal such as "1200000000" or "-5.25"'],
    [Number.NaN, "Invalid money NaN: numbers must be finite"],
    [Number.POSITIVE_INFINITY, "Invalid money Infinity: numbers must be finite"],
    [Number.NEGATIVE_INFINITY, "Invalid money -Infinity: numbers must be finite"],
    [new Decimal(Number.NaN), "Invalid money Decimal(NaN): amounts must be finite"],
  ])("rejects %s as invalid_money", (value, message) => {
    expect(firstIssue(moneySchema, value)).toEqual({ code: "invalid_money", message });
  });

  it.each([[true], [null], [undefined], [{ amount: 5 }], [[5]]])("rejects %j, which is no amount at all, as invalid_type", (value) => {
    expect(firstIssue(moneySchema, value)).toEqual({
      code: "invalid_type",
      message: "expected an amount: a decimal string, a finite number or a Decimal",
    });
  });

  it("takes a string, number or Decimal and gives a Decimal", () => {
    expectTypeOf<z.input<typeof moneySchema>>().toEqualTypeOf<string | number | Decimal>();
    expectTypeOf<z.output<typeof moneySchema>>().toEqualTypeOf<Decimal>();
  });
});

describe("periodStringSchema", () => {
  it.each(["2025", "2025T3", "2025Q4", "2025H2", "2025-06", "2025-06-15", "2024/25", "2023/2033", "2025-06/2025-12"])("accepts %s", (value) => {
    expect(periodStringSchema.parse(value)).toBe(value);
  });

  it("rejects 2025T4 as invalid_period, with the period parser's message", () => {
    expect(firstIssue(periodStringSchema, "2025T4")).toEqual({
      code: "invalid_period",
      message: 'Invalid period "2025T4": tertial must be 1–3 (forms: 2025, 2025H2, 2025T2, 2025Q3, 2025W07, 2025-06, 2025-06-15, 2024/25, and ranges like 2025-06/2025-12)',
    });
  });

  it.each(["2025M06", "2025-13", "2026/2025", "soon"])("rejects %s as invalid_period", (value) => {
    expect(firstIssue(periodStringSchema, value).code).toBe("invalid_period");
  });

  it("rejects a non-string as invalid_type", () => {
    expect(firstIssue(periodStringSchema, 2025).code).toBe("invalid_type");
  });
});

describe("idSchema", () => {
  it.each(["A2", "R5", "R5.phbu", "hdir", "M.ips_2", "x:y-z", "5R", "000007SF", "0"])("accepts %s", (id) => {
    expect(idSchema.parse(id)).toBe(id);
  });

  it.each(["", "-5", "_x", "__proto__", "R 5", "R5/phbu", "Å1"])("rejects %j", (id) => {
    expect(firstIssue(idSchema, id)).toEqual({
      code: "invalid_format",
      message: "ids start with a letter or digit and contain only letters, digits, '.', '_', ':' or '-'",
    });
  });
});

describe("other common schemas", () => {
  it("requires bokmål in a localized text and rejects other languages", () => {
    expect(localizedTextSchema.parse({ nb: "Mål", nn: "Mål", en: "Goal" })).toEqual({ nb: "Mål", nn: "Mål", en: "Goal" });
    expect(firstIssue(localizedTextSchema, { en: "Goal" }).code).toBe("invalid_type");
    expect(firstIssue(localizedTextSchema, { nb: "Mål", se: "Ulbmil" }).code).toBe("unrecognized_keys");
    expect(firstIssue(localizedTextSchema, { nb: "" }).code).toBe("too_small");
  });

  it("requires at least one source", () => {
    expect(firstIssue(sourcesSchema, [])).toEqual({ code: "too_small", message: "cite at least one source" });
    expect(sourcesSchema.parse([{ doc: "S.letter", section: "§2" }])).toEqual([{ doc: "S.letter", section: "§2" }]);
  });

  it("takes whole years from 1900 to 2199", () => {
    expect(yearSchema.parse(1900)).toBe(1900);
    expect(yearSchema.parse(2199)).toBe(2199);
    expect(yearSchema.safeParse(1899).success).toBe(false);
    expect(yearSchema.safeParse(2200).success).toBe(false);
    expect(yearSchema.safeParse(2025.5).success).toBe(false);
    expect(yearSchema.safeParse("2025").success).toBe(false);
  });
});
