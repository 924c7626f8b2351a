import { observationFlagSchema, sourceRefSchema, type ObservationFlag, type SourceRef } from "@opptrapping/core";
import * as z from "zod";
import { AdapterError } from "../AdapterError.js";
import type { Cube } from "./types.js";

const cellExtraSchema = z.strictObject({
  flags: z.array(observationFlagSchema).optional(),
  source: sourceRefSchema.optional(),
  note: z.string().min(1).optional(),
});

/**
 * What `toJsonStat` keeps in `extension.opptrapping` beyond the cube: per cell (by the index
 * of its value), flags the status symbol cannot say, a source and a note; and a source shared
 * by every observation.
 *
 * @example
 * ```ts
 * nativeExtensionSchema.parse({ version: 1, cells: { "4": { flags: ["synthetic"], note: "SYNTETISK" } } });
 * ```
 */
export const nativeExtensionSchema = z.strictObject({
  version: z.literal(1),
  source: sourceRefSchema.optional(),
  cells: z.record(z.string().regex(/^(?:0|[1-9]\d*)$/), cellExtraSchema).optional(),
});

/** The `extension.opptrapping` block as written. */
export type NativeExtension = z.input<typeof nativeExtensionSchema>;

/** One cell's extras, validated. */
export interface CellExtra {
  readonly flags?: readonly ObservationFlag[];
  readonly source?: SourceRef;
  readonly note?: string;
}

/** The extras of a dataset written by `toJsonStat`, by value index. */
export interface NativeExtras {
  readonly source?: SourceRef;
  readonly cells: ReadonlyMap<number, CellExtra>;
}

/**
 * Reads the `extension.opptrapping` block of a dataset written by `toJsonStat` (absent → no
 * extras). A malformed block is an AdapterError `invalid_extension`.
 *
 * @example
 * ```ts
 * readNativeExtension(cube).cells.get(4)?.note; // "SYNTHETIC"
 * ```
 */
export function readNativeExtension(cube: Cube): NativeExtras {
  const ext = cube.extension;
  const block = typeof ext === "object" && ext !== null && Object.hasOwn(ext, "opptrapping") ? (ext as Record<string, unknown>)["opptrapping"] : undefined;
  if (block === undefined) return { cells: new Map() };
  const path = [...cube.path, "extension", "opptrapping"];
  const parsed = nativeExtensionSchema.safeParse(block);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AdapterError("invalid_extension", `extension.opptrapping is malformed: ${issue.path.join(".") || "(root)"}: ${issue.message}`, { path: [...path, ...issue.path.map((k) => (typeof k === "number" ? k : String(k)))] });
  }
  const cells = new Map<number, CellExtra>();
  for (const [key, extra] of Object.entries(parsed.data.cells ?? {})) {
    const index = Number(key);
    if (index >= cube.length) throw new AdapterError("invalid_extension", `extension.opptrapping.cells names cell ${key}, but the dataset has ${cube.length} cells`, { path: [...path, "cells", key] });
    const cell: { -readonly [K in keyof CellExtra]: CellExtra[K] } = {};
    if (extra.flags) cell.flags = Object.freeze(extra.flags);
    if (extra.source) cell.source = Object.freeze(extra.source);
    if (extra.note !== undefined) cell.note = extra.note;
    cells.set(index, Object.freeze(cell));
  }
  return parsed.data.source ? { source: Object.freeze(parsed.data.source), cells } : { cells };
}
