import { observationFlagSchema, type Observation, type ObservationFlag, type SourceRef } from "@opptrapping/core";
import { AdapterError } from "../AdapterError.js";
import { mapRow, type Mapping, type SourceRow } from "../mapping/index.js";
import type { CsvRow } from "./CsvTokenizer.js";
import { restoreCell } from "./neutraliseCell.js";
import { tryParseNumber } from "./parseNumber.js";
import type { CsvLayout } from "./readHeader.js";
import type { ColumnStyle } from "./resolveNumberStyles.js";

const FLAGS: ReadonlySet<string> = new Set(observationFlagSchema.options);
const FLAG_SEPARATORS = /[\s,;|]+/;

const EMPTY = { kind: "empty", value: null } as const;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Turns one data row into an observation with the mapping (`undefined` when its `filter`
 * leaves the row out). Cells are read as written — not trimmed — after `restoreCell`; codes
 * go into a prototype-less object, so a column named `__proto__` is just a column.
 *
 * @throws {AdapterError} with the line (and column) of the problem.
 * @example
 * ```ts
 * const observation = readRow({ fields: ["2024", "41,5"], line: 2, error: undefined }, layout, mapping, styles);
 * ```
 */
export function readRow(row: CsvRow, layout: CsvLayout, mapping: Mapping, styles: ReadonlyMap<number, ColumnStyle>): Observation | undefined {
  const f = row.fields;
  const line = row.line;
  const cell = (i: number) => restoreCell(f[i] ?? "");
  const codes = Object.create(null) as Record<string, string>;
  for (const [name, i] of layout.codes) codes[name] = cell(i);
  if (layout.wideCode) codes[layout.wideCode[0]] = layout.wideCode[1];

  const markers = mapping.markers;
  const value = readNumberCell(row, layout.value, layout, styles, markers) ?? EMPTY;
  const source: Mutable<SourceRow> = { codes, value: value.value, at: { line } };
  if (value.kind === "symbol") source.status = value.status;
  for (const key of ["count", "numerator", "denominator"] as const) {
    const n = readNumberCell(row, layout[key], layout, styles, markers);
    if (n !== undefined) source[key] = n.value;
  }

  let rowMapping = mapping;
  const flags = layout.flags < 0 ? [] : readFlags(cell(layout.flags), line, layout.flags);
  const dimensions: Record<string, { fixed: string }> = {};
  let extraDimensions = false;
  for (const [id, i] of layout.dimensions) {
    const text = cell(i);
    if (text === "") continue;
    dimensions[id] = { fixed: text };
    extraDimensions = true;
  }
  const ref = readSourceRef(layout, cell, line);
  if (flags.length > 0 || extraDimensions || ref !== undefined) {
    rowMapping = {
      ...mapping,
      dimensions: extraDimensions ? { ...mapping.dimensions, ...dimensions } : mapping.dimensions,
      flags: [...(mapping.flags ?? []), ...flags],
      ...(ref === undefined ? {} : { source: ref }),
    };
  }

  let observation = mapRow(source, rowMapping);
  if (observation === undefined) return undefined;
  const keys = Object.keys(observation.dimensions);
  if (keys.some((k, i) => i > 0 && keys[i - 1]! > k)) {
    const sorted: Record<string, string> = {};
    for (const k of keys.sort()) sorted[k] = observation.dimensions[k]!;
    observation = { ...observation, dimensions: sorted };
  }
  const note = layout.note < 0 ? "" : cell(layout.note);
  return note === "" ? observation : { ...observation, note };
}

function readNumberCell(row: CsvRow, index: number, layout: CsvLayout, styles: ReadonlyMap<number, ColumnStyle>, markers: Readonly<Record<string, string>> | undefined) {
  if (index < 0) return undefined;
  const text = restoreCell(row.fields[index] ?? "");
  if (text.trim() === "") return EMPTY;
  // A source's own marker (NAV's `*`): its meaning is applied by mapRow through `status`.
  if (markers !== undefined && Object.hasOwn(markers, text.trim())) return { kind: "symbol", value: null, status: text.trim() } as const;
  const column = styles.get(index) ?? { style: "auto" };
  const r = tryParseNumber(text, column.style);
  if (r.kind === "number" || r.kind === "symbol") return r;
  let message = `column ${JSON.stringify(layout.names[index])}: ${r.message}`;
  if (r.kind === "ambiguous") message += "; no other value in the file tells the style";
  else if (column.evidence !== undefined && tryParseNumber(text, "auto").kind === "number") {
    message += ` (the column reads as ${column.style === "nb" ? "Norwegian" : "English"} numbers, from ${column.evidence}; set numberStyle if that is wrong)`;
  }
  throw new AdapterError(r.kind === "ambiguous" ? "ambiguous_number" : "invalid_number", message, { line: row.line, column: index + 1 });
}

function readFlags(text: string, line: number, index: number): ObservationFlag[] {
  const flags: ObservationFlag[] = [];
  for (const word of text.split(FLAG_SEPARATORS)) {
    if (word === "") continue;
    if (!FLAGS.has(word)) {
      throw new AdapterError("invalid_flag", `${JSON.stringify(word)} is not an observation flag (${[...FLAGS].join(", ")})`, { line, column: index + 1 });
    }
    flags.push(word as ObservationFlag);
  }
  return flags;
}

function readSourceRef(layout: CsvLayout, cell: (i: number) => string, line: number): SourceRef | undefined {
  const doc = layout.sourceDoc < 0 ? "" : cell(layout.sourceDoc);
  const section = layout.sourceSection < 0 ? "" : cell(layout.sourceSection);
  const note = layout.sourceNote < 0 ? "" : cell(layout.sourceNote);
  if (doc === "") {
    if (section !== "" || note !== "") {
      throw new AdapterError("invalid_observation", "a source section or note needs a source document (its column is empty)", { line, ...(layout.sourceDoc < 0 ? {} : { column: layout.sourceDoc + 1 }) });
    }
    return undefined;
  }
  return { doc, ...(section === "" ? {} : { section }), ...(note === "" ? {} : { note }) };
}
