/**
 * @packageDocumentation
 * PX (PC-Axis) files, as SSB's statistics bank serves them: parse them, read them into
 * observations with a mapping spec, and write observations back.
 */
export { parsePx } from "./parsePx.js";
export { fromPx, type FromPxOptions } from "./fromPx.js";
export { defaultMaxCells as defaultPxMaxCells } from "./readPx.js";
export { toPx, type ToPxOptions } from "./toPx.js";
export { sortForPx } from "./sortForPx.js";
export { orderForPx } from "./orderForPx.js";
export { pxNativeMapping } from "./pxNativeMapping.js";
export { createPxAdapter } from "./createPxAdapter.js";
export { pxPlugin } from "./pxPlugin.js";
export type { PxAttributes, PxEntry, PxFile, PxTimeUnit, PxTranslation, PxValue, PxVariable } from "./types.js";
