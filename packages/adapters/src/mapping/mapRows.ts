import { observationSchema, type Issue, type Observation, type ObservationFlag } from "@opptrapping/core";
import type { AdapterReadResult, ReadMode } from "@opptrapping/sdk";
import { AdapterError, type Location } from "../AdapterError.js";
import type { Mapping } from "./mappingSchema.js";
import { recogniseOrgUnit } from "./orgUnitCode.js";
import { parseTimeCode } from "./timeCode.js";

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
 * available → missing; `*` or `p` preliminary → provisional. Unknown symbols → none.
 *
 * @example
 * ```ts
 * import { flagsForStatus } from "@opptrapping/adapters";
 * flagsForStatus(":"); // ["suppressed"]
 * ```
 */
export function flagsForStatus(status: string | undefined): ObservationFlag[] {
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
    if (!spec.map) return code;
    const mapped = get(spec.map, code);
    if (mapped === undefined) throw new AdapterError("unmapped_code", `${what} code "${code}" of "${spec.from}" is not in the mapping's map`, { ...row.at, dimension: spec.from });
    return mapped;
  };
  const indicatorId = pick(mapping.indicator, "the indicator");
  const periodCode = pick(mapping.period, "the period");
  const period = parseTimeCode(periodCode);
  if (period === undefined) throw new AdapterError("invalid_period", `"${periodCode}" is not a period or time code (e.g. 2024, 2024M06, 2024K2, 2024T2, 2024-06, juni 2025)`, row.at);
  const orgCode = pick(mapping.orgUnit, "the org unit");
  const orgUnit = recogniseOrgUnit(orgCode);
  if (orgUnit === undefined) throw new AdapterError("invalid_org_unit", `"${orgCode}" is not an org unit (NO, a municipality or county number, an RHF name or id); map it in the mapping`, row.at);
  const dimensions: Record<string, string> = {};
  for (const [id, spec] of Object.entries(mapping.dimensions)) dimensions[id] = pick(spec, `the "${id}" value`);

  const scale = mapping.scale ?? 1;
  const flags = new Set<ObservationFlag>([...(mapping.flags ?? []), ...flagsForStatus(row.status)]);
  let value = row.value;
  if (value === null && !flags.has("suppressed")) flags.add("missing");
  if (value !== null) value *= scale;
  const extra: { count?: number; numerator?: number; denominator?: number } = {};
  for (const key of ["count", "numerator", "denominator"] as const) {
    const v = row[key];
    if (v !== undefined && v !== null) extra[key] = v;
  }
  const candidate = {
    indicatorId,
    period,
    orgUnit,
    dimensions,
    value,
    ...extra,
    flags: [...flags].sort(),
    ...(mapping.source ? { source: mapping.source } : {}),
  };
  const parsed = observationSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AdapterError("invalid_observation", `the row does not make a valid observation: ${issue.path.join(".")}: ${issue.message}`, row.at);
  }
  return parsed.data;
}
