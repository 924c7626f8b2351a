import { AdapterError } from "../AdapterError.js";
import { preview } from "../text/preview.js";
import { sparseEntries } from "./readValues.js";
import type { CubeStatus, JsonPath, Report } from "./types.js";

/**
 * Reads a dataset's `status`: absent, one symbol for every cell (a string, or an array of
 * one), an array with one entry per cell, or a sparse index → symbol object. Symbols are
 * checked cell by cell as they are read (a status that is not a string is `invalid_status`).
 *
 * @example
 * ```ts
 * readStatus({ status: { "3": ".." } }, 6, [], report); // { kind: "sparse", symbols: Map { 3 => ".." } }
 * readStatus({ status: "p" }, 6, [], report); // { kind: "all", symbol: "p" }
 * ```
 */
export function readStatus(node: Readonly<Record<string, unknown>>, length: number, path: JsonPath, report: Report): CubeStatus {
  const status = Object.hasOwn(node, "status") ? node["status"] : undefined;
  const at = [...path, "status"];
  if (status === undefined || status === null) return { kind: "none" };
  if (typeof status === "string") return { kind: "all", symbol: status };
  if (Array.isArray(status)) {
    if (status.length === length) return { kind: "dense", symbols: status };
    if (status.length === 1) {
      const only: unknown = status[0];
      if (typeof only === "string") return { kind: "all", symbol: only };
      if (only === null) return { kind: "none" };
    }
    throw new AdapterError("invalid_status", `status has ${status.length} entries but the dataset has ${length} cells (give one per cell, one for all, or an index → symbol object)`, { path: at });
  }
  if (typeof status === "object") {
    const symbols = sparseEntries(status as Readonly<Record<string, unknown>>, length, at, "status", report);
    for (const [index, symbol] of symbols) if (symbol === null) symbols.delete(index);
    return { kind: "sparse", symbols };
  }
  throw new AdapterError("invalid_status", `status must be a string, an array or an index → symbol object, got ${preview(status)}`, { path: at });
}
