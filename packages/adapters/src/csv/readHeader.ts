import { idSchema } from "@opptrapping/core";
import { AdapterError } from "../AdapterError.js";
import type { Mapping } from "../mapping/index.js";
import type { CsvColumns } from "./csvMapping.js";

/** Where the columns a CSV mapping reads are, by index (-1: not mapped). */
export interface CsvLayout {
  /** The header names, trimmed. */
  readonly names: readonly string[];
  /** Columns whose text the mapping reads as codes (`from`, `filter`): name and index. */
  readonly codes: readonly (readonly [name: string, index: number])[];
  readonly value: number;
  readonly count: number;
  readonly numerator: number;
  readonly denominator: number;
  readonly flags: number;
  readonly note: number;
  readonly sourceDoc: number;
  readonly sourceSection: number;
  readonly sourceNote: number;
  /** Dimensions from `columns.dimensionPrefix`: id and index, sorted by id. */
  readonly dimensions: readonly (readonly [id: string, index: number])[];
  /** A wide file's value columns: the code name, and each column's name and index. */
  readonly wide?: { readonly name: string; readonly columns: readonly (readonly [name: string, index: number])[] };
  /** For a wide read: the code name and the column name of the value column being read. */
  readonly wideCode?: readonly [name: string, column: string];
}

/**
 * Reads the header row against a mapping: names are trimmed; two columns with the same
 * (non-empty) name are `duplicate_header`; every column the mapping names must exist, else
 * `unknown_dimension` lists the file's columns; prefixed dimension columns must give valid
 * ids not also mapped in `dimensions`.
 *
 * @example
 * ```ts
 * const layout = readHeader(["år", " verdi "], mapping, columns, 1);
 * layout.value; // 1
 * ```
 */
export function readHeader(fields: readonly string[], mapping: Mapping, columns: CsvColumns, line: number): CsvLayout {
  const names = fields.map((f) => f.trim());
  const index = new Map<string, number>();
  const duplicates: string[] = [];
  names.forEach((name, i) => {
    if (name === "") return;
    const first = index.get(name);
    if (first === undefined) index.set(name, i);
    else duplicates.push(`${JSON.stringify(name)} (columns ${first + 1} and ${i + 1})`);
  });
  if (duplicates.length > 0) {
    throw new AdapterError("duplicate_header", `the header names a column twice: ${duplicates.join(", ")}; rename one so the mapping can tell them apart`, { line });
  }

  const codeNames = new Set<string>();
  for (const spec of [mapping.indicator, mapping.period, mapping.orgUnit, ...Object.values(mapping.dimensions)]) if ("from" in spec) codeNames.add(spec.from);
  for (const key of Object.keys(mapping.filter ?? {})) codeNames.add(key);
  // A wide file's code name is not a column: it is made from the value columns' names.
  if (columns.wide) codeNames.delete(columns.wide.name);
  const numbered = [columns.value, ...(columns.wide?.columns ?? []), columns.count, columns.numerator, columns.denominator, columns.flags, columns.note, columns.sourceDoc, columns.sourceSection, columns.sourceNote];
  const missing = [...codeNames, ...numbered.filter((n): n is string => n !== undefined)].filter((n) => !index.has(n));
  if (missing.length > 0) {
    const list = (xs: readonly string[]) => xs.map((x) => JSON.stringify(x)).join(", ");
    throw new AdapterError(
      "unknown_dimension",
      `the mapping names ${missing.length === 1 ? "a column" : "columns"} the file does not have: ${list([...new Set(missing)])}; the file's columns are ${list(names)}`,
      { line, dimension: missing[0]! },
    );
  }

  const dimensions: [string, number][] = [];
  const prefix = columns.dimensionPrefix;
  if (prefix !== undefined) {
    names.forEach((name, i) => {
      if (!name.startsWith(prefix)) return;
      const id = name.slice(prefix.length);
      if (!idSchema.safeParse(id).success) {
        throw new AdapterError("invalid_header", `column ${JSON.stringify(name)} would give the dimension ${JSON.stringify(id)}, which is not an id (a letter or digit, then letters, digits, '.', '_', ':' or '-')`, { line, column: i + 1 });
      }
      if (Object.hasOwn(mapping.dimensions, id)) {
        throw new AdapterError("invalid_header", `column ${JSON.stringify(name)} gives the dimension "${id}", which the mapping's dimensions also give`, { line, column: i + 1 });
      }
      dimensions.push([id, i]);
    });
    dimensions.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  const at = (name: string | undefined) => (name === undefined ? -1 : index.get(name)!);
  return {
    names,
    codes: [...codeNames].map((name) => [name, index.get(name)!] as const),
    value: at(columns.value),
    count: at(columns.count),
    numerator: at(columns.numerator),
    denominator: at(columns.denominator),
    flags: at(columns.flags),
    note: at(columns.note),
    sourceDoc: at(columns.sourceDoc),
    sourceSection: at(columns.sourceSection),
    sourceNote: at(columns.sourceNote),
    dimensions,
    ...(columns.wide ? { wide: { name: columns.wide.name, columns: columns.wide.columns.map((c) => [c, index.get(c)!] as const) } } : {}),
  };
}
