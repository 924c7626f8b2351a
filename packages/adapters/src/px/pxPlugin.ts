import { definePlugin } from "@opptrapping/sdk";
import { createPxAdapter } from "./createPxAdapter.js";

/**
 * The plugin that contributes the PX adapter (format `px`).
 *
 * @example
 * ```ts
 * import { createToolkit } from "@opptrapping/sdk";
 * import { pxPlugin } from "@opptrapping/adapters/px";
 * createToolkit({ plugins: [pxPlugin] }).adapter("px");
 * ```
 */
export const pxPlugin = definePlugin({ name: "opptrapping:px", adapters: [createPxAdapter()] });
