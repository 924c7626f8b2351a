import type { DataAdapter } from "@opptrapping/sdk";
import { definePlugin } from "@opptrapping/sdk";
import type { CsvMappingInput } from "./csvMapping.js";
import { csvNativeMapping } from "./csvNativeMapping.js";
import { fromCsv, type FromCsvOptions } from "./fromCsv.js";
import { toCsv, type ToCsvOptions } from "./toCsv.js";

/**
 * Options of {@link createCsvAdapter}: how it reads (all but `mode`) and writes.
 *
 * @example
 * ```ts
 * import { createCsvAdapter, type CsvAdapterOptions } from "@opptrapping/adapters/csv";
 * const npr: CsvAdapterOptions = { read: { numberStyle: "nb" }, write: { delimiter: ";", locale: "nb" } };
 * createCsvAdapter(npr);
 * ```
 */
export interface CsvAdapterOptions {
  readonly read?: Omit<FromCsvOptions, "mode">;
  readonly write?: ToCsvOptions;
}

/**
 * The CSV data adapter (format `"csv"`; `.csv`, `.tsv`, `.txt`): `read` is `fromCsv`,
 * `write` is `toCsv`, and `nativeMapping` (`csvNativeMapping`) reads `write`'s output back.
 *
 * @example
 * ```ts
 * import { createCsvAdapter } from "@opptrapping/adapters/csv";
 * const csv = createCsvAdapter({ read: { numberStyle: "nb" }, write: { delimiter: ";", locale: "nb" } });
 * csv.read(text, { mapping, mode: "lenient" });
 * ```
 */
export function createCsvAdapter(options: CsvAdapterOptions = {}): DataAdapter<CsvMappingInput> {
  return Object.freeze({
    format: "csv",
    extensions: Object.freeze([".csv", ".tsv", ".txt"]),
    read: (input: string | Uint8Array, o: { readonly mapping: CsvMappingInput; readonly mode?: "strict" | "lenient" }) =>
      fromCsv(input, o.mapping, { ...options.read, ...(o.mode === undefined ? {} : { mode: o.mode }) }),
    write: (observations) => toCsv(observations, options.write),
    nativeMapping: csvNativeMapping,
  } satisfies DataAdapter<CsvMappingInput>);
}

/**
 * The CSV plugin, `opptrapping:csv`, contributing {@link createCsvAdapter}'s adapter.
 *
 * @example
 * ```ts
 * import { createToolkit } from "@opptrapping/sdk";
 * import { csvPlugin } from "@opptrapping/adapters/csv";
 * const toolkit = createToolkit({ plugins: [csvPlugin] });
 * toolkit.adapterForFile("ventetider.csv")?.format; // "csv"
 * ```
 */
export const csvPlugin = definePlugin({ name: "opptrapping:csv", adapters: [createCsvAdapter()] });
