import {
  Decimal,
  deepFreeze,
  nok,
  parsePeriod,
  periodBounds,
  type Commitment,
  type DeepReadonly,
  type LocalizedText,
  type PlanData,
  type SourceClaim,
  type SourceRef,
} from "@opptrapping/core";
import { resolveAsOf } from "../assess.js";
import { resolveDeflator, type BudgetDeflator, type ResolvedDeflator } from "./deflator.js";
import {
  BudgetError,
  resolvePath,
  standardBudgetPaths,
  toSpec,
  type BudgetPath,
  type BudgetPathDescription,
  type BudgetPathSpec,
  type ResolvedPath,
} from "./paths.js";
import { budgetWording } from "./wording.js";

/**
 * The default reading of "om lag" (about): ±5 % of the stated figure.
 *
 * @example
 * ```ts
 * import { DEFAULT_ABOUT_TOLERANCE } from "@opptrapping/indicators";
 * DEFAULT_ABOUT_TOLERANCE; // "0.05"
 * ```
 */
export const DEFAULT_ABOUT_TOLERANCE = "0.05";

/**
 * Options of {@link budgetTrajectory}.
 *
 * @example
 * ```ts
 * import type { BudgetTrajectoryOptions } from "@opptrapping/indicators";
 * const options: BudgetTrajectoryOptions = { asOf: "2026-01-19", path: { kind: "equalSteps", from: 2024, to: 2033 }, aboutTolerance: "0.1" };
 * ```
 */
export interface BudgetTrajectoryOptions {
  /**
   * ISO date or period string (a period counts from its last day). Any date is accepted,
   * also after the commitment's last year (the full amount is expected from then on). The
   * budget of a year counts from 1 January of that year.
   */
  readonly asOf: string;
  /**
   * The assumed phase-in (see {@link BudgetPathSpec}); the sources leave it to each year's budget.
   * @default equal steps over the commitment's years ("linear": 11 equal steps 2023–2033)
   */
  readonly path?: BudgetPath;
  /**
   * The readings the verdict is also computed under (the sensitivity table). The default path
   * always comes first; duplicates of it are dropped.
   * @default standardBudgetPaths(commitment)
   */
  readonly alternatives?: readonly BudgetPath[];
  /**
   * How wide "om lag" (about) is read: a share of the stated figure, 0 ≤ t < 1.
   * @default "0.05" (±5 %)
   */
  readonly aboutTolerance?: Decimal | string | number;
  /** A price index; with it, the calculation is also made in real terms (see {@link BudgetDeflator}). */
  readonly deflator?: BudgetDeflator;
}

/**
 * An amount known only within bounds; `high: null` means no upper bound ("minst").
 *
 * @example
 * ```ts
 * import { Decimal } from "@opptrapping/core";
 * import type { MoneyRange } from "@opptrapping/indicators";
 * const aboutOnePointTwo: MoneyRange = { low: new Decimal("1140000000"), high: new Decimal("1260000000") };
 * ```
 */
export interface MoneyRange {
  readonly low: Decimal;
  readonly high: Decimal | null;
}

/**
 * How an amount stands against a path: `onTrack` when even its low end reaches the path,
 * `behind` when even its high end falls short, `undetermined` when the range straddles it.
 *
 * @example
 * ```ts
 * import type { BudgetVerdict } from "@opptrapping/indicators";
 * const v: BudgetVerdict = "undetermined";
 * ```
 */
export type BudgetVerdict = "onTrack" | "behind" | "undetermined";

/**
 * What a source states about the money so far: its words, its reading as a range, its own verdict.
 *
 * @example
 * ```ts
 * import { budgetTrajectory, type BudgetClaim } from "@opptrapping/indicators";
 * import { plan } from "@opptrapping/psykisk-helse";
 * const claim: BudgetClaim | null = budgetTrajectory(plan(), { asOf: "2026-01-19" }).claim;
 * claim?.words; // "omlag 1,2 mrd. kroner"
 * ```
 */
export interface BudgetClaim {
  readonly kind: "claim";
  /** The report's date as the data gives it. */
  readonly asOf: string;
  /** The day the report counts from (the last day of `asOf`). */
  readonly countsFrom: string;
  /** The source's words, e.g. `om lag 1,2 mrd. kroner`; null when the data keeps none. */
  readonly words: string | null;
  readonly qualifier: SourceClaim["qualifier"];
  /** The figure as stated. */
  readonly stated: Decimal;
  /** The qualifier read as a range: "about" is `stated · (1 ± tolerance)`. */
  readonly range: MoneyRange;
  /** The tolerance used for "about"; null for other qualifiers. */
  readonly tolerance: Decimal | null;
  /** Whether the source itself says it is on track; null when it does not say. */
  readonly claimedOnTrack: boolean | null;
  /** What else the source leaves uncertain. */
  readonly uncertainty: LocalizedText | null;
  readonly sources: readonly SourceRef[];
}

/**
 * The library's own calculation on one path and price basis — never the source's word.
 * `unknown` when there is no report and no allocation whose permanence is known.
 *
 * @example
 * ```ts
 * import type { BudgetCalculation } from "@opptrapping/indicators";
 * const describe = (c: BudgetCalculation) => (c.kind === "unknown" ? c.explanation.en : `${c.verdict} (${c.basis})`);
 * ```
 */
export type BudgetCalculation =
  | {
      readonly kind: "unknown";
      readonly prices: "nominal" | "real";
      readonly reason: "noReportNoKnownPermanence";
      readonly explanation: LocalizedText;
    }
  | {
      readonly kind: "computed";
      readonly prices: "nominal" | "real";
      /** `reported`: the latest claim, read as a range; `allocations`: permanent allocations, plus those of unknown permanence as the upper bound. */
      readonly basis: "reported" | "allocations";
      readonly actual: MoneyRange;
      /** The path's id (see `assumption.path`). */
      readonly pathId: string;
      /** Expected by the end of the budget year on the path. */
      readonly expected: Decimal;
      /** `actual − expected`, as a range (positive = ahead). */
      readonly gap: MoneyRange;
      readonly verdict: BudgetVerdict;
    };

/**
 * The verdict under one reading of the phase-in.
 *
 * @example
 * ```ts
 * import { budgetTrajectory, type BudgetSensitivityRow } from "@opptrapping/indicators";
 * import { plan } from "@opptrapping/psykisk-helse";
 * const rows: readonly BudgetSensitivityRow[] = budgetTrajectory(plan(), { asOf: "2026-01-19" }).sensitivity;
 * rows.map((r) => `${r.path.label.en}: ${r.verdict}`);
 * ```
 */
export interface BudgetSensitivityRow {
  readonly path: BudgetPathDescription;
  /** Whether this is the reading `calculation` uses. */
  readonly isDefault: boolean;
  /** Expected (nominal, or in base-year kroner for the real verdict) by the end of the budget year. */
  readonly expected: Decimal;
  readonly verdict: BudgetVerdict | "unknown";
  /** The verdict in real terms; null without a deflator. */
  readonly realVerdict: BudgetVerdict | "unknown" | null;
}

/**
 * The price basis of the calculation.
 *
 * @example
 * ```ts
 * import type { BudgetPrices } from "@opptrapping/indicators";
 * const isReal = (p: BudgetPrices) => p.basis === "nominalAndReal";
 * ```
 */
export type BudgetPrices =
  | { readonly basis: "nominal"; readonly caveat: LocalizedText }
  | { readonly basis: "nominalAndReal"; readonly baseYear: number; readonly index: LocalizedText; readonly caveat: LocalizedText };

/**
 * Where the money commitment stands: the source's claim and the library's calculation, apart.
 *
 * @example
 * ```ts
 * import { budgetTrajectory, type BudgetTrajectory } from "@opptrapping/indicators";
 * import { plan } from "@opptrapping/psykisk-helse";
 * const b: BudgetTrajectory = budgetTrajectory(plan(), { asOf: "2026-01-19" });
 * b.wording.assumption.nb; // "Antakelse: kildene fastsetter ikke innfasingen …"
 * ```
 */
export interface BudgetTrajectory {
  /** The date, as an ISO day. */
  readonly asOf: string;
  /** The latest budget year in force on that day. */
  readonly budgetYear: number;
  readonly commitment: { readonly amount: Decimal; readonly atLeast: boolean; readonly startYear: number; readonly endYear: number };
  /** The latest report counting by `asOf`, as the source states it; null when there is none. */
  readonly claim: BudgetClaim | null;
  /** The calculation on the default path, in nominal kroner. */
  readonly calculation: BudgetCalculation;
  /** The same in real kroner (base-year prices); null without a deflator. */
  readonly realCalculation: BudgetCalculation | null;
  /** The assumption the calculation rests on: the path, which the sources do not fix. */
  readonly assumption: { readonly path: BudgetPathDescription; readonly fixedBySources: false };
  /** The verdict under every reading, the default first. */
  readonly sensitivity: readonly BudgetSensitivityRow[];
  /** Whether all readings give the same verdict (nominal); `unknown` when nothing is known. */
  readonly readings: "agree" | "disagree" | "unknown";
  readonly prices: BudgetPrices;
  /**
   * Allocations with no budget year (e.g. the NOK 300 mill. to municipal income): no
   * calculation can place them in time, so none counts them; listed so that none is dropped silently.
   */
  readonly undatedAllocationIds: readonly string[];
  /** Sentences for a report, in bokmål and English: the claim, the calculation, the assumption, the prices. */
  readonly wording: {
    readonly claim: LocalizedText | null;
    readonly calculation: LocalizedText;
    readonly assumption: LocalizedText;
    readonly prices: LocalizedText;
  };

  /** @deprecated The stated figure (or the permanent allocations); 0 when unknown. Read `claim` and `calculation`. */
  readonly actual: Decimal;
  /** @deprecated Read `calculation.basis`; `unknown` when nothing is known. */
  readonly basis: "reported" | "allocations" | "unknown";
  /** @deprecated Read `claim`. */
  readonly reported: { readonly asOf: string; readonly cumulative: Decimal; readonly sources: readonly SourceRef[] } | null;
  /** @deprecated The sum of permanent allocations with a budget year up to `budgetYear`. */
  readonly permanentAllocations: Decimal;
  /** @deprecated Read `calculation.expected`. */
  readonly expected: Decimal;
  /** @deprecated `actual − expected` on the stated figure; read `calculation.gap`. */
  readonly gap: Decimal;
  /** @deprecated `amount − actual`, never below 0. */
  readonly remaining: Decimal;
  /** @deprecated Share of the commitment reached by the stated figure, 0–1, 4 decimals. */
  readonly share: number;
  /** @deprecated Read `calculation.verdict` (false also when unknown or undetermined). */
  readonly onTrack: boolean;
  /** @deprecated Read `assumption.path.years`. */
  readonly path: readonly { readonly year: number; readonly expected: Decimal }[];
}

/**
 * The plan data the budget needs; `sources` (optional) lets the wording name the claim's source.
 *
 * @example
 * ```ts
 * import type { BudgetPlan } from "@opptrapping/indicators";
 * import { plan } from "@opptrapping/psykisk-helse";
 * const p: BudgetPlan = plan();
 * ```
 */
export type BudgetPlan = Pick<PlanData, "commitment" | "allocations"> & Partial<Pick<PlanData, "sources">>;

interface Actual {
  readonly basis: "reported" | "allocations";
  readonly nominal: MoneyRange;
  readonly real: MoneyRange | null;
}

/**
 * Where the money commitment (at least NOK 3 bn more a year by 2033) stands as of a day, with
 * what the source claims kept apart from what the library calculates:
 *
 * - **claim**: the latest report counting by that day, in the source's words, with "om lag"
 *   read as a range (±5 % by default) — never rounded to a bare figure;
 * - **calculation**: the range against the expected amount on an assumed path (default: equal
 *   steps over the commitment's years), giving `onTrack`, `behind` or `undetermined`; without a
 *   report it sums the permanent allocations (those of unknown permanence widen the range), and
 *   with neither it is `unknown` — never NOK 0 and behind;
 * - **sensitivity**: the verdict under each standard reading of the phase-in, and whether they agree;
 * - **prices**: nominal by default, with the caveat; real as well given a deflator.
 *
 * All amounts are exact Decimals. The result is frozen.
 *
 * @throws {BudgetError} `no_commitment`, `invalid_path`, `invalid_option`, `invalid_deflator`, `missing_deflator`.
 * @example
 * ```ts
 * import { budgetTrajectory } from "@opptrapping/indicators";
 * import { plan } from "@opptrapping/psykisk-helse";
 * const b = budgetTrajectory(plan(), { asOf: "2026-01-19" });
 * b.claim?.words; // "om lag 1,2 mrd. kroner"
 * b.calculation.kind === "computed" && b.calculation.verdict; // "onTrack" (11 equal steps 2023–2033)
 * b.readings; // "disagree": front-loaded, it is behind
 * ```
 */
export function budgetTrajectory(plan: BudgetPlan, options: BudgetTrajectoryOptions): BudgetTrajectory {
  const c = plan.commitment;
  if (!c) throw new BudgetError("no_commitment", "The plan states no money commitment, so there is no trajectory to compute.", ["commitment"]);
  const asOf = resolveAsOf(options.asOf);
  const budgetYear = Number(asOf.slice(0, 4));
  const tolerance = readTolerance(options.aboutTolerance);
  const deflator = options.deflator ? resolveDeflator(options.deflator) : null;

  const defaultPath = resolvePath(toSpec(options.path ?? "linear", c), c, ["path"]);
  const alternatives = (options.alternatives ?? standardBudgetPaths(c)).map((p, i) => resolvePath(toSpec(p, c), c, ["alternatives", i]));
  const paths: ResolvedPath[] = [defaultPath];
  for (const p of alternatives) if (!paths.some((q) => sameId(q, p))) paths.push(p);
  const yearForPath = Math.max(Math.min(budgetYear, c.endYear), c.startYear - 1);
  const expectedOn = (p: ResolvedPath) => (budgetYear < c.startYear ? nok.zero() : p.expectedBy(yearForPath));

  const claim = latestClaim(c, asOf, tolerance);
  const actual = actualAmount(plan, claim, budgetYear, deflator);

  const calculate = (p: ResolvedPath, prices: "nominal" | "real"): BudgetCalculation => {
    const range = actual && (prices === "nominal" ? actual.nominal : actual.real);
    if (!actual || !range)
      return {
        kind: "unknown",
        prices,
        reason: "noReportNoKnownPermanence",
        explanation: {
          nb: "Ingen rapport om samlet økning og ingen bevilgning med kjent varighet (varig eller engangs) fram til denne datoen.",
          en: "No report of the cumulative increase and no allocation of known permanence (permanent or one-off) up to this date.",
        },
      };
    const expected = expectedOn(p);
    return {
      kind: "computed",
      prices,
      basis: actual.basis,
      actual: range,
      pathId: p.description.id,
      expected,
      gap: { low: nok.subtract(range.low, expected), high: range.high === null ? null : nok.subtract(range.high, expected) },
      verdict: verdictOf(range, expected),
    };
  };

  const calculation = calculate(defaultPath, "nominal");
  const realCalculation = deflator ? calculate(defaultPath, "real") : null;
  const sensitivity: BudgetSensitivityRow[] = paths.map((p, i) => {
    const nominal = calculate(p, "nominal");
    const real = deflator ? calculate(p, "real") : null;
    return {
      path: p.description,
      isDefault: i === 0,
      expected: expectedOn(p),
      verdict: nominal.kind === "computed" ? nominal.verdict : "unknown",
      realVerdict: real === null ? null : real.kind === "computed" ? real.verdict : "unknown",
    };
  });
  const verdicts = new Set(sensitivity.map((r) => r.verdict));
  const readings = verdicts.has("unknown") ? "unknown" : verdicts.size === 1 ? "agree" : "disagree";

  const prices: BudgetPrices = deflator
    ? {
        basis: "nominalAndReal",
        baseYear: deflator.baseYear,
        index: deflator.label,
        caveat: {
          nb: `Beløpene er vist både nominelt (løpende kroner) og reelt (i ${deflator.baseYear}-kroner, omregnet med ${deflator.label.nb}); forpliktelsen er lest i ${deflator.baseYear}-kroner.`,
          en: `Amounts are shown both nominal (current kroner) and real (in ${deflator.baseYear} kroner, converted with ${deflator.label.en ?? deflator.label.nb}); the commitment is read in ${deflator.baseYear} kroner.`,
        },
      }
    : {
        basis: "nominal",
        caveat: {
          nb: "Beløpene er nominelle (løpende kroner): pris- og lønnsvekst er ikke trukket fra, så den reelle økningen er mindre enn tallene viser.",
          en: "Amounts are nominal (current kroner): price and wage growth is not deducted, so the real increase is smaller than the figures show.",
        },
      };

  const stated = claim ? claim.stated : actual?.nominal.low ?? nok.zero();
  const defaultExpected = expectedOn(defaultPath);
  const reportLike = claim ? { asOf: claim.asOf, cumulative: claim.stated, sources: claim.sources } : null;
  const permanentAllocations = sumAllocations(plan, budgetYear, "permanent");
  const wording = budgetWording({
    asOf,
    budgetYear,
    commitment: c,
    claim,
    calculation,
    realCalculation,
    defaultPath: defaultPath.description,
    sensitivity,
    readings,
    prices,
    sources: plan.sources ?? [],
  });

  return deepFreeze({
    asOf,
    budgetYear,
    commitment: { amount: c.amount, atLeast: c.atLeast, startYear: c.startYear, endYear: c.endYear },
    claim,
    calculation,
    realCalculation,
    assumption: { path: defaultPath.description, fixedBySources: false as const },
    sensitivity,
    readings,
    prices,
    undatedAllocationIds: plan.allocations.filter((a) => a.budgetYear === undefined).map((a) => a.id),
    wording,
    actual: stated,
    basis: actual ? actual.basis : ("unknown" as const),
    reported: reportLike,
    permanentAllocations,
    expected: defaultExpected,
    gap: nok.subtract(stated, defaultExpected),
    remaining: nok.max(nok.zero(), nok.subtract(c.amount, stated)),
    share: nok.isZero(c.amount) ? 0 : nok.toNumber(nok.round(nok.divide(stated, c.amount), 4)),
    onTrack: calculation.kind === "computed" && calculation.verdict === "onTrack",
    path: defaultPath.description.years,
  });
}

function sameId(a: ResolvedPath, b: ResolvedPath): boolean {
  return a.description.id === b.description.id && a.description.kind !== "custom" && a.description.kind !== "function";
}

function readTolerance(value: Decimal | string | number | undefined): Decimal {
  let t: Decimal;
  try {
    t = new Decimal(value ?? DEFAULT_ABOUT_TOLERANCE);
  } catch (error) {
    throw new BudgetError("invalid_option", `aboutTolerance must be a number, got ${String(value)}`, ["aboutTolerance"], { cause: error });
  }
  if (!t.isFinite() || t.isNegative() || t.greaterThanOrEqualTo(1))
    throw new BudgetError("invalid_option", `aboutTolerance must be at least 0 and below 1 (0.05 = ±5 %), got ${t.toString()}`, ["aboutTolerance"]);
  return t;
}

/**
 * A range is on track when its low end reaches the path, behind when its high end falls short,
 * undetermined when it straddles the path.
 *
 * @example
 * ```ts
 * import { Decimal } from "@opptrapping/core";
 * import { verdictOf } from "@opptrapping/indicators";
 * verdictOf({ low: new Decimal(494), high: new Decimal(546) }, new Decimal(528)); // "undetermined"
 * ```
 */
export function verdictOf(range: MoneyRange, expected: Decimal): BudgetVerdict {
  if (nok.compare(range.low, expected) >= 0) return "onTrack";
  if (range.high !== null && nok.compare(range.high, expected) < 0) return "behind";
  return "undetermined";
}

function rangeOf(stated: Decimal, qualifier: SourceClaim["qualifier"], tolerance: Decimal): MoneyRange {
  switch (qualifier) {
    case "exact":
      return { low: stated, high: stated };
    case "about":
      return { low: nok.multiply(stated, new Decimal(1).minus(tolerance)), high: nok.multiply(stated, new Decimal(1).plus(tolerance)) };
    case "atLeast":
      return { low: stated, high: null };
    case "atMost":
      return { low: nok.zero(), high: stated };
  }
}

function latestClaim(c: DeepReadonly<Commitment>, asOf: string, tolerance: Decimal): BudgetClaim | null {
  const counting = c.reported
    .map((r) => ({ r, from: periodBounds(parsePeriod(r.asOf)).end }))
    .filter(({ from }) => from <= asOf)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const latest = counting.at(-1);
  if (!latest) return null;
  const { r, from } = latest;
  const qualifier = r.claim?.qualifier ?? "exact";
  return {
    kind: "claim",
    asOf: r.asOf,
    countsFrom: from,
    words: r.claim?.words ?? null,
    qualifier,
    stated: r.cumulative,
    range: rangeOf(r.cumulative, qualifier, tolerance),
    tolerance: qualifier === "about" ? tolerance : null,
    claimedOnTrack: r.claimedOnTrack ?? null,
    uncertainty: r.claim?.uncertainty ?? null,
    sources: r.sources,
  };
}

function sumAllocations(plan: BudgetPlan, budgetYear: number, permanence: "permanent" | "unknown", deflator?: ResolvedDeflator): Decimal {
  return nok.sum(
    plan.allocations
      .filter((a) => a.permanence === permanence && a.budgetYear !== undefined && a.budgetYear <= budgetYear)
      .map((a) => (deflator ? deflator.toReal(a.amount, a.budgetYear!) : a.amount)),
  );
}

function actualAmount(plan: BudgetPlan, claim: BudgetClaim | null, budgetYear: number, deflator: ResolvedDeflator | null): Actual | null {
  if (claim) {
    // A cumulative figure is in the prices of the year it is reported in.
    const year = Number(claim.countsFrom.slice(0, 4));
    const real = deflator
      ? { low: deflator.toReal(claim.range.low, year), high: claim.range.high === null ? null : deflator.toReal(claim.range.high, year) }
      : null;
    return { basis: "reported", nominal: claim.range, real };
  }
  const known = plan.allocations.some((a) => a.permanence !== "unknown" && a.budgetYear !== undefined && a.budgetYear <= budgetYear);
  if (!known) return null;
  const range = (d?: ResolvedDeflator): MoneyRange => {
    const low = sumAllocations(plan, budgetYear, "permanent", d);
    return { low, high: nok.add(low, sumAllocations(plan, budgetYear, "unknown", d)) };
  };
  return { basis: "allocations", nominal: range(), real: deflator ? range(deflator) : null };
}

export { BudgetError };
export type { BudgetPath, BudgetPathSpec, BudgetDeflator };
