import type { Location } from "../AdapterError.js";

/** A JSON path from the root of the input, e.g. `["link", "item", 1]` for a collection's 2nd dataset. */
export type JsonPath = readonly (string | number)[];

/** A dataset found in the input: its node and where it is. */
export interface DatasetNode {
  readonly node: Readonly<Record<string, unknown>>;
  readonly path: JsonPath;
}

/** A dimension of a dataset as read: its id, category ids in index order, and stride. */
export interface CubeDimension {
  readonly id: string;
  /** Category ids by position (`category.index` order). */
  readonly codes: readonly string[];
  /** How far apart in `value` two neighbouring categories are (row-major, last dimension fastest). */
  readonly stride: number;
}

/** The values of a dataset: the dense array as given, or the sparse object as a map. */
export type CubeValues =
  | { readonly kind: "dense"; readonly values: readonly unknown[] }
  | { readonly kind: "sparse"; readonly values: ReadonlyMap<number, unknown> };

/** The status of a dataset's values: one symbol for all, a dense array, or a sparse map. */
export type CubeStatus =
  | { readonly kind: "none" }
  | { readonly kind: "all"; readonly symbol: string }
  | { readonly kind: "dense"; readonly symbols: readonly unknown[] }
  | { readonly kind: "sparse"; readonly symbols: ReadonlyMap<number, unknown> };

/** A dataset's structure and data, checked: sizes agree, category indexes are permutations. */
export interface Cube {
  readonly path: JsonPath;
  readonly dimensions: readonly CubeDimension[];
  /** The number of cells: the product of the sizes. */
  readonly length: number;
  readonly values: CubeValues;
  readonly status: CubeStatus;
  /** The dataset's `extension` block, as given. */
  readonly extension: unknown;
}

/** Reports a problem with one cell or entry: throws in strict mode, records an issue in lenient mode. */
export type Report = (code: string, message: string, at: Location) => void;
