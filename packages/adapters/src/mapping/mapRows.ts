import { observationSchema, type Issue, type Observation, type ObservationFlag } from "@opptrapping/core";
import type { AdapterReadResult, ReadMode } from "@opptrapping/sdk";
import { AdapterError, type Location } from "../AdapterError.js";
import type { Mapping, TimeUnit } from "./mappingSchema.js";
import { recogniseOrgUnit } from "./orgUnitCode.js";
import { parseTimeCode, timeCodeProblem } from "./timeCode.js";

/** One cell or row of a source, in format-neutral form, as adapters hand it to the mapper. */
export interface SourceRow {
  /** Source dimension or column → code (or raw text). */
  readonly codes: Readonly<Record<string, string>>;
  /** The value; `null` when the source has none (see `status`). */
  readonly value: number | null;
  readonly count?: number | null;
  readonly numerator?: number | null;
  readonly denominator?: number | null;
  /** The source's status symbol for the value, e.g. SSB's `..` (missing) or `:` (confidential). */
  readonly status?: string;
  readonly at: Location;
}

/**
 * What SSB's and JSON-stat's status symbols mean for an observation: `:` not shown for
 * confidentiality → suppressed; `.` category not in use, `..` data missing, `...` not yet
 * available → missing; `*` or `p` preliminary → provisional. Unknown symbols → none. A
 * mapping's `markers` (a source's own symbols) are looked up first.
 *
 * @example
 * ```ts
 * import { flagsForStatus } from "@opptrapping/adapters";
 * flagsForStatus(":"); // ["suppressed"]
 * ```
 */
export function flagsForStatus(status: string | undefined, markers?: Readonly<Record<string, string>>): ObservationFlag[] {
  if (markers !== undefined && status !== undefined && Object.hasOwn(markers, status.trim())) {
    const meaning = markers[status.trim()];
    return meaning === "missing" || meaning === "suppressed" || meaning === "provisional" ? [meaning] : [];
  }
  switch (status?.trim()) {
    case ":":
      return ["suppressed"];
    case ".":
    case "..":
    case "...":
    case "....":
    case ".....":
    case "......":
      return ["missing"];
    case "*":
    case "p":
    case "P":
      return ["provisional"];
    default:
      return [];
  }
}

const get = (codes: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(codes, key) ? codes[key] : undefined;

/**
 * Maps format-neutral source rows to validated observations with a mapping spec. Strict mode
 * throws the first problem as an AdapterError with its location; lenient mode reports each
 * problem as an issue and goes on. Rows left out by the spec's `filter` are skipped on
 * purpose; nothing else is ever dropped silently.
 *
 * @example
 * ```ts
 * import { mapRows, parseMapping } from "@opptrapping/adapters";
 * const mapping = parseMapping({ indicator: { fixed: "R5.wait" }, period: { from: "Tid" } });
 * mapRows([{ codes: { Tid: "2025M06" }, value: 37.5, at: { line: 2 } }], mapping, "strict");
 * ```
 */
export function mapRows(rows: Iterable<SourceRow>, mapping: Mapping, mode: ReadMode = "strict"): AdapterReadResult {
  const observations: Observation[] = [];
  const issues: Issue[] = [];
  for (const row of rows) {
    try {
      const o = mapRow(row, mapping);
      if (o) observations.push(o);
    } catch (error) {
      if (mode === "strict" || !(error instanceof AdapterError)) throw error;
      issues.push(error.toIssue());
    }
  }
  return { observations, issues };
}

/** Maps one row; `undefined` when the spec's filter leaves it out. */
export function mapRow(row: SourceRow, mapping: Mapping): Observation | undefined {
  if (mapping.filter) {
    for (const [key, allowed] of Object.entries(mapping.filter)) {
      const code = get(row.codes, key);
      if (code === undefined) throw new AdapterError("unknown_dimension", `the filter names "${key}", which the source does not have`, { ...row.at, dimension: key });
      if (!allowed.includes(code)) return undefined;
    }
  }
  const pick = (spec: Mapping["indicator"], what: string): string => {
    if ("fixed" in spec) return spec.fixed;
    const code = get(row.codes, spec.from);
    if (code === undefined) throw new AdapterError("unknown_dimension", `the mapping takes ${what} from "${spec.from}", which the source does not have`, { ...row.at, dimension: spec.from });
    if (!spec.map || (code === "" && !Object.hasOwn(spec.map, ""))) return code;
    const mapped = get(spec.map, code);
    if (mapped === undefined) throw new AdapterError("unmapped_code", `${what} code "${code}" of "${spec.from}" is not in the mapping's map`, { ...row.at, dimension: spec.from });
    return mapped;
  };
  const indicatorId = pick(mapping.indicator, "the indicator");
  const periodCode = pick(mapping.period, "the period");
  const unit = "unit" in mapping.period ? mapping.period.unit : undefined;
  const period = cachedTimeCode(unit)(periodCode);
  if (period === undefined) {
    const hint = unit === undefined ? timeCodeProblem(periodCode) : undefined;
    if (hint !== undefined) throw new AdapterError("ambiguous_period", `"${periodCode}": ${hint}`, row.at);
    throw new AdapterError("invalid_period", `"${periodCode}" is not a ${unit === undefined ? "period or time code (e.g. 2024, 2024M06, 2024K2, 2024T2, 2023U29, 2024-06, juni 2025)" : `${unit} code`}`, row.at);
  }
  const orgCode = pick(mapping.orgUnit, "the org unit");
  const orgUnit = cachedOrgUnit(orgCode);
  if (orgUnit === undefined) throw new AdapterError("invalid_org_unit", `"${orgCode}" is not an org unit (NO, a municipality or county number, an RHF name or id); map it in the mapping`, row.at);
  const dimensions: Record<string, string> = {};
  for (const [id, spec] of Object.entries(mapping.dimensions)) {
    const v = pick(spec, `the "${id}" value`);
    // An empty cell has no value for this disaggregation: the key is left out, not set to "".
    if (v !== "") dimensions[id] = v;
  }

  const scale = mapping.scale ?? 1;
  const flags = new Set<ObservationFlag>([...(mapping.flags ?? []), ...flagsForStatus(row.status, mapping.markers)]);
  let value = row.value;
  if (row.status !== undefined && mapping.markers !== undefined && Object.hasOwn(mapping.markers, row.status.trim())) {
    const meaning = mapping.markers[row.status.trim()];
    if (meaning === "zero") value = 0;
    else if (meaning === "missing" || meaning === "suppressed") value = null;
  }
  if (value === null && !flags.has("suppressed")) flags.add("missing");
  if (value !== null) value *= scale;
  // Built in the schema's key order, so the fast path and zod's output are the same object.
  const candidate: Observation = {
    indicatorId,
    period,
    orgUnit,
    dimensions,
    value,
    ...(row.numerator === undefined || row.numerator === null ? {} : { numerator: row.numerator }),
    ...(row.denominator === undefined || row.denominator === null ? {} : { denominator: row.denominator }),
    ...(row.count === undefined || row.count === null ? {} : { count: row.count }),
    flags: [...flags].sort(),
    ...(mapping.source ? { source: mapping.source } : {}),
  };
  if (plainlyValid(candidate)) return candidate;
  // Only a row that fails the quick checks pays for zod, which words the problem.
  const parsed = observationSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AdapterError("invalid_observation", `the row does not make a valid observation: ${issue.path.join(".")}: ${issue.message}`, row.at);
  }
  return parsed.data;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const goodIds = new Set<string>();

/** The checks of `observationSchema` that a mapped row can fail, without zod's per-row cost. */
function plainlyValid(o: Observation): boolean {
  if (!goodIds.has(o.indicatorId)) {
    if (!ID.test(o.indicatorId)) return false;
    if (goodIds.size < 10_000) goodIds.add(o.indicatorId);
  }
  if (o.value !== null && !Number.isFinite(o.value)) return false;
  for (const x of [o.count, o.numerator, o.denominator]) if (x !== undefined && !(Number.isFinite(x) && x >= 0)) return false;
  if (o.numerator !== undefined && o.denominator !== undefined && o.numerator > o.denominator) return false;
  for (const key in o.dimensions) if (!ID.test(key) || o.dimensions[key] === "") return false;
  // A per-row source (CSV's source columns) is as untrusted as any cell.
  if (o.source !== undefined && (!ID.test(o.source.doc) || o.source.section === "" || o.source.note === "")) return false;
  if (o.note !== undefined && o.note === "") return false;
  return true;
}

/** Memoised per code: sources repeat the same few time and region codes on every row. */
function memo(fn: (code: string) => string | undefined): (code: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (code) => {
    if (cache.has(code)) return cache.get(code);
    const result = fn(code);
    if (cache.size >= 50_000) cache.clear();
    cache.set(code, result);
    return result;
  };
}
const timeCodeCaches = new Map<TimeUnit | undefined, (code: string) => string | undefined>();
const cachedTimeCode = (unit: TimeUnit | undefined) => {
  let cached = timeCodeCaches.get(unit);
  if (cached === undefined) timeCodeCaches.set(unit, (cached = memo((code) => parseTimeCode(code, unit))));
  return cached;
};
const cachedOrgUnit = memo(recogniseOrgUnit);
