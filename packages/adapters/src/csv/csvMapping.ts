import * as z from "zod";
import { AdapterError } from "../AdapterError.js";
import { parseMapping, type Mapping, type MappingInput } from "../mapping/index.js";

const column = z.string().min(1);

/**
 * The CSV mapping's `columns`: the shared spec's value, count, numerator and denominator
 * columns, plus CSV-only columns that carry per-row what the shared spec can only fix for the
 * whole source — flags, a note, a source reference and dimensions named by a column prefix.
 * (Proposed for the shared `mappingSchema`; until then the CSV adapter reads them itself.)
 *
 * @example
 * ```ts
 * import { csvColumnsSchema } from "@opptrapping/adapters/csv";
 * csvColumnsSchema.parse({ value: "verdi", flags: "flagg", dimensionPrefix: "dim." });
 * ```
 */
export const csvColumnsSchema = z.strictObject({
  /** The value column. Empty cells are missing values; SSB symbols (`..`, `:`) and the mapping's `markers` set flags. */
  value: column.optional(),
  /**
   * A wide file: each listed column holds the value for one category (NAV's one column per
   * county). Each row gives one observation per column, whose source code `name` is the
   * column's name — map it like any column: `orgUnit: { from: name, map: { ostfold: "01" } }`.
   */
  wide: z.strictObject({ name: column, columns: z.array(column).min(1).max(10_000) }).optional(),
  count: column.optional(),
  numerator: column.optional(),
  denominator: column.optional(),
  /** A column of observation flags, separated by spaces (also `,` `;` `|`). */
  flags: column.optional(),
  /** A column of notes (empty: none). */
  note: column.optional(),
  /** Columns of a per-row source reference (empty `sourceDoc`: none). */
  sourceDoc: column.optional(),
  sourceSection: column.optional(),
  sourceNote: column.optional(),
  /** Every column named `<prefix><id>` gives the dimension `<id>`; an empty cell leaves it out. */
  dimensionPrefix: column.optional(),
});

/**
 * The CSV columns of a mapping, validated.
 *
 * @example
 * ```ts
 * import type { CsvColumns } from "@opptrapping/adapters/csv";
 * const columns: CsvColumns = { value: "Ventetid", count: "Antall" };
 * ```
 */
export type CsvColumns = z.output<typeof csvColumnsSchema>;

function checkValueOrWide(columns: CsvColumns): string | undefined {
  if (columns.value === undefined && columns.wide === undefined) return "mapping.columns: give the value column (`value`) or the value columns of a wide file (`wide`)";
  if (columns.value !== undefined && columns.wide !== undefined) return "mapping.columns: give either `value` or `wide`, not both";
  return undefined;
}

/**
 * A mapping spec for CSV: the shared spec (`from` names a column) whose `columns` may also
 * name the CSV-only columns of {@link csvColumnsSchema}.
 *
 * @example
 * ```ts
 * import type { CsvMappingInput } from "@opptrapping/adapters/csv";
 * const npr: CsvMappingInput = {
 *   indicator: { fixed: "R5.wait" }, period: { from: "Periode" }, orgUnit: { from: "Region" },
 *   dimensions: { service: { from: "Tjenesteområde" } },
 *   columns: { value: "Gjennomsnittlig ventetid (dager)", count: "Antall avviklede" },
 * };
 * ```
 */
export type CsvMappingInput = Omit<MappingInput, "columns"> & {
  readonly columns?: (z.input<typeof csvColumnsSchema> & ({ readonly value: string } | { readonly wide: { readonly name: string; readonly columns: readonly string[] } })) | undefined;
};

const SHARED = ["value", "count", "numerator", "denominator"] as const;

/**
 * Validates a CSV mapping: the shared spec with `parseMapping`, the columns with
 * {@link csvColumnsSchema}. CSV needs `columns` (at least `value`) and takes no `measure`.
 *
 * @throws {AdapterError} `invalid_mapping` listing the problems with their paths.
 * @example
 * ```ts
 * import { parseCsvMapping } from "@opptrapping/adapters/csv";
 * const { columns } = parseCsvMapping({ indicator: { fixed: "R5.wait" }, period: { from: "år" }, columns: { value: "verdi" } });
 * columns.value; // "verdi"
 * ```
 */
export function parseCsvMapping(input: unknown): { readonly mapping: Mapping; readonly columns: CsvColumns } {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return { mapping: parseMapping(input), columns: missingColumns() };
  const raw: unknown = (input as { columns?: unknown }).columns;
  if (raw === undefined) {
    const mapping = parseMapping(input);
    if (mapping.measure) throw invalid("mapping.measure is for cube formats (JSON-stat, PX); a CSV mapping names its columns in `columns`");
    return { mapping, columns: missingColumns() };
  }
  const isObject = raw !== null && typeof raw === "object" && !Array.isArray(raw);
  const parsed = csvColumnsSchema.safeParse(raw);
  const lines = new Set<string>();
  if (isObject && !parsed.success) {
    for (const i of parsed.error.issues) lines.add(`mapping.columns.${i.path.map(String).join(".") || "(root)"}: ${i.message}`);
  }
  const shared: Record<string, unknown> = {};
  if (isObject) for (const key of SHARED) if (Object.hasOwn(raw, key)) shared[key] = (raw as Record<string, unknown>)[key];
  let mapping: Mapping | undefined;
  if (parsed.success) {
    const problem = checkValueOrWide(parsed.data);
    if (problem !== undefined) lines.add(problem);
  }
  const { columns: _columns, ...rest } = input as Record<string, unknown>;
  try {
    // A wide mapping has no single value column: the shared spec is checked without `columns`.
    mapping = parseMapping(isObject && shared["value"] === undefined ? rest : { ...input, columns: isObject ? shared : raw });
  } catch (error) {
    if (!(error instanceof AdapterError)) throw error;
    for (const line of error.message.split("\n  - ").slice(1)) lines.add(line);
  }
  if (mapping === undefined || !parsed.success || lines.size > 0) throw invalid([...lines].join("\n  - "));
  return { mapping, columns: parsed.data };
}

function missingColumns(): never {
  throw invalid("mapping.columns: a CSV mapping needs `columns` naming at least the value column, e.g. { value: \"verdi\" }");
}

function invalid(line: string): AdapterError {
  return new AdapterError("invalid_mapping", `Invalid mapping spec:\n  - ${line}`, { path: ["mapping"] });
}
