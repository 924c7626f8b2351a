import { createToolkit, type Toolkit } from "@opptrapping/sdk";
import { assessorsPlugin } from "./assessors/index.js";
import { defaultStatusPlugin } from "./rules/index.js";

/** The plugins every toolkit of this package starts from: all assessors and the default rule. */
export const builtinPlugins = [assessorsPlugin, defaultStatusPlugin] as const;

/**
 * The built-in plugins as a union type: what {@link assess} checks a `rule` id against when
 * no toolkit is given (so `rule: "default"` compiles and a misspelt id does not).
 *
 * @example
 * ```ts
 * import type { BuiltinPlugin } from "@opptrapping/indicators";
 * import type { RuleIdOf } from "@opptrapping/sdk";
 * const id: RuleIdOf<BuiltinPlugin> = "default";
 * ```
 */
export type BuiltinPlugin = (typeof builtinPlugins)[number];

let builtin: Toolkit<BuiltinPlugin> | undefined;

/**
 * The toolkit of built-in plugins, created on first use.
 *
 * @example
 * ```ts
 * import { builtinToolkit } from "@opptrapping/indicators";
 * builtinToolkit().assessorKinds.length; // 8
 * ```
 */
export function builtinToolkit(): Toolkit<BuiltinPlugin> {
  builtin ??= createToolkit({ plugins: builtinPlugins });
  return builtin;
}
