import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { csvPlugin } from "@opptrapping/adapters/csv";
import { jsonStatPlugin } from "@opptrapping/adapters/json-stat";
import { pxPlugin } from "@opptrapping/adapters/px";
import { AdapterError, fromObservationsJson } from "@opptrapping/adapters";
import { OpptrappingError, type Issue, type Observation } from "@opptrapping/core";
import { createToolkit, type DataAdapter } from "@opptrapping/sdk";
import { UsageError } from "./args.js";

/** The adapters the CLI reads and writes with. */
export function adapterToolkit() {
  return createToolkit({ plugins: [csvPlugin, jsonStatPlugin, pxPlugin] });
}

/** Formats the CLI reads: the adapters' plus plain JSON arrays of observations. */
export type InputFormat = "csv" | "json-stat" | "px" | "json";

/** Thrown when a file cannot be read at all. */
export class FileError extends OpptrappingError {}

/** Reads a file's bytes, with a clear error when it is missing or unreadable. */
export function readBytes(path: string, progress?: (message: string) => void): Uint8Array {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new FileError("file_not_found", `cannot read "${path}": no such file`);
  }
  if (size > 20 * 1024 * 1024) progress?.(`reading ${basename(path)} (${(size / 1024 / 1024).toFixed(0)} MB)…`);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new FileError("file_unreadable", `cannot read "${path}": ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Detects a data file's format by its name, or takes the one given. */
export function detectFormat(path: string, given: string | undefined): InputFormat {
  if (given !== undefined) {
    if (given === "csv" || given === "json-stat" || given === "px" || given === "json") return given;
    throw new UsageError(`--input-format takes csv, json-stat, px or json; got "${given}"`);
  }
  const lower = path.toLowerCase();
  if (lower.endsWith(".px")) return "px";
  if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) return "csv";
  if (lower.endsWith(".jsonstat") || lower.endsWith(".json-stat")) return "json-stat";
  if (lower.endsWith(".json")) return "json";
  throw new UsageError(`cannot tell the format of "${path}" from its name`, "add --input-format csv|json-stat|px|json");
}

/** What reading a data file gave. */
export interface Loaded {
  readonly observations: readonly Observation[];
  readonly issues: readonly Issue[];
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
      throw new AdapterError("invalid_json", `"${path}" is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) && ("dataset" in parsed || (parsed as { class?: unknown }).class === "dataset" || (parsed as { class?: unknown }).class === "collection" || ("value" in parsed && "id" in parsed)))
      format = "json-stat";
    else return fromObservationsJson(parsed, { mode: options.mode });
  }
  const adapter: DataAdapter<unknown> = adapterToolkit().adapter(format) as DataAdapter<unknown>;
  const mapping = options.mapping ?? adapter.nativeMapping;
  return adapter.read(bytes, { mapping, mode: options.mode });
}

/** Reads a JSON mapping file. */
export function loadMapping(path: string): unknown {
  const text = new TextDecoder().decode(readBytes(path));
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FileError("invalid_mapping_file", `the mapping "${path}" is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
