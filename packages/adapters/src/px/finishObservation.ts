import { observationSchema, type Observation } from "@opptrapping/core";
import { AdapterError } from "../AdapterError.js";
import type { PxRow } from "./pxRows.js";
import { NATIVE, unescapePxText } from "./nativeFormat.js";
import type { PxFile } from "./types.js";

interface Extras {
  dimensions?: Record<string, string>;
  flags?: string[];
  note?: string;
  source?: { doc: string; section?: string; note?: string };
}

function attributeExtras(file: PxFile, key: string, extras: Extras): void {
  const a = file.attributes;
  if (!a) return;
  const values = a.cells.get(key) ?? a.defaults ?? [];
  const get = (id: string) => {
    const i = a.ids.indexOf(id);
    return i === -1 ? "" : unescapePxText(values[i] ?? "");
  };
  const flags = get(NATIVE.attributes.flags).split(/\s+/).filter(Boolean);
  if (flags.length) extras.flags = flags;
  const note = get(NATIVE.attributes.note);
  if (note) extras.note = note;
  const [doc, section, sourceNote] = [get(NATIVE.attributes.sourceDoc), get(NATIVE.attributes.sourceSection), get(NATIVE.attributes.sourceNote)];
  if (doc || section || sourceNote) extras.source = { doc, ...(section ? { section } : {}), ...(sourceNote ? { note: sourceNote } : {}) };
}

// Codes repeat on every row: unescape each once.
const unescaped = new Map<string, string>();
function unescapeCached(code: string): string {
  let v = unescaped.get(code);
  if (v === undefined) {
    v = unescapePxText(code);
    if (unescaped.size >= 50_000) unescaped.clear();
    unescaped.set(code, v);
  }
  return v;
}

function nativeDimensions(row: PxRow): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  const coordinates = row.row.at.coordinates ?? {};
  for (const name in coordinates) {
    if (!name.startsWith(NATIVE.dimensionPrefix)) continue;
    const value = unescapeCached(coordinates[name]!);
    if (value !== "") out[name.slice(NATIVE.dimensionPrefix.length)] = value;
  }
  return out;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const FLAGS = new Set(["provisional", "suppressed", "missing", "synthetic"]);

/** What the extras can break in an observation mapRow already checked, without zod's per-row cost. */
function plainlyValid(o: Observation): boolean {
  for (const key in o.dimensions) if (!ID.test(key) || o.dimensions[key] === "") return false;
  for (const f of o.flags) if (!FLAGS.has(f)) return false;
  if (o.note !== undefined && o.note === "") return false;
  if (o.source !== undefined && (!ID.test(o.source.doc) || o.source.section === "" || o.source.note === "")) return false;
  return o.value !== null || o.flags.includes("missing") || o.flags.includes("suppressed");
}

const sortedKeys = (o: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * Completes an observation mapped from a PX row: a native file's `dimension:<id>` codes become
 * its disaggregations (when read with the native mapping), the cell's `opptrapping:*`
 * ATTRIBUTES add flags, a note and — unless the mapping gives one — a source, and the
 * disaggregations are put in id order so equal cubes read equal. Throws `invalid_observation`
 * when what the attributes add is not valid.
 *
 * @example
 * ```ts
 * finishObservation(mapRow(row.row, mapping)!, row, file, true);
 * ```
 */
export function finishObservation(o: Observation, row: PxRow, file: PxFile, native: boolean): Observation {
  const extras: Extras = {};
  if (native) extras.dimensions = nativeDimensions(row);
  attributeExtras(file, row.key, extras);
  if (!extras.dimensions && !extras.flags && !extras.note && !extras.source) return { ...o, dimensions: sortedKeys(o.dimensions) };
  // In observationSchema's key order, so the fast path gives what zod would.
  const { note: _note, source: _source, ...rest } = o;
  const source = o.source ?? extras.source;
  const note = extras.note ?? o.note;
  const candidate = {
    ...rest,
    dimensions: sortedKeys({ ...o.dimensions, ...extras.dimensions }),
    flags: [...new Set([...o.flags, ...(extras.flags ?? [])])].sort(),
    ...(source ? { source } : {}),
    ...(note ? { note } : {}),
  };
  if (plainlyValid(candidate as Observation)) return candidate as Observation;
  const parsed = observationSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AdapterError("invalid_observation", `the cell does not make a valid observation: ${issue.path.join(".")}: ${issue.message}`, row.row.at);
  }
  return parsed.data;
}
