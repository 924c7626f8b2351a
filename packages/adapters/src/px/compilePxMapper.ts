import type { Observation, ObservationFlag } from "@opptrapping/core";
import type { Mapping } from "../mapping/mappingSchema.js";
import { flagsForStatus } from "../mapping/mapRows.js";
import { recogniseOrgUnit } from "../mapping/orgUnitCode.js";
import { parseTimeCode } from "../mapping/timeCode.js";
import { NATIVE, unescapePxText } from "./nativeFormat.js";
import type { PxRowContext } from "./pxRows.js";
import { classifyDatum } from "./scanData.js";

/** What the compiled mapper gives for a row: an observation, `null` to skip it, `undefined` to take the plain path. */
export type PxRowMapper = (idx: Int32Array) => Observation | null | undefined;
// `idx` holds a category position per variable, the measure variable's at its value category.

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const CACHE_LIMIT = 1 << 17;
const get = (codes: Readonly<Record<string, string>>, key: string): string | undefined => (Object.hasOwn(codes, key) ? codes[key] : undefined);
const finite = (x: number | null | undefined): boolean => x == null || (Number.isFinite(x) && x >= 0);

/** A field's value per category of the variable it comes from (`variable` −1: fixed, in `values[0]`); `undefined`: take the plain path. */
interface Field {
  readonly variable: number;
  readonly values: readonly (string | undefined)[];
}

/**
 * Compiles a mapping checked against a PX file (without ATTRIBUTES) into a row mapper that
 * gives exactly what `mapRow` and `finishObservation` give for a row of {@link pxRowAt}, much
 * faster: each category's indicator, period, org unit and disaggregation values are resolved
 * once, and rows that share their disaggregations or flags share one frozen object for them.
 * A row it cannot vouch for (an unresolvable code, a bad number, a marker) gives `undefined`,
 * and the caller maps it the plain way, which reports the problem.
 *
 * @example
 * ```ts
 * const map = compilePxMapper(pxRowContext(file, resolved));
 * map(new Int32Array([0, 1])); // { indicatorId: "R5.wait", period: "2024", … }
 * ```
 */
export function compilePxMapper(context: PxRowContext): PxRowMapper {
  const { file, resolved, codes: codeLists } = context;
  const mapping: Mapping = resolved.mapping;
  const native = resolved.native;
  const vars = file.variables;
  const st = context.strides;
  // Row codes as pxRowAt builds them: names, then VARIABLECODE aliases, the last write winning.
  const byKey = new Map<string, number>();
  vars.forEach((v, k) => byKey.set(v.name, k));
  for (const [alias, k] of context.aliases) byKey.set(alias, k);
  const m = resolved.measure;

  const pick = (spec: Mapping["indicator"], resolve: (code: string) => string | undefined): Field => {
    if ("fixed" in spec) return { variable: -1, values: [resolve(spec.fixed)] };
    const k = byKey.get(spec.from)!;
    const map = spec.map;
    const values = codeLists[k]!.map((code) => {
      const mapped = !map || (code === "" && !Object.hasOwn(map, "")) ? code : get(map, code);
      return mapped === undefined ? undefined : resolve(mapped);
    });
    return { variable: k, values };
  };
  const indicator = pick(mapping.indicator, (c) => (ID.test(c) ? c : undefined));
  const unit = "unit" in mapping.period ? mapping.period.unit : undefined;
  const period = pick(mapping.period, (c) => parseTimeCode(c, unit));
  const orgUnit = pick(mapping.orgUnit, recogniseOrgUnit);
  const dimKeys = Object.keys(mapping.dimensions);
  const dimFields = dimKeys.map((id) => pick(mapping.dimensions[id]!, (c) => c));
  const filters = Object.entries(mapping.filter ?? {}).map(([key, allowed]) => {
    const k = byKey.get(key)!;
    return { variable: k, allowed: codeLists[k]!.map((c) => allowed.includes(c)) };
  });
  // A native file's `dimension:<id>` variables, as finishObservation reads them from the coordinates.
  const nativeDims: { readonly variable: number; readonly id: string; readonly values: readonly string[] }[] = [];
  if (native) {
    const last = new Map<string, number>();
    vars.forEach((v, k) => last.set(v.name, k));
    for (const [name, k] of last)
      if (name.startsWith(NATIVE.dimensionPrefix)) nativeDims.push({ variable: k, id: name.slice(NATIVE.dimensionPrefix.length), values: codeLists[k]!.map(unescapePxText) });
  }

  // Disaggregations, sorted by id, one frozen object per combination of the categories they come from.
  const involved = [...new Set([...dimFields.map((f) => f.variable), ...nativeDims.map((d) => d.variable)].filter((k) => k >= 0))];
  const cacheable = involved.reduce((n, k) => n * vars[k]!.values.length, 1) <= Number.MAX_SAFE_INTEGER;
  const dimsCache = new Map<number, Readonly<Record<string, string>> | false>();
  // Every id a row can have, sorted, each with the mapping's field and the native variable that overrides it.
  const ids = [...new Set([...dimKeys, ...nativeDims.map((d) => d.id)])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const plan = ids.map((id) => {
    const i = dimKeys.indexOf(id);
    return { id, valid: ID.test(id), field: i === -1 ? undefined : dimFields[i], native: nativeDims.find((d) => d.id === id) };
  });
  const buildDims = (idx: Int32Array): Readonly<Record<string, string>> | false => {
    // An unresolvable mapped code goes the plain way even when a native variable overrides it.
    for (const f of dimFields) if (f.values[f.variable < 0 ? 0 : idx[f.variable]!] === undefined) return false;
    const out: Record<string, string> = {};
    for (const { id, valid, field: f, native: d } of plan) {
      const fromNative = d ? d.values[idx[d.variable]!]! : "";
      const v = fromNative !== "" ? fromNative : f ? f.values[f.variable < 0 ? 0 : idx[f.variable]!]! : "";
      if (v === "") continue;
      if (!valid) return false;
      out[id] = v;
    }
    return Object.freeze(out);
  };
  const combinations = involved.reduce((n, k) => n * vars[k]!.values.length, 1);
  const dimsArray: (Readonly<Record<string, string>> | false | undefined)[] | undefined = combinations <= 1 << 20 ? new Array(combinations) : undefined;
  const dimsOf = (idx: Int32Array): Readonly<Record<string, string>> | false => {
    if (!cacheable) return buildDims(idx);
    let key = 0;
    for (const k of involved) key = key * vars[k]!.values.length + idx[k]!;
    if (dimsArray) return (dimsArray[key] ??= buildDims(idx));
    let d = dimsCache.get(key);
    if (d === undefined) {
      d = buildDims(idx);
      if (dimsCache.size >= CACHE_LIMIT) dimsCache.clear();
      dimsCache.set(key, d);
    }
    return d;
  };

  // Flags exactly as mapRow makes them (and finishObservation re-sorts), one frozen array per status symbol.
  const markers = mapping.markers;
  const baseFlags = mapping.flags ?? [];
  const flagsOf = (status: string | undefined): readonly [readonly ObservationFlag[], readonly ObservationFlag[]] => {
    const set = new Set<ObservationFlag>([...baseFlags, ...flagsForStatus(status, markers)]);
    const withValue = Object.freeze([...set].sort());
    if (!set.has("suppressed")) set.add("missing");
    return [withValue, Object.freeze([...set].sort())];
  };
  const noStatus = flagsOf(undefined);
  const flagCache = new Map<string, readonly [readonly ObservationFlag[], readonly ObservationFlag[]]>();
  const source = mapping.source;
  if (source !== undefined && (!ID.test(source.doc) || source.section === "" || source.note === "")) return () => undefined;
  const scale = mapping.scale ?? 1;
  const data = file.data;
  const symbols = file.dataSymbols;
  const measureStride = m ? st[m.variable]! : 0;
  const offsetOf = (category: number | undefined): number | undefined => (m && category !== undefined ? (category - m.categories.value) * measureStride : undefined);
  const [countAt, numeratorAt, denominatorAt] = [offsetOf(m?.categories.count), offsetOf(m?.categories.numerator), offsetOf(m?.categories.denominator)];
  // A cell's number: `null` for a symbol other than "-", `false` when the cell is invalid.
  const numberOf = (raw: number | string | undefined): number | null | false => {
    if (typeof raw === "number") return raw;
    if (raw === undefined) return null;
    if (classifyDatum(raw) === undefined) return false;
    return raw === "-" ? 0 : null;
  };

  return (idx) => {
    let base = 0;
    for (let k = 0; k < vars.length; k++) base += idx[k]! * st[k]!;
    const raw = data[base];
    let value = numberOf(raw);
    if (value === false) return null;
    // The measure's other categories, in the order pxRowAt reads them.
    let count: number | null | undefined;
    let numerator: number | null | undefined;
    let denominator: number | null | undefined;
    if (countAt !== undefined) {
      const c = numberOf(data[base + countAt]);
      if (c === false) return null;
      count = c;
    }
    if (numeratorAt !== undefined) {
      const c = numberOf(data[base + numeratorAt]);
      if (c === false) return null;
      numerator = c;
    }
    if (denominatorAt !== undefined) {
      const c = numberOf(data[base + denominatorAt]);
      if (c === false) return null;
      denominator = c;
    }
    if (native && raw === NATIVE.noObservation) return null;
    for (const f of filters) if (!f.allowed[idx[f.variable]!]) return null;
    const indicatorId = indicator.values[indicator.variable < 0 ? 0 : idx[indicator.variable]!];
    const p = period.values[period.variable < 0 ? 0 : idx[period.variable]!];
    const o = orgUnit.values[orgUnit.variable < 0 ? 0 : idx[orgUnit.variable]!];
    if (indicatorId === undefined || p === undefined || o === undefined) return undefined;
    const dims = dimsOf(idx);
    if (dims === false) return undefined;
    const status = typeof raw !== "string" ? undefined : raw === "-" ? "-" : Object.hasOwn(symbols, raw) ? symbols[raw]! : raw;
    if (markers !== undefined && status !== undefined && Object.hasOwn(markers, status.trim())) return undefined;
    if (value !== null) {
      value *= scale;
      if (!Number.isFinite(value)) return undefined;
    }
    if (!finite(count) || !finite(numerator) || !finite(denominator)) return undefined;
    if (numerator != null && denominator != null && numerator > denominator) return undefined;
    const pair = status === undefined ? noStatus : (flagCache.get(status) ?? flagCache.set(status, flagsOf(status)).get(status)!);
    const flags = value === null ? pair[1] : pair[0];
    // Properties in observationSchema's order, as mapRow and finishObservation give them.
    const out: { -readonly [K in keyof Observation]?: Observation[K] } = { indicatorId, period: p, orgUnit: o, dimensions: dims, value };
    if (numerator != null) out.numerator = numerator;
    if (denominator != null) out.denominator = denominator;
    if (count != null) out.count = count;
    out.flags = flags;
    if (source !== undefined) out.source = source;
    return out as Observation;
  };
}
