import { Decimal, OpptrappingError, nok, type Commitment, type DeepReadonly, type LocalizedText } from "@opptrapping/core";

/**
 * Thrown when the plan has no money commitment, or a path, deflator or option is malformed;
 * `code` is `no_commitment`, `invalid_path`, `invalid_option`, `invalid_deflator` or
 * `missing_deflator`, and `path` points at the option.
 *
 * @example
 * ```ts
 * import { BudgetError, budgetTrajectory } from "@opptrapping/indicators";
 * try {
 *   budgetTrajectory({ allocations: [] }, { asOf: "2026" });
 * } catch (error) {
 *   if (error instanceof BudgetError) error.code; // "no_commitment"
 * }
 * ```
 */
export class BudgetError extends OpptrappingError {}

/**
 * A point of a custom path: the cumulative permanent increase expected by the end of a budget year.
 *
 * @example
 * ```ts
 * import type { BudgetPathPoint } from "@opptrapping/indicators";
 * const p: BudgetPathPoint = { year: 2027, cumulative: "1500000000" };
 * ```
 */
export interface BudgetPathPoint {
  readonly year: number;
  /** An exact amount: a Decimal or a decimal string. */
  readonly cumulative: Decimal | string;
}

/**
 * A reading of how the commitment is phased in (innfasing) — an assumption, since the sources
 * leave the pace to each year's budget. Every kind gives the cumulative permanent increase
 * expected by the end of each budget year, reaching the full amount in year `to`:
 *
 * | kind | expected by the end of budget year `y`, with `n = to − from + 1`, `m = y − from + 1` |
 * |---|---|
 * | `equalSteps` | `A · m / n` (equal yearly steps) |
 * | `frontLoaded` | `A · m(2n − m + 1) / (n(n + 1))` (steps n, n−1, …, 1: large first) |
 * | `backLoaded` | `A · m(m + 1) / (n(n + 1))` (steps 1, 2, …, n: large last) |
 * | `custom` | the given points, linear between them, 0 before the first, flat after the last |
 * | `function` | whatever the function returns |
 *
 * 0 before `from`, the full amount `A` from `to` on. Front- and back-loaded average to equal steps.
 *
 * @example
 * ```ts
 * import type { BudgetPathSpec } from "@opptrapping/indicators";
 * const tenSteps: BudgetPathSpec = { kind: "equalSteps", from: 2024, to: 2033 };
 * ```
 */
export type BudgetPathSpec =
  | { readonly kind: "equalSteps"; readonly from: number; readonly to: number }
  | { readonly kind: "frontLoaded"; readonly from: number; readonly to: number }
  | { readonly kind: "backLoaded"; readonly from: number; readonly to: number }
  | { readonly kind: "custom"; readonly label: LocalizedText; readonly points: readonly BudgetPathPoint[] }
  | {
      readonly kind: "function";
      readonly label: LocalizedText;
      readonly expected: (year: number, commitment: DeepReadonly<Commitment>) => Decimal;
    };

/**
 * A path as {@link budgetTrajectory} accepts it: a {@link BudgetPathSpec}, or the older
 * shorthands — `"linear"` (equal steps over the commitment's years), a list of points (a
 * custom path), or a function of the year.
 *
 * @example
 * ```ts
 * import type { BudgetPath } from "@opptrapping/indicators";
 * const linear: BudgetPath = "linear";
 * ```
 */
export type BudgetPath =
  | BudgetPathSpec
  | "linear"
  | readonly BudgetPathPoint[]
  | ((year: number, commitment: DeepReadonly<Commitment>) => Decimal);

/**
 * A path as used: its id, kind, label in bokmål and English, and the amount expected each year.
 *
 * @example
 * ```ts
 * import { budgetTrajectory } from "@opptrapping/indicators";
 * import { plan } from "@opptrapping/psykisk-helse";
 * budgetTrajectory(plan(), { asOf: "2026-01-19" }).assumption.path.label.nb; // "11 like store steg 2023–2033"
 * ```
 */
export interface BudgetPathDescription {
  /** A stable id, e.g. `equalSteps:2023-2033`, `frontLoaded:2023-2033`, `custom`. */
  readonly id: string;
  readonly kind: BudgetPathSpec["kind"];
  readonly label: LocalizedText;
  /** The expected cumulative increase by the end of every budget year of the commitment. */
  readonly years: readonly { readonly year: number; readonly expected: Decimal }[];
}

/** A normalised path: its description and the function behind it. */
export interface ResolvedPath {
  readonly description: BudgetPathDescription;
  readonly expectedBy: (year: number) => Decimal;
}

/**
 * The standard readings of the phase-in for a commitment: equal steps over all its years (the
 * default), equal steps leaving out the last or the first year, front-loaded and back-loaded.
 * For 2023–2033: 11 equal steps 2023–2033, 10 equal steps 2023–2032 and 2024–2033, front- and
 * back-loaded 2023–2033.
 *
 * @example
 * ```ts
 * import { standardBudgetPaths } from "@opptrapping/indicators";
 * standardBudgetPaths({ startYear: 2023, endYear: 2033 }).map((p) => p.kind);
 * // ["equalSteps", "equalSteps", "equalSteps", "frontLoaded", "backLoaded"]
 * ```
 */
export function standardBudgetPaths(commitment: { readonly startYear: number; readonly endYear: number }): readonly BudgetPathSpec[] {
  const { startYear: from, endYear: to } = commitment;
  const paths: BudgetPathSpec[] = [{ kind: "equalSteps", from, to }];
  // Leaving a year out only makes sense with at least two years.
  if (to > from) paths.push({ kind: "equalSteps", from, to: to - 1 }, { kind: "equalSteps", from: from + 1, to });
  paths.push({ kind: "frontLoaded", from, to }, { kind: "backLoaded", from, to });
  return paths;
}

/** Turns any accepted path into a spec; `"linear"` is equal steps over the commitment's years. */
export function toSpec(path: BudgetPath, c: DeepReadonly<Commitment>): BudgetPathSpec {
  if (path === "linear") return { kind: "equalSteps", from: c.startYear, to: c.endYear };
  if (typeof path === "function") return { kind: "function", label: { nb: "egendefinert bane", en: "custom path" }, expected: path };
  if (Array.isArray(path)) return { kind: "custom", label: { nb: "egendefinert bane", en: "custom path" }, points: path as readonly BudgetPathPoint[] };
  return path as BudgetPathSpec;
}

const SHAPE = {
  frontLoaded: { nb: "framtung", en: "front-loaded" },
  backLoaded: { nb: "baktung", en: "back-loaded" },
} as const;

/** Checks a spec and gives its description and function, for the commitment's years. */
export function resolvePath(spec: BudgetPathSpec, c: DeepReadonly<Commitment>, at: readonly (string | number)[]): ResolvedPath {
  const expectedBy = pathFunction(spec, c, at);
  const years: { year: number; expected: Decimal }[] = [];
  for (let y = c.startYear; y <= c.endYear; y++) years.push({ year: y, expected: expectedBy(y) });
  return { description: { id: pathId(spec), kind: spec.kind, label: pathLabel(spec), years }, expectedBy };
}

function pathId(spec: BudgetPathSpec): string {
  return spec.kind === "custom" || spec.kind === "function" ? spec.kind : `${spec.kind}:${spec.from}-${spec.to}`;
}

function pathLabel(spec: BudgetPathSpec): LocalizedText {
  switch (spec.kind) {
    case "equalSteps": {
      const n = spec.to - spec.from + 1;
      return { nb: `${n} like store steg ${spec.from}–${spec.to}`, en: `${n} equal steps ${spec.from}–${spec.to}` };
    }
    case "frontLoaded":
    case "backLoaded":
      return { nb: `${SHAPE[spec.kind].nb} ${spec.from}–${spec.to}`, en: `${SHAPE[spec.kind].en} ${spec.from}–${spec.to}` };
    case "custom":
    case "function":
      return spec.label;
  }
}

function checkRange(spec: { from: number; to: number }, at: readonly (string | number)[]): void {
  for (const key of ["from", "to"] as const)
    if (!Number.isInteger(spec[key])) throw new BudgetError("invalid_path", `path.${key} must be a whole year, got ${spec[key]}`, [...at, key]);
  if (spec.to < spec.from) throw new BudgetError("invalid_path", `the path ends (${spec.to}) before it starts (${spec.from})`, [...at, "to"]);
}

function pathFunction(spec: BudgetPathSpec, c: DeepReadonly<Commitment>, at: readonly (string | number)[]): (year: number) => Decimal {
  const amount = c.amount;
  switch (spec.kind) {
    case "equalSteps":
    case "frontLoaded":
    case "backLoaded": {
      checkRange(spec, at);
      const n = spec.to - spec.from + 1;
      const share = (m: number): [number, number] =>
        spec.kind === "equalSteps" ? [m, n] : spec.kind === "frontLoaded" ? [m * (2 * n - m + 1), n * (n + 1)] : [m * (m + 1), n * (n + 1)];
      return (year) => {
        if (year < spec.from) return nok.zero();
        const m = Math.min(year, spec.to) - spec.from + 1;
        const [numerator, denominator] = share(m);
        return nok.divide(nok.multiply(amount, numerator), denominator);
      };
    }
    case "function":
      return (year) => {
        const value = spec.expected(year, c);
        if (!Decimal.isDecimal(value) || !value.isFinite())
          throw new BudgetError(
            "invalid_path",
            `The custom path returned ${Decimal.isDecimal(value) ? `Decimal(${value.toString()})` : "a non-Decimal"} for ${year}; expected a finite Decimal.`,
            [...at],
          );
        return nok.of(value);
      };
    case "custom":
      return pointsFunction(spec.points, at);
    default: {
      // Reached only from untyped callers.
      const kind = (spec as { kind?: unknown }).kind;
      throw new BudgetError(
        "invalid_path",
        `unknown path kind ${JSON.stringify(kind)}; use equalSteps, frontLoaded, backLoaded, custom or function (or "linear")`,
        [...at, "kind"],
      );
    }
  }
}

function pointsFunction(path: readonly BudgetPathPoint[], at: readonly (string | number)[]): (year: number) => Decimal {
  const points = path.map((p, i) => {
    if (!Number.isInteger(p.year)) throw new BudgetError("invalid_path", `path[${i}].year must be a whole year, got ${p.year}`, [...at, i, "year"]);
    let cumulative: Decimal;
    try {
      cumulative = nok.of(p.cumulative);
    } catch (error) {
      throw new BudgetError("invalid_path", `path[${i}].cumulative: ${(error as Error).message}`, [...at, i, "cumulative"], { cause: error });
    }
    return { year: p.year, cumulative };
  });
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (prev && p.year <= prev.year) throw new BudgetError("invalid_path", `path years must increase: ${prev.year} then ${p.year}`, [...at, i, "year"]);
  });
  if (points.length === 0) throw new BudgetError("invalid_path", "a custom path needs at least one point", [...at]);
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
