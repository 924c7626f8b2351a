import { AdapterError } from "../AdapterError.js";
import { preview } from "../text/preview.js";
import type { JsonPath } from "./types.js";

const isObject = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads a dimension's category ids in index order: `category.index` as an array of ids or an
 * id → position object (which must be a permutation of 0…n-1), or — for a dimension of a
 * single category — only `category.label`. The count must equal the dimension's `size`.
 *
 * @example
 * ```ts
 * readCategories({ category: { index: { "0301": 1, "3201": 0 } } }, "Region", 2, ["dimension", "Region"]);
 * // ["3201", "0301"]
 * ```
 */
export function readCategories(dimension: unknown, id: string, size: number, path: JsonPath): string[] {
  const at = { dimension: id, path: [...path, "category", "index"] };
  const category = isObject(dimension) && Object.hasOwn(dimension, "category") ? dimension["category"] : undefined;
  if (!isObject(category)) throw new AdapterError("invalid_dataset", `dimension "${id}" has no category object`, { dimension: id, path });
  const index = Object.hasOwn(category, "index") ? category["index"] : undefined;
  const label = Object.hasOwn(category, "label") ? category["label"] : undefined;
  let codes: string[];
  if (Array.isArray(index)) {
    const seen = new Set<string>();
    codes = index.map((code: unknown, i) => {
      if (typeof code !== "string") throw new AdapterError("invalid_category_index", `category ${i} of dimension "${id}" is ${preview(code)}, not a category id (a string)`, { ...at, path: [...at.path, i] });
      if (seen.has(code)) throw new AdapterError("invalid_category_index", `category "${code}" appears twice in dimension "${id}"`, { ...at, path: [...at.path, i] });
      seen.add(code);
      return code;
    });
  } else if (isObject(index)) {
    const entries = Object.entries(index);
    const slots: (string | undefined)[] = new Array<string | undefined>(entries.length).fill(undefined);
    for (const [code, position] of entries) {
      if (typeof position !== "number" || !Number.isInteger(position) || position < 0 || position >= entries.length)
        throw new AdapterError("invalid_category_index", `category "${code}" of dimension "${id}" has position ${preview(position)}; the positions of its ${entries.length} categories must be 0…${entries.length - 1}, each once`, { ...at, path: [...at.path, code] });
      const taken = slots[position];
      if (taken !== undefined)
        throw new AdapterError("invalid_category_index", `categories "${taken}" and "${code}" of dimension "${id}" both have position ${position}; the positions must be a permutation of 0…${entries.length - 1}`, { ...at, path: [...at.path, code] });
      slots[position] = code;
    }
    codes = slots as string[];
  } else if (index === undefined && isObject(label)) {
    codes = Object.keys(label);
    if (codes.length !== 1)
      throw new AdapterError("invalid_category_index", `dimension "${id}" has ${codes.length} categories but no category.index to order them (only a single category may do without)`, at);
  } else {
    throw new AdapterError("invalid_category_index", `dimension "${id}" needs category.index (an array of ids or an id → position object), or a label when it has a single category`, at);
  }
  if (codes.length !== size)
    throw new AdapterError("category_size_mismatch", `dimension "${id}" has ${codes.length} categor${codes.length === 1 ? "y" : "ies"} but size gives it ${size}`, at);
  return codes;
}
