import { AdapterError } from "../AdapterError.js";
import { preview } from "../text/preview.js";
import type { DatasetNode, JsonPath } from "./types.js";

type Obj = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const own = (o: Obj, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);
/** A JSON-stat 1.x dataset in a bundle has no `class`, but `dimension` and `value`. */
const looksLikeDataset = (o: Obj): boolean => isObject(own(o, "dimension")) && own(o, "value") !== undefined;

/** Collections nested deeper than this are refused (real ones nest two or three levels). */
export const MAX_COLLECTION_DEPTH = 32;

const isEurostatWs = (o: Obj): boolean => own(o, "wsVersion") !== undefined;
function eurostat(path: JsonPath): AdapterError {
  return new AdapterError("not_json_stat", "this is a Eurostat web-service response (wsVersion), JSON-stat-like but not the standard (status and value are wrapped in objects); ask the Eurostat API for JSON-stat 2.0 instead", { path });
}

function collect(node: unknown, path: JsonPath, out: DatasetNode[], depth: number): void {
  const here = path.length > 0 ? { path } : {};
  if (depth > MAX_COLLECTION_DEPTH) throw new AdapterError("too_deep", `collections nest more than ${MAX_COLLECTION_DEPTH} levels deep; no real JSON-stat response does`, here);
  if (!isObject(node)) throw new AdapterError("not_json_stat", "expected a JSON-stat dataset or collection, got " + (Array.isArray(node) ? "an array" : node === null ? "null" : typeof node), here);
  const cls = own(node, "class");
  if (own(node, "error") !== undefined && own(node, "dimension") === undefined)
    throw new AdapterError("not_json_stat", `the response holds an error instead of data: ${preview(own(node, "error"), 200)}`, { path: [...path, "error"] });
  if (isEurostatWs(node)) throw eurostat(path);
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
      collect(item, at, out, depth + 1);
    });
    return;
  }
  if (cls === "dimension") throw new AdapterError("not_json_stat", "this is a JSON-stat dimension, not a dataset or collection", here);
  // A bundle (JSON-stat 1.x) or a response wrapping datasets under names.
  const before = out.length;
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (isObject(child) && isEurostatWs(child)) throw eurostat([...path, key]);
    if (isObject(child) && (own(child, "class") === "dataset" || looksLikeDataset(child))) out.push({ node: child, path: [...path, key] });
  }
  if (out.length === before)
    throw new AdapterError("not_json_stat", `expected a JSON-stat dataset or collection ("class": "dataset" or "collection"), got ${cls === undefined ? "an object without one" : `"class": ${preview(cls)}`}`, here);
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
  collect(root, [], out, 0);
  return out;
}

/**
 * Picks one dataset of a bundle or collection: by position (0 for the first, in the order
 * {@link findDatasets} gives), or by name — a bundle key (`"canada"`), a dataset's `label`, or
 * the last part of its `href`. AdapterError `unknown_dataset` lists what there is.
 *
 * @example
 * ```ts
 * selectDataset(findDatasets(bundle), "canada").path; // ["canada"]
 * ```
 */
export function selectDataset(datasets: readonly DatasetNode[], selector: number | string): DatasetNode {
  const names = datasets.map((d) => {
    const label = own(d.node, "label");
    const href = own(d.node, "href");
    const key = d.path[d.path.length - 1];
    return [typeof key === "string" ? key : undefined, typeof label === "string" ? label : undefined, typeof href === "string" ? href.split("/").pop() : undefined].filter((x): x is string => x !== undefined);
  });
  const found = typeof selector === "number" ? (Number.isInteger(selector) ? datasets[selector] : undefined) : datasets.find((_, i) => names[i]!.includes(selector));
  if (found) return found;
  const list = datasets.map((d, i) => `${i}${names[i]!.length > 0 ? ` (${names[i]!.map((n) => `"${n.slice(0, 60)}"`).join(", ")})` : ""}`).join("; ");
  throw new AdapterError("unknown_dataset", `no dataset ${typeof selector === "number" ? `at position ${selector}` : `named "${selector.slice(0, 60)}"`}; the input holds ${datasets.length}: ${list}`, { path: ["options", "dataset"] });
}
