import { definePlugin } from "@opptrapping/sdk";
import { createJsonStatAdapter } from "./createJsonStatAdapter.js";

/**
 * The JSON-stat plugin, `opptrapping:json-stat`: contributes the JSON-stat 2.0 adapter.
 *
 * @example
 * ```ts
 * import { createToolkit } from "@opptrapping/sdk";
 * import { jsonStatPlugin } from "@opptrapping/adapters/json-stat";
 * const toolkit = createToolkit({ plugins: [jsonStatPlugin] });
 * ```
 */
export const jsonStatPlugin = definePlugin({
  name: "opptrapping:json-stat",
  adapters: [createJsonStatAdapter()],
});
