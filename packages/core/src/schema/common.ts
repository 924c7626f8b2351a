import * as z from "zod";
import type { DeepReadonly } from "../deepReadonly.js";
import { Decimal, money } from "../money/index.js";
import { safeParsePeriod } from "../period/index.js";

/**
 * Stable identifier of an entity, e.g. `A2`, `R5`, `R5.phbu`, `hdir`. A leading digit is allowed
 * so producers' own codes can be ids as they are (SCB's content code `000007SF`, BFS's `0`–`3`).
 */
export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, {
    message: "ids start with a letter or digit and contain only letters, digits, '.', '_', ':' or '-'",
  });

/** A title or text in Norwegian bokmål (`nb`, required), nynorsk (`nn`) and English (`en`). */
export const localizedTextSchema = z.strictObject({
  nb: z.string().min(1),
  nn: z.string().min(1).optional(),
  en: z.string().min(1).optional(),
});
/** Text in bokmål, with optional nynorsk and English. */
export type LocalizedText = DeepReadonly<z.infer<typeof localizedTextSchema>>;

/**
 * Where a fact comes from: a source document of the plan (`doc` is a `Source` id) and the
 * place in it — a section (`§2-waiting`), a slide title, or a page — plus an optional note
 * in our own words (never a quote).
 */
export const sourceRefSchema = z.strictObject({
  doc: idSchema,
  section: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});
/** A reference to a source document and the place in it. */
export type SourceRef = DeepReadonly<z.infer<typeof sourceRefSchema>>;

/** Every entity cites at least one source. */
export const sourcesSchema = z.array(sourceRefSchema).min(1, { message: "cite at least one source" });

/** A period string in canonical form (`2025`, `2025T2`, `2025-06`, `2024/25`, `2025-06/2025-12`…). */
export const periodStringSchema = z.string().superRefine((value, ctx) => {
  const result = safeParsePeriod(value);
  if (!result.success) ctx.addIssue({ code: "custom", message: result.error.message, params: { code: "invalid_period" } });
});

/** A calendar year as a whole number. */
export const yearSchema = z.number().int().min(1900).max(2199);

/**
 * An amount of NOK: a Decimal, a decimal string (`"60000000"`) or a finite number.
 * Parsed to an exact Decimal; negative amounts are rejected.
 */
export const moneySchema = z
  // One custom check rather than a union: a union rejects NaN and Infinity as "expected string",
  // where `money` says what is wrong with the amount (invalid_money).
  .custom<string | number | Decimal>((v) => typeof v === "string" || typeof v === "number" || Decimal.isDecimal(v), {
    message: "expected an amount: a decimal string, a finite number or a Decimal",
    params: { code: "invalid_type" },
  })
  .transform((value, ctx) => {
    try {
      const amount = money(value);
      if (amount.isNegative()) {
        ctx.addIssue({ code: "custom", message: `money must not be negative, got ${amount.toString()}`, params: { code: "negative_money" } });
        return z.NEVER;
      }
      return amount;
    } catch (error) {
      ctx.addIssue({ code: "custom", message: (error as Error).message, params: { code: "invalid_money" } });
      return z.NEVER;
    }
  });
