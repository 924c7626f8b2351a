import { csvPlugin } from "@opptrapping/adapters/csv";
import { jsonStatPlugin } from "@opptrapping/adapters/json-stat";
import { pxPlugin } from "@opptrapping/adapters/px";
import { AdapterError, fromObservationsJson } from "@opptrapping/adapters";
import type { Issue, Observation } from "@opptrapping/core";
import { createToolkit, type DataAdapter } from "@opptrapping/sdk";
import { clip, UsageError } from "./args.js";
import { FileError, readBytes } from "./files.js";
import { mappingTemplate, MAPPING_TEMPLATES } from "./mappings.js";

/** The adapters the CLI reads and writes with. */
export function adapterToolkit() {
  return createToolkit({ plugins: [csvPlugin, jsonStatPlugin, pxPlugin] });
}

/** Formats the CLI reads: the adapters' plus plain JSON arrays of observations. */
export type InputFormat = "csv" | "json-stat" | "px" | "json";

export { FileError, readBytes } from "./files.js";

/** Detects a data file's format by its name, or takes the one given. */
export function detectFormat(path: string, given: string | undefined): InputFormat {
  if (given !== undefined) {
    if (given === "csv" || given === "json-stat" || given === "px" || given === "json") return given;
    throw new UsageError(`--input-format takes csv, json-stat, px or json; got "${clip(given)}"`);
  }
  const lower = path.toLowerCase();
  if (lower.endsWith(".px")) return "px";
  if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) return "csv";
  if (lower.endsWith(".jsonstat") || lower.endsWith(".json-stat")) return "json-stat";
  if (lower.endsWith(".json")) return "json";
  throw new UsageError(`cannot tell the format of "${clip(path, 120)}" from its name`, "add --input-format csv|json-stat|px|json");
}

/** What reading a data file gave. */
export interface Loaded {
  readonly observations: readonly Observation[];
  readonly issues: readonly Issue[];
  /** The shipped mapping used because the file had its shape, if one was. */
  readonly template?: string;
}

/**
 * Reads observations from a data file. JSON files holding a JSON-stat dataset (`"class":
 * "dataset"` or `"version"` and `"value"`) are read as JSON-stat; other JSON must be an array
 * of observations. Without a mapping, the format's own (what `convert` writes) is used.
 */
export function loadData(path: string, options: { format?: string; mapping?: unknown; mode: "strict" | "lenient"; progress?: (m: string) => void }): Loaded {
  const bytes = readBytes(path, options.progress);
  let format = detectFormat(path, options.format);
  if (format === "json") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      throw new AdapterError("invalid_json", `"${clip(path, 120)}" is not valid JSON: ${clip(error instanceof Error ? error.message : String(error), 160)}`);
    }
    if (options.mapping === undefined) {
      const template = MAPPING_TEMPLATES.find((t) => t.format === "json-stat" && t.recognises(parsed));
      if (template) {
        const adapter = adapterToolkit().adapter("json-stat") as DataAdapter<unknown>;
        return { ...adapter.read(bytes, { mapping: template.mapping, mode: options.mode }), template: template.name };
      }
    }
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) && ("dataset" in parsed || (parsed as { class?: unknown }).class === "dataset" || (parsed as { class?: unknown }).class === "collection" || ("value" in parsed && "id" in parsed)))
      format = "json-stat";
    else return fromObservationsJson(parsed, { mode: options.mode });
  }
  if (format === "json-stat" && options.mapping === undefined) {
    // A .jsonstat file may have a shipped mapping's shape too; unreadable JSON is the adapter's to report.
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      parsed = undefined;
    }
    const template = MAPPING_TEMPLATES.find((t) => t.format === "json-stat" && t.recognises(parsed));
    if (template) return { ...(adapterToolkit().adapter("json-stat") as DataAdapter<unknown>).read(bytes, { mapping: template.mapping, mode: options.mode }), template: template.name };
  }
  const adapter: DataAdapter<unknown> = adapterToolkit().adapter(format) as DataAdapter<unknown>;
  const mapping = options.mapping ?? adapter.nativeMapping;
  return adapter.read(bytes, { mapping, mode: options.mode });
}

/** Reads a JSON mapping file, or takes a shipped one by name (`--mapping ssb-ventetid`). */
export function loadMapping(pathOrName: string): unknown {
  const template = mappingTemplate(pathOrName);
  if (template) return template.mapping;
  const text = new TextDecoder().decode(readBytes(pathOrName));
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FileError("invalid_mapping_file", `the mapping "${clip(pathOrName, 120)}" is not valid JSON: ${clip(error instanceof Error ? error.message : String(error), 160)}`, "check the file, or name a shipped mapping: opptrapping mappings");
  }
}
