import type { NativeExtension } from "./nativeExtension.js";

/** A dimension as `toJsonStat` writes it. */
export interface JsonStatDimension {
  readonly label: string;
  readonly category: {
    /** Category ids in order. */
    readonly index: readonly string[];
    readonly label?: Readonly<Record<string, string>>;
  };
}

/** A JSON-stat 2.0 dataset as `toJsonStat` writes it. */
export interface JsonStatDataset {
  readonly version: "2.0";
  readonly class: "dataset";
  readonly label?: string;
  readonly source?: string;
  readonly updated?: string;
  readonly id: readonly string[];
  readonly size: readonly number[];
  readonly role: { readonly time: readonly string[]; readonly geo: readonly string[]; readonly metric: readonly string[] };
  readonly dimension: Readonly<Record<string, JsonStatDimension>>;
  /** Dense (one entry per cell, `null` where empty) or sparse (cell index → value). */
  readonly value: readonly (number | null)[] | Readonly<Record<string, number>>;
  /** Cell index → status symbol, for cells that have one. */
  readonly status?: Readonly<Record<string, string>>;
  readonly extension?: { readonly opptrapping: NativeExtension };
}
