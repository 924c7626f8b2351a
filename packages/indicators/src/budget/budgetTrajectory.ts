import {
  Decimal,
  OpptrappingError,
  deepFreeze,
  nok,
  parsePeriod,
  periodBounds,
  type Commitment,
  type DeepReadonly,
  type PlanData,
  type SourceRef,
} from "@opptrapping/core";
import { resolveAsOf } from "../assess.js";

/**
 * The expected cumulative permanent increase by the end of each budget year: `"linear"`
 * (equal steps each budget year from the first to the last of the commitment), a list of
 * `{ year, cumulative }` points (amounts as Decimal or decimal strings; years between points
 * are interpolated linearly, years before the first are 0), or a function of the year.
 */
export type BudgetPath =
  | "linear"
  | readonly { readonly year: number; readonly cumulative: Decimal | string }[]
  | ((year: number, commitment: DeepReadonly<Commitment>) => Decimal);

/** Options of {@link budgetTrajectory}. */
export interface BudgetTrajectoryOptions {
  /** ISO date or period string; the budget for a year counts from 1 January of that year. */
  readonly asOf: string;
  /** @default "linear" */
  readonly path?: BudgetPath;
}

/** Where the money commitment stands, all amounts exact. */
export interface BudgetTrajectory {
  readonly asOf: string;
  /** The latest budget year in force as of the date. */
  readonly budgetYear: number;
  readonly commitment: { readonly amount: Decimal; readonly atLeast: boolean; readonly startYear: number; readonly endYear: number };
  /** The cumulative permanent increase: the latest report if there is one, else the sum of permanent allocations. */
  readonly actual: Decimal;
  readonly basis: "reported" | "allocations";
  /** The latest reported cumulative amount as of the date, with its source. */
  readonly reported: { readonly asOf: string; readonly cumulative: Decimal; readonly sources: readonly SourceRef[] } | null;
  /** The sum of allocations marked permanent with a budget year up to `budgetYear`. */
  readonly permanentAllocations: Decimal;
  /** The amount the path expects by the end of `budgetYear`. */
  readonly expected: Decimal;
  /** `actual − expected`: positive when ahead of the path. */
  readonly gap: Decimal;
  /** `amount − actual`, never below 0. */
  readonly remaining: Decimal;
  /** Share of the commitment reached, 0–1 (a number, rounded to 4 decimals). */
  readonly share: number;
  readonly onTrack: boolean;
  /** The expected cumulative amount for every budget year of the commitment. */
  readonly path: readonly { readonly year: number; readonly expected: Decimal }[];
}

/** Thrown when the plan has no money commitment or a path is malformed. */
export class BudgetError extends OpptrappingError {}

/**
 * Compares the cumulative permanent increase with the commitment's path (NOK 3 bn by 2033,
 * linear by default) as of a date: expected amount, gap in NOK, on-track flag; all in decimal.
 *
 * @example
 * ```ts
 * import { budgetTrajectory } from "@opptrapping/indicators";
 * import { plan } from "@opptrapping/psykisk-helse";
 * const b = budgetTrajectory(plan(), { asOf: "2026-01" });
 * b.actual.toString(); // "1200000000"
 * b.onTrack; // true
 * ```
 */
export function budgetTrajectory(plan: Pick<PlanData, "commitment" | "allocations">, options: BudgetTrajectoryOptions): BudgetTrajectory {
  const c = plan.commitment;
  if (!c) throw new BudgetError("no_commitment", "The plan states no money commitment, so there is no trajectory to compute.", ["commitment"]);
  const asOf = resolveAsOf(options.asOf);
  const budgetYear = Number(asOf.slice(0, 4));
  const expectedBy = pathFunction(options.path ?? "linear", c);
  const years: { year: number; expected: Decimal }[] = [];
  for (let y = c.startYear; y <= c.endYear; y++) years.push({ year: y, expected: expectedBy(y) });
  const expected = budgetYear < c.startYear ? nok.zero() : budgetYear > c.endYear ? expectedBy(c.endYear) : expectedBy(budgetYear);

  const reports = c.reported
    .map((r) => ({ r, end: periodBounds(parsePeriod(r.asOf)).end }))
    .filter(({ end }) => end <= asOf)
    .sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
  const latest = reports.at(-1)?.r;
  const permanentAllocations = nok.sum(
    plan.allocations.filter((a) => a.permanence === "permanent" && a.budgetYear !== undefined && a.budgetYear <= budgetYear).map((a) => a.amount),
  );
  const actual = latest ? latest.cumulative : permanentAllocations;
  const gap = nok.subtract(actual, expected);
  const remaining = nok.max(nok.zero(), nok.subtract(c.amount, actual));
  return deepFreeze({
    asOf,
    budgetYear,
    commitment: { amount: c.amount, atLeast: c.atLeast, startYear: c.startYear, endYear: c.endYear },
    actual,
    basis: latest ? ("reported" as const) : ("allocations" as const),
    reported: latest ? { asOf: latest.asOf, cumulative: latest.cumulative, sources: latest.sources } : null,
    permanentAllocations,
    expected,
    gap,
    remaining,
    share: nok.isZero(c.amount) ? 0 : nok.toNumber(nok.round(nok.divide(actual, c.amount), 4)),
    onTrack: !nok.isNegative(gap),
    path: years,
  });
}

function pathFunction(path: BudgetPath, c: DeepReadonly<Commitment>): (year: number) => Decimal {
  if (path === "linear") {
    const steps = c.endYear - c.startYear + 1;
    return (year) => (year < c.startYear ? nok.zero() : nok.divide(nok.multiply(c.amount, Math.min(year, c.endYear) - c.startYear + 1), steps));
  }
  if (typeof path === "function") {
    return (year) => {
      const value = path(year, c);
      if (!Decimal.isDecimal(value) || !value.isFinite())
        throw new BudgetError("invalid_path", `The custom path returned ${Decimal.isDecimal(value) ? `Decimal(${value.toString()})` : "a non-Decimal"} for ${year}; expected a finite Decimal.`, ["path"]);
      return nok.of(value);
    };
  }
  const points = path.map((p, i) => {
    if (!Number.isInteger(p.year)) throw new BudgetError("invalid_path", `path[${i}].year must be a whole year, got ${p.year}`, ["path", i, "year"]);
    let cumulative: Decimal;
    try {
      cumulative = nok.of(p.cumulative);
    } catch (error) {
      throw new BudgetError("invalid_path", `path[${i}].cumulative: ${(error as Error).message}`, ["path", i, "cumulative"], { cause: error });
    }
    return { year: p.year, cumulative };
  });
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (prev && p.year <= prev.year) throw new BudgetError("invalid_path", `path years must increase: ${prev.year} then ${p.year}`, ["path", i, "year"]);
  });
  if (points.length === 0) throw new BudgetError("invalid_path", "a custom path needs at least one point", ["path"]);
  return (year) => {
    const first = points[0]!;
    if (year < first.year) return nok.zero();
    const after = points.findIndex((p) => p.year >= year);
    if (after === -1) return points.at(-1)!.cumulative;
    const hi = points[after]!;
    if (hi.year === year || after === 0) return hi.cumulative;
    const lo = points[after - 1]!;
    return nok.add(lo.cumulative, nok.divide(nok.multiply(nok.subtract(hi.cumulative, lo.cumulative), year - lo.year), hi.year - lo.year));
  };
}
