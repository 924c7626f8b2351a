import type { DataAdapter } from "@opptrapping/sdk";
import type { MappingInput } from "../mapping/mappingSchema.js";
import { fromPx } from "./fromPx.js";
import { pxNativeMapping } from "./pxNativeMapping.js";
import { toPx } from "./toPx.js";

/**
 * The PX (PC-Axis) data adapter: reads `.px` files with a mapping spec ({@link fromPx}),
 * writes observations as PX ({@link toPx}, UTF-8), and reads its own output back with
 * `nativeMapping`.
 *
 * @example
 * ```ts
 * import { createPxAdapter } from "@opptrapping/adapters/px";
 * const px = createPxAdapter();
 * px.read(bytes, { mapping, mode: "lenient" }).issues;
 * ```
 */
export function createPxAdapter(): DataAdapter<MappingInput> {
  return Object.freeze({
    format: "px",
    extensions: Object.freeze([".px"]),
    read: (input: string | Uint8Array, options: { readonly mapping: MappingInput; readonly mode?: "strict" | "lenient" }) =>
      fromPx(input, options.mapping, options.mode ? { mode: options.mode } : {}),
    write: (observations) => toPx(observations),
    nativeMapping: pxNativeMapping,
  } satisfies DataAdapter<MappingInput>);
}
