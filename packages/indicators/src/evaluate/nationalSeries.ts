import {
  classifyOrgUnitId,
  isoDate,
  parsePeriod,
  periodDayRange,
  RHFS,
  ssbSpecialRegionOf,
  type Indicator,
  type Issue,
  type Observation,
  type OrgUnitLevel,
  type OrgUnitRegister,
} from "@opptrapping/core";
import { AggregationError, axesOf, createUnitsAccumulator, describeCoverage, toObservation, type UnitsAccumulator } from "../aggregate/index.js";
import { unitCoverageOf } from "../aggregate/unitCoverage.js";

/** Coarsest first: the level whose units are fewest is likeliest to be complete. */
const LEVELS = ["rhf", "county", "hf", "municipality"] as const satisfies readonly OrgUnitLevel[];
type LowerLevel = (typeof LEVELS)[number];

/**
 * How {@link nationalObservations} judges whether the units below the nation are all there.
 *
 * @example
 * ```ts
 * import { expectedUnitsFromRegister, type NationalOptions } from "@opptrapping/indicators";
 * import { bundledOrgUnitRegister } from "@opptrapping/core/orgunit-register";
 * const options: NationalOptions = { expectedUnits: expectedUnitsFromRegister(bundledOrgUnitRegister()), minCoverage: 0.95 };
 * ```
 */
export interface NationalOptions {
  /**
   * The units the nation consists of at a level for a period, or `undefined` to not check
   * that level. @default the four RHFs at the RHF level; other levels unchecked (pass
   * {@link expectedUnitsFromRegister} of the bundled register for counties and municipalities)
   */
  readonly expectedUnits?: (level: "rhf" | "county" | "hf" | "municipality", period: string) => readonly string[] | undefined;
  /** Each unit's weight (population) at a level for a period, for coverage by population. */
  readonly weights?: (level: "rhf" | "county" | "hf" | "municipality", period: string) => Readonly<Record<string, number>> | undefined;
  /** The coverage below which a national value is withheld. @default DEFAULT_MIN_UNIT_COVERAGE (0.9) */
  readonly minCoverage?: number;
  /**
   * A versioned org-unit register (e.g. `bundledOrgUnitRegister()`): every unit below the
   * nation is checked against it for its period, and a row with a code that is unknown,
   * expired (`1201` in 2025) or not yet valid is left out with the register's issue (naming
   * the unit and the period) — so an old and a new code never count twice. Its units are then
   * also the default `expectedUnits` for the levels it covers.
   */
  readonly register?: OrgUnitRegister;
}

const RHF_IDS: readonly string[] = RHFS.map((r) => r.id);
const defaultExpected = (level: string): readonly string[] | undefined => (level === "rhf" ? RHF_IDS : undefined);

/**
 * The units a register says were valid at a level in the year a period starts, for
 * {@link NationalOptions.expectedUnits}; `undefined` for levels the register does not cover.
 *
 * @example
 * ```ts
 * import { expectedUnitsFromRegister } from "@opptrapping/indicators";
 * import { bundledOrgUnitRegister } from "@opptrapping/core/orgunit-register";
 * expectedUnitsFromRegister(bundledOrgUnitRegister())("municipality", "2022")?.length; // 356
 * ```
 */
export function expectedUnitsFromRegister(register: OrgUnitRegister): NonNullable<NationalOptions["expectedUnits"]> {
  return (level, period) => {
    if (!register.covers(level)) return undefined;
    const year = Number(isoDate(periodDayRange(parsePeriod(period)).first).slice(0, 4));
    return register.unitsIn(level, year);
  };
}

/** What {@link nationalObservations} found. */
export interface NationalObservations {
  /** Observations at the nation (`NO`): given directly, or aggregated from lower units. */
  readonly observations: readonly Observation[];
  /** Duplicates, and groups that could not be aggregated, with where and why. */
  readonly issues: readonly Issue[];
}

interface Group {
  readonly indicator: Indicator;
  readonly period: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly units: Set<string>;
  direct: Observation | undefined;
  readonly levels: Partial<Record<LowerLevel, UnitsAccumulator>>;
  /** Per level: the rows, kept only when the level's expected units are known (else undefined). */
  readonly rows: Partial<Record<LowerLevel, Observation[]>>;
  readonly expected: Partial<Record<LowerLevel, readonly string[] | null>>;
}

/** The level of an org unit id, with the common shapes recognised without a regex. */
function levelOf(id: string): OrgUnitLevel {
  const c = id.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    if (id.length === 4) return "municipality";
    if (id.length === 2) return "county";
  }
  // SSB's special regions (Svalbard, the continental shelf, unallocated) sit among municipalities.
  if (c === 75 && ssbSpecialRegionOf(id) !== undefined) return "municipality";
  return classifyOrgUnitId(id);
}

/**
 * Groups observations by indicator, slice and period in one pass, and gives one national
 * observation per group: the `NO` observation when there is one, otherwise the aggregate of
 * the coarsest level of units present (RHF, then county, HF, municipality), by the
 * indicator's kind (weighted means, summed numerators and denominators, stocks summed…)
 * using running sums. Lower levels are never added to a higher one, so nothing counts twice.
 *
 * Coverage: when the units expected at the level used are known (by default the four RHFs;
 * see {@link NationalOptions}), a national value resting on too few of them (below
 * `minCoverage`, by population when weights are given), or a sum (beds, places) lacking any
 * of them, is withheld — value `null`, flag `missing`, the partial value and the missing and
 * suppressed units in `note` — and reported as an `incomplete_coverage` issue naming the
 * units and the period: a missing region must never read as a cut. SSB's special codes
 * (`K-21-22`, `K-23`, `K-Rest`) count with the municipalities but are never expected.
 *
 * @example
 * ```ts
 * import { nationalObservations } from "@opptrapping/indicators";
 * const { observations } = nationalObservations(municipal, new Map(plan.indicators.map((i) => [i.id, i])));
 * ```
 */
export function nationalObservations(
  observations: readonly Observation[],
  indicators: ReadonlyMap<string, Indicator>,
  options: NationalOptions = {},
): NationalObservations {
  const register = options.register;
  const fromRegister = register === undefined ? undefined : expectedUnitsFromRegister(register);
  const expectedOf =
    options.expectedUnits ??
    (fromRegister === undefined ? defaultExpected : (level: LowerLevel, period: string) => fromRegister(level, period) ?? defaultExpected(level));
  const checked = new Map<string, Map<string, Issue | undefined>>();
  const groups: Group[] = [];
  const issues: Issue[] = [];
  // Indicators that cannot be summed across units (differences, or acrossUnits "none") only
  // use observations given for the nation; rows below it are counted and reported once.
  const aggregatable = new Map([...indicators.values()].map((i) => [i.id, i.aggregation !== "difference" && axesOf(i).acrossUnits !== "none"]));
  const unusable = new Map<string, number>();
  // Nested maps (indicator → slice → period) with cached slice keys: no string is built per row.
  const byIndicator = new Map<string, Map<string, Map<string, Group>>>();
  const sliceKeys = new SliceKeys();
  for (let index = 0; index < observations.length; index++) {
    const o = observations[index]!;
    const indicator = indicators.get(o.indicatorId);
    if (!indicator) continue;
    let bySlice = byIndicator.get(o.indicatorId);
    if (!bySlice) byIndicator.set(o.indicatorId, (bySlice = new Map()));
    const sliceKey = sliceKeys.of(o.dimensions);
    let byPeriod = bySlice.get(sliceKey);
    if (!byPeriod) bySlice.set(sliceKey, (byPeriod = new Map()));
    let group = byPeriod.get(o.period);
    if (!group) {
      group = { indicator, period: o.period, dimensions: o.dimensions, units: new Set(), direct: undefined, levels: {}, rows: {}, expected: {} };
      byPeriod.set(o.period, group);
      groups.push(group);
    }
    if (group.units.has(o.orgUnit)) {
      issues.push({ path: [index], code: "duplicate_observation", message: `a second observation of ${o.indicatorId} for ${o.period}, ${o.orgUnit}${dimensionLabel(o.dimensions)}` });
      continue;
    }
    group.units.add(o.orgUnit);
    if (o.orgUnit === "NO") {
      group.direct = o;
      continue;
    }
    if (!aggregatable.get(o.indicatorId)) {
      unusable.set(o.indicatorId, (unusable.get(o.indicatorId) ?? 0) + 1);
      continue;
    }
    const level = levelOf(o.orgUnit);
    if (level === "nation") continue;
    if (register !== undefined) {
      let byUnit = checked.get(o.period);
      if (!byUnit) checked.set(o.period, (byUnit = new Map()));
      let issue = byUnit.get(o.orgUnit);
      if (issue === undefined && !byUnit.has(o.orgUnit)) byUnit.set(o.orgUnit, (issue = register.check(o.orgUnit, o.period)));
      if (issue !== undefined) {
        issues.push({ ...issue, path: [index] });
        continue;
      }
    }
    let acc = group.levels[level];
    if (acc === undefined) {
      acc = group.levels[level] = createUnitsAccumulator(indicator, "NO");
      group.expected[level] = expectedOf(level, group.period) ?? null;
    }
    acc.add(o, index);
    if (group.expected[level] !== null) (group.rows[level] ??= []).push(o);
  }
  const out: Observation[] = [];
  for (const group of groups) {
    if (group.direct) {
      out.push(group.direct);
      continue;
    }
    const level = LEVELS.find((l) => group.levels[l] !== undefined);
    if (!level) continue;
    try {
      let result = group.levels[level]!.result(group.period, group.dimensions);
      const expected = group.expected[level];
      if (expected !== null && expected !== undefined) {
        const weights = options.weights?.(level, group.period);
        const units = unitCoverageOf(group.rows[level] ?? [], group.indicator, "NO", group.period, {
          expected,
          ...(weights === undefined ? {} : { weights }),
          ...(options.minCoverage === undefined ? {} : { minCoverage: options.minCoverage }),
        });
        if (units !== undefined) {
          result = { ...result, units };
          if (result.value !== null && (!units.sufficient || units.partialSum)) {
            issues.push({
              path: [],
              code: "incomplete_coverage",
              message: `the national value of ${group.indicator.id} for ${group.period}${dimensionLabel(group.dimensions)} is withheld: ${describeCoverage(units)}`,
            });
          }
        }
      }
      // A group with no value (all inputs missing or suppressed) still gives its national
      // observation, flagged, so the series reports the gap instead of silently lacking it.
      out.push(toObservation(result, group.indicator.id));
    } catch (error) {
      if (!(error instanceof AggregationError)) throw error;
      issues.push({ path: error.path, code: error.code, message: `cannot aggregate ${group.indicator.id} to the nation: ${error.message}` });
    }
  }
  for (const [id, count] of unusable)
    issues.push({
      path: [],
      code: "not_aggregatable",
      message: `${count} observation${count === 1 ? "" : "s"} of ${id} below the nation were not used: ${id} cannot be aggregated across org units, so give its national values`,
    });
  return { observations: out, issues };
}

/** Canonical slice keys, cached for the common one-dimension case so no string is built per row. */
class SliceKeys {
  private readonly single = new Map<string, Map<string, string>>();
  of(dimensions: Readonly<Record<string, string>>): string {
    let only: string | undefined;
    let n = 0;
    for (const k in dimensions) {
      only = k;
      if (++n > 1) return dimensionKey(dimensions);
    }
    if (only === undefined) return "";
    const value = dimensions[only]!;
    let byValue = this.single.get(only);
    if (!byValue) this.single.set(only, (byValue = new Map()));
    let key = byValue.get(value);
    if (key === undefined) byValue.set(value, (key = `${only}=${value}`));
    return key;
  }
}

/** A canonical key of a dimension combination: sorted `key=value` pairs. */
export function dimensionKey(dimensions: Readonly<Record<string, string>>): string {
  let keys: string[] | undefined;
  for (const k in dimensions) (keys ??= []).push(k);
  if (!keys) return "";
  if (keys.length === 1) return `${keys[0]}=${dimensions[keys[0]!]}`;
  return keys
    .sort()
    .map((k) => `${k}=${dimensions[k]}`)
    .join("&");
}

function dimensionLabel(dimensions: Readonly<Record<string, string>>): string {
  const key = dimensionKey(dimensions);
  return key ? ` (${key})` : "";
}
