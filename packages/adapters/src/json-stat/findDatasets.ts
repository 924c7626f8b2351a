import { AdapterError } from "../AdapterError.js";
import type { DatasetNode, JsonPath } from "./types.js";

type Obj = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const own = (o: Obj, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);
/** A JSON-stat 1.x dataset in a bundle has no `class`, but `dimension` and `value`. */
const looksLikeDataset = (o: Obj): boolean => isObject(own(o, "dimension")) && own(o, "value") !== undefined;

function collect(node: unknown, path: JsonPath, out: DatasetNode[]): void {
  const here = path.length > 0 ? { path } : {};
  if (!isObject(node)) throw new AdapterError("not_json_stat", "expected a JSON-stat dataset or collection, got " + (Array.isArray(node) ? "an array" : node === null ? "null" : typeof node), here);
  const cls = own(node, "class");
  if (own(node, "error") !== undefined && own(node, "dimension") === undefined)
    throw new AdapterError("not_json_stat", `the response holds an error instead of data: ${JSON.stringify(own(node, "error")).slice(0, 200)}`, { path: [...path, "error"] });
  if (cls === "dataset" || (cls === undefined && looksLikeDataset(node))) {
    out.push({ node, path });
    return;
  }
  if (cls === "collection") {
    const link = own(node, "link");
    const items = isObject(link) ? own(link, "item") : undefined;
    if (!Array.isArray(items)) throw new AdapterError("not_json_stat", "a JSON-stat collection needs link.item, an array of its items", { path: [...path, "link", "item"] });
    items.forEach((item: unknown, i) => {
      const at = [...path, "link", "item", i];
      if (isObject(item) && own(item, "class") === "dataset" && own(item, "dimension") === undefined)
        throw new AdapterError("not_json_stat", `collection item ${i} links to a dataset (${String(own(item, "href") ?? "no href")}) without embedding it; fetch the dataset itself`, { path: at });
      collect(item, at, out);
    });
    return;
  }
  if (cls === "dimension") throw new AdapterError("not_json_stat", "this is a JSON-stat dimension, not a dataset or collection", here);
  // A bundle (JSON-stat 1.x) or a response wrapping datasets under names.
  const before = out.length;
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (isObject(child) && (own(child, "class") === "dataset" || looksLikeDataset(child))) out.push({ node: child, path: [...path, key] });
  }
  if (out.length === before)
    throw new AdapterError("not_json_stat", `expected a JSON-stat dataset or collection ("class": "dataset" or "collection"), got ${cls === undefined ? "an object without one" : `"class": ${JSON.stringify(cls)}`}`, here);
}

/**
 * Finds the datasets in a parsed JSON-stat response, in order: a dataset, a collection's
 * embedded datasets (nested collections too), or a bundle (JSON-stat 1.x, or a response whose
 * top level holds datasets under names). Anything else is an AdapterError `not_json_stat`.
 *
 * @example
 * ```ts
 * findDatasets({ class: "collection", link: { item: [ds1, ds2] } });
 * // [{ node: ds1, path: ["link", "item", 0] }, { node: ds2, path: ["link", "item", 1] }]
 * ```
 */
export function findDatasets(root: unknown): DatasetNode[] {
  const out: DatasetNode[] = [];
  collect(root, [], out);
  return out;
}
