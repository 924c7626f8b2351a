import { createToolkit, type Toolkit } from "@opptrapping/sdk";
import { assessorsPlugin } from "./assessors/index.js";
import { defaultStatusPlugin } from "./rules/index.js";

/** The plugins every toolkit of this package starts from: all assessors and the default rule. */
export const builtinPlugins = [assessorsPlugin, defaultStatusPlugin] as const;

let builtin: Toolkit | undefined;

/**
 * The toolkit of built-in plugins, created on first use.
 *
 * @example
 * ```ts
 * import { builtinToolkit } from "@opptrapping/indicators";
 * builtinToolkit().assessorKinds.length; // 8
 * ```
 */
export function builtinToolkit(): Toolkit {
  builtin ??= createToolkit({ plugins: builtinPlugins });
  return builtin;
}
