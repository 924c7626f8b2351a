import { Decimal, nok, type LocalizedText } from "@opptrapping/core";
import { BudgetError } from "./paths.js";

/**
 * A price index by budget year, to express nominal kroner in the prices of a base year — for
 * instance the state budget's yearly wage and price adjustment (pris- og lønnsomregning),
 * chained into an index. Any scale works: only ratios are used.
 *
 * Real amount of `x` kroner of budget year `y`: `x · index[baseYear] / index[y]`.
 *
 * @example
 * ```ts
 * import type { BudgetDeflator } from "@opptrapping/indicators";
 * // Synthetic: 4 % a year from 2023.
 * const d: BudgetDeflator = { baseYear: 2023, index: { 2023: "100", 2024: "104", 2025: "108.16", 2026: "112.4864" } };
 * ```
 */
export interface BudgetDeflator {
  /** The price year real amounts are expressed in; the commitment is read in this year's kroner. */
  readonly baseYear: number;
  /** The index value of each budget year (positive, exact): a Decimal, a decimal string or a number. */
  readonly index: Readonly<Record<number, Decimal | string | number>>;
  /** What the index is, for the wording. @default { nb: "prisindeksen", en: "the price index" } */
  readonly label?: LocalizedText;
}

/**
 * A checked deflator: `toReal(amount, year)`.
 *
 * @example
 * ```ts
 * import { Decimal } from "@opptrapping/core";
 * import { resolveDeflator, type ResolvedDeflator } from "@opptrapping/indicators";
 * const d: ResolvedDeflator = resolveDeflator({ baseYear: 2023, index: { 2023: 100, 2026: 125 } });
 * d.toReal(new Decimal(520), 2026).toString(); // "416"
 * ```
 */
export interface ResolvedDeflator {
  readonly baseYear: number;
  readonly label: LocalizedText;
  readonly toReal: (amount: Decimal, year: number) => Decimal;
}

/**
 * Checks a deflator and gives its conversion; every problem is a `BudgetError` naming the
 * year (`invalid_deflator`, or `missing_deflator` when a year is converted that has no index).
 *
 * @example
 * ```ts
 * import { Decimal } from "@opptrapping/core";
 * import { resolveDeflator } from "@opptrapping/indicators";
 * resolveDeflator({ baseYear: 2023, index: { 2023: "100", 2024: "104" } }).toReal(new Decimal(104), 2024).toString(); // "100"
 * ```
 */
export function resolveDeflator(deflator: BudgetDeflator): ResolvedDeflator {
  if (!Number.isInteger(deflator.baseYear))
    throw new BudgetError("invalid_deflator", `deflator.baseYear must be a whole year, got ${deflator.baseYear}`, ["deflator", "baseYear"]);
  const index = new Map<number, Decimal>();
  for (const [key, raw] of Object.entries(deflator.index)) {
    const year = Number(key);
    if (!Number.isInteger(year)) throw new BudgetError("invalid_deflator", `deflator.index has a key that is not a year: "${key}"`, ["deflator", "index", key]);
    let value: Decimal;
    try {
      value = nok.of(raw);
    } catch (error) {
      throw new BudgetError("invalid_deflator", `deflator.index[${key}]: ${(error as Error).message}`, ["deflator", "index", key], { cause: error });
    }
    if (!value.isPositive() || value.isZero())
      throw new BudgetError("invalid_deflator", `deflator.index[${key}] must be above 0, got ${value.toString()}`, ["deflator", "index", key]);
    index.set(year, value);
  }
  const at = (year: number): Decimal => {
    const value = index.get(year);
    if (value === undefined)
      throw new BudgetError(
        "missing_deflator",
        `The deflator has no index value for ${year}; add deflator.index[${year}] to express its kroner in ${deflator.baseYear} prices.`,
        ["deflator", "index", String(year)],
      );
    return value;
  };
  const base = at(deflator.baseYear);
  return {
    baseYear: deflator.baseYear,
    label: deflator.label ?? { nb: "prisindeksen", en: "the price index" },
    toReal: (amount, year) => nok.divide(nok.multiply(amount, base), at(year)),
  };
}
