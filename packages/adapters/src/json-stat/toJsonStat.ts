import type { Observation, SourceRef } from "@opptrapping/core";
import { AdapterError } from "../AdapterError.js";
import type { JsonStatDataset, JsonStatDimension } from "./jsonStatDataset.js";
import type { NativeExtension } from "./nativeExtension.js";
import { ABSENT_CATEGORY, dimensionIdOf } from "./nativeMapping.js";
import { flagsReadBack, statusSymbolOf } from "./statusSymbols.js";

/** Options of {@link toJsonStat}. */
export interface ToJsonStatOptions {
  /** The dataset's label. */
  readonly label?: string;
  /** Who publishes the data (JSON-stat `source`, free text). */
  readonly source?: string;
  /** When the data were updated, ISO 8601. */
  readonly updated?: string;
}

const MEASURES = ["value", "count", "numerator", "denominator"] as const;
const MEASURE_LABELS: Readonly<Record<string, string>> = { value: "Value", count: "Count", numerator: "Numerator", denominator: "Denominator" };
const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
const sameSource = (a: SourceRef, b: SourceRef): boolean => a.doc === b.doc && a.section === b.section && a.note === b.note;
const sameFlags = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((f, i) => f === b[i]);

function categories(values: Iterable<string>): { index: string[]; position: Map<string, number> } {
  const index = [...new Set(values)].sort(cmp);
  return { index, position: new Map(index.map((c, i) => [c, i])) };
}

/**
 * Writes observations as one JSON-stat 2.0 dataset: dimensions `indicator`, `period`,
 * `orgUnit`, one per disaggregation key (in key order; a key equal to a reserved id is written
 * `_key`; the category `""` marks observations without that key) and `measure` (`value`, then
 * `count`, `numerator`, `denominator` as present), categories in code-unit order — so cells,
 * and the observations read back, come in the order of `compareObservations`.
 *
 * `value` is sparse (index → value) when fewer than half the cells have one, else dense.
 * Flags go to `status` as `jsonStatStatusSymbols` (`:` suppressed, `..` missing, `p`
 * provisional); flags a symbol cannot say (e.g. `synthetic`, or two at once), per-observation
 * sources and notes go to `extension.opptrapping`. Reading the result with
 * `jsonStatNativeMapping` gives the observations back exactly, sorted; dimension keys come
 * back in code-unit order, and `-0` becomes `0` once serialised. Two observations of the same
 * cell are an AdapterError `duplicate_observation`.
 *
 * @example
 * ```ts
 * import { toJsonStat } from "@opptrapping/adapters/json-stat";
 * const dataset = toJsonStat([
 *   { indicatorId: "R5.wait", period: "2025-06", orgUnit: "NO", dimensions: { service: "PHBU" }, value: 37.5, flags: [] },
 * ], { label: "Ventetid", source: "Helsedirektoratet" });
 * dataset.id; // ["indicator", "period", "orgUnit", "service", "measure"]
 * ```
 */
export function toJsonStat(observations: readonly Observation[], options: ToJsonStatOptions = {}): JsonStatDataset {
  const keys = [...new Set(observations.flatMap((o) => Object.keys(o.dimensions)))].sort(cmp);
  const fixed = [
    categories(observations.map((o) => o.indicatorId)),
    categories(observations.map((o) => o.period)),
    categories(observations.map((o) => o.orgUnit)),
  ];
  const disaggregations = keys.map((k) => categories(observations.map((o) => (Object.hasOwn(o.dimensions, k) ? o.dimensions[k]! : ABSENT_CATEGORY))));
  const measures = MEASURES.filter((m) => m === "value" || observations.some((o) => o[m] !== undefined));
  const cats = [...fixed, ...disaggregations];
  const sizes = [...cats.map((c) => c.index.length), measures.length];
  const strides = sizes.map(() => 1);
  for (let i = sizes.length - 2; i >= 0; i--) strides[i] = strides[i + 1]! * sizes[i + 1]!;
  const length = sizes.reduce((a, b) => a * b, 1);

  const base = observations.map((o) => {
    const codes = [o.indicatorId, o.period, o.orgUnit, ...keys.map((k) => (Object.hasOwn(o.dimensions, k) ? o.dimensions[k]! : ABSENT_CATEGORY))];
    return codes.reduce((sum, code, d) => sum + cats[d]!.position.get(code)! * strides[d]!, 0);
  });
  const order = observations.map((_, i) => i).sort((i, j) => base[i]! - base[j]!);
  for (let k = 1; k < order.length; k++)
    if (base[order[k]!] === base[order[k - 1]!])
      throw new AdapterError("duplicate_observation", `observations ${order[k - 1]} and ${order[k]} are for the same indicator, period, org unit and disaggregation; a JSON-stat cell holds one value`, { path: ["observations", order[k]!] });

  const sources = observations.filter((o) => o.source !== undefined).map((o) => o.source!);
  const common = sources.length === observations.length && sources.length > 0 && sources.every((s) => sameSource(s, sources[0]!)) ? sources[0] : undefined;
  const entries: [number, number][] = [];
  const status: [number, string][] = [];
  const cells: Record<string, NonNullable<NativeExtension["cells"]>[string]> = {};
  let extras = 0;
  for (const i of order) {
    const o = observations[i]!;
    const at = base[i]!;
    measures.forEach((m, p) => {
      const v = o[m];
      if (v !== undefined && v !== null) entries.push([at + p, v]);
    });
    const symbol = statusSymbolOf(o.flags);
    if (symbol !== undefined) status.push([at, symbol]);
    const extra: NonNullable<NativeExtension["cells"]>[string] = {};
    if (!sameFlags(flagsReadBack(symbol, o.value === null), o.flags)) extra.flags = [...o.flags];
    if (o.source !== undefined && common === undefined) extra.source = { ...o.source };
    if (o.note !== undefined) extra.note = o.note;
    if (Object.keys(extra).length > 0) {
      cells[String(at)] = extra;
      extras++;
    }
  }

  let value: JsonStatDataset["value"];
  if (entries.length * 2 < length) value = Object.fromEntries(entries.map(([k, v]) => [String(k), v]));
  else {
    const dense = new Array<number | null>(length).fill(null);
    for (const [k, v] of entries) dense[k] = v;
    value = dense;
  }
  const dimension = (label: string, index: readonly string[], catLabels?: Readonly<Record<string, string>>): JsonStatDimension => ({ label, category: catLabels ? { index, label: catLabels } : { index } });
  const ids = ["indicator", "period", "orgUnit", ...keys.map(dimensionIdOf), "measure"];
  const dims = [
    dimension("Indicator (indikator)", fixed[0]!.index),
    dimension("Period (periode)", fixed[1]!.index),
    dimension("Org unit (enhet)", fixed[2]!.index),
    ...keys.map((k, d) => dimension(k, disaggregations[d]!.index)),
    dimension("Measure", measures, Object.fromEntries(measures.map((m) => [m, MEASURE_LABELS[m]!]))),
  ];
  const extension: NativeExtension | undefined =
    common !== undefined || extras > 0 ? { version: 1, ...(common !== undefined ? { source: { ...common } } : {}), ...(extras > 0 ? { cells } : {}) } : undefined;
  return {
    version: "2.0",
    class: "dataset",
    ...(options.label !== undefined ? { label: options.label } : {}),
    ...(options.source !== undefined ? { source: options.source } : {}),
    ...(options.updated !== undefined ? { updated: options.updated } : {}),
    id: ids,
    size: sizes,
    role: { time: ["period"], geo: ["orgUnit"], metric: ["measure"] },
    dimension: Object.fromEntries(ids.map((id, d) => [id, dims[d]!])),
    value,
    ...(status.length > 0 ? { status: Object.fromEntries(status.map(([k, s]) => [String(k), s])) } : {}),
    ...(extension ? { extension: { opptrapping: extension } } : {}),
  };
}
