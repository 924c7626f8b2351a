import { AdapterError } from "../AdapterError.js";
import { readCategories } from "./readCategories.js";
import { readStatus } from "./readStatus.js";
import { readValues } from "./readValues.js";
import type { Cube, CubeDimension, DatasetNode, Report } from "./types.js";

type Obj = Readonly<Record<string, unknown>>;
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const own = (o: Obj, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

/**
 * Reads and checks a dataset's structure: `id` and `size` (at the top, or inside `dimension`
 * as in JSON-stat 1.x) of equal length, a `dimension` entry for every id with its categories,
 * strides (row-major, last dimension fastest), `value` and `status`. Structural problems
 * throw an AdapterError in either mode; problems with single entries go to `report`.
 *
 * @example
 * ```ts
 * const cube = readCube({ node: dataset, path: [] }, report);
 * cube.dimensions.map((d) => d.id); // ["Region", "ContentsCode", "Tid"]
 * ```
 */
export function readCube({ node, path }: DatasetNode, report: Report): Cube {
  const dimension = own(node, "dimension");
  if (!isObject(dimension)) throw new AdapterError("invalid_dataset", "a dataset needs a dimension object", { path: [...path, "dimension"] });
  const idPath = own(node, "id") !== undefined ? [...path, "id"] : [...path, "dimension", "id"];
  const sizePath = own(node, "size") !== undefined ? [...path, "size"] : [...path, "dimension", "size"];
  const ids = own(node, "id") ?? own(dimension, "id");
  const rawSizes = own(node, "size") ?? own(dimension, "size");
  // JSON-stat 1.x producers (CSO Ireland) write sizes as strings: "37".
  const sizes = Array.isArray(rawSizes) ? rawSizes.map((x: unknown) => (typeof x === "string" && /^\d{1,15}$/.test(x) ? Number(x) : x)) : rawSizes;
  if (!Array.isArray(ids) || !ids.every((x): x is string => typeof x === "string"))
    throw new AdapterError("invalid_dataset", "a dataset needs id, an array of its dimension ids", { path: idPath });
  if (!Array.isArray(sizes) || !sizes.every((x): x is number => typeof x === "number" && Number.isInteger(x) && x >= 0))
    throw new AdapterError("invalid_dataset", "a dataset needs size, an array of whole numbers (categories per dimension)", { path: sizePath });
  if (ids.length !== sizes.length)
    throw new AdapterError("id_size_mismatch", `id lists ${ids.length} dimension${ids.length === 1 ? "" : "s"} (${ids.join(", ")}) but size has ${sizes.length} entr${sizes.length === 1 ? "y" : "ies"} [${sizes.join(", ")}]`, { path: sizePath });
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new AdapterError("invalid_dataset", `dimension "${id}" appears twice in id`, { dimension: id, path: idPath });
    seen.add(id);
  }
  let length = 1;
  for (const s of sizes) length *= s;
  if (!Number.isSafeInteger(length)) throw new AdapterError("invalid_dataset", `size [${sizes.join(", ")}] makes more cells than can be counted`, { path: sizePath });

  const strides: number[] = new Array<number>(ids.length).fill(1);
  for (let i = ids.length - 2; i >= 0; i--) strides[i] = strides[i + 1]! * sizes[i + 1]!;
  const dimensions: CubeDimension[] = ids.map((id, i) => {
    const dimPath = [...path, "dimension", id];
    if (!Object.hasOwn(dimension, id))
      throw new AdapterError("missing_dimension", `id lists dimension "${id}" but dimension has no entry for it (it has ${Object.keys(dimension).filter((k) => k !== "id" && k !== "size" && k !== "role").join(", ") || "none"})`, { dimension: id, path: dimPath });
    return { id, codes: readCategories(dimension[id], id, sizes[i]!, dimPath), stride: strides[i]! };
  });
  return {
    path,
    dimensions,
    length,
    values: readValues(node, length, sizes, path, report),
    status: readStatus(node, length, path, report),
    extension: own(node, "extension"),
  };
}
