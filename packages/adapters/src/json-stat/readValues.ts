import { AdapterError } from "../AdapterError.js";
import { preview } from "../text/preview.js";
import type { CubeValues, JsonPath, Report } from "./types.js";

const INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * Parses the keys of a sparse `value` or `status` object (`"12"` → 12). A key that is not a
 * cell index below `length` is reported (and skipped in lenient mode).
 *
 * @example
 * ```ts
 * sparseEntries({ "0": 1.5, "4": null }, 6, ["value"], "value", report); // Map { 0 => 1.5, 4 => null }
 * ```
 */
export function sparseEntries(object: Readonly<Record<string, unknown>>, length: number, path: JsonPath, what: "value" | "status", report: Report): Map<number, unknown> {
  const map = new Map<number, unknown>();
  for (const key of Object.keys(object)) {
    const index = INDEX.test(key) ? Number(key) : Number.NaN;
    if (!(index < length)) {
      report(`invalid_${what}_index`, `${what} key "${key}" is not a cell index; the dataset has ${length} cells (0…${length - 1})`, { path: [...path, key] });
      continue;
    }
    map.set(index, object[key]);
  }
  return map;
}

/**
 * Reads a dataset's `value`: a dense array, whose length must be the product of the sizes
 * (AdapterError `size_mismatch` naming both numbers), or a sparse index → value object.
 *
 * @example
 * ```ts
 * readValues({ value: [1, null, 3] }, 3, [], report); // { kind: "dense", values: [1, null, 3] }
 * readValues({ value: { "2": 3 } }, 3, [], report); // { kind: "sparse", values: Map { 2 => 3 } }
 * ```
 */
export function readValues(node: Readonly<Record<string, unknown>>, length: number, sizes: readonly number[], path: JsonPath, report: Report): CubeValues {
  const value = Object.hasOwn(node, "value") ? node["value"] : undefined;
  const at = [...path, "value"];
  if (Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView))) {
    const values = value as ArrayLike<unknown> as readonly unknown[];
    if (values.length !== length)
      throw new AdapterError("size_mismatch", `value has ${values.length} entries but size [${sizes.join(", ")}] makes ${length} cells`, { path: at });
    return { kind: "dense", values: Array.isArray(values) ? values : Array.from(values) };
  }
  if (typeof value === "object" && value !== null) return { kind: "sparse", values: sparseEntries(value as Readonly<Record<string, unknown>>, length, at, "value", report) };
  throw new AdapterError("invalid_dataset", `value must be an array (dense) or an object of index → value (sparse), got ${preview(value)}`, { path: at });
}
