import { OpptrappingError } from "@opptrapping/core";
import type { AnyTargetAssessor, StatusRule } from "./assessment.js";
import type { DataAdapter, IndicatorCalculator } from "./extensions.js";

/**
 * A plugin: a plain object with a namespaced `name` and the extensions it contributes.
 * Built-ins are plugins too (`opptrapping:assessors`, `opptrapping:default-status`…).
 */
export interface Plugin {
  /** Namespaced name, `scope:name`, e.g. `"helse-vest:waiting-bands"`. Stamped on every error its hooks throw. */
  readonly name: string;
  /** Target assessors, one per target kind. */
  readonly assessors?: readonly AnyTargetAssessor[];
  /** Status rules, each with a unique id. */
  readonly statusRules?: readonly StatusRule[];
  /** Indicator calculators, each with a unique id. */
  readonly calculators?: readonly IndicatorCalculator<never, unknown>[];
  /**
   * Data adapters, each with a unique format. `unknown`, not `never`: `nativeMapping` is
   * covariant in the mapping type, so a `DataAdapter<CsvMapping>` from a factory fits only here.
   */
  readonly adapters?: readonly DataAdapter<unknown>[];
}

/** A plugin, a falsy value (skipped), or a nested list of them — as `createToolkit` accepts. */
export type PluginOption = Plugin | false | null | undefined | readonly PluginOption[];

const NAME = /^[a-z0-9][a-z0-9-]*:[a-z0-9][a-z0-9.-]*$/;

/** Thrown when a plugin is malformed. */
export class PluginDefinitionError extends OpptrappingError {
  constructor(message: string, path: readonly (string | number)[] = []) {
    super("invalid_plugin", message, path);
  }
}

/**
 * Declares a plugin with full type inference: ids of its rules, calculators and formats stay
 * literal types, so a toolkit built from it knows them. Checks the shape and freezes it.
 *
 * @example
 * ```ts
 * import { definePlugin } from "@opptrapping/sdk";
 * export const strictRule = definePlugin({
 *   name: "acme:strict",
 *   statusRules: [{ id: "strict", decide: ({ measurement }) => measurement.met
 *     ? { status: "achieved", colour: "green", reason: { nb: "Nådd.", en: "Met." } }
 *     : { status: "offTrack", colour: "red", reason: { nb: "Ikke nådd.", en: "Not met." } } }],
 * });
 * ```
 */
export function definePlugin<const P extends Plugin>(plugin: P): P {
  if (plugin === null || typeof plugin !== "object") throw new PluginDefinitionError("a plugin must be an object");
  if (typeof plugin.name !== "string" || !NAME.test(plugin.name))
    throw new PluginDefinitionError(
      `plugin name ${JSON.stringify(plugin.name)} must be namespaced as "scope:name" in lower case (e.g. "acme:waiting-bands")`,
      ["name"],
    );
  const lists = ["assessors", "statusRules", "calculators", "adapters"] as const;
  for (const key of lists) {
    const list = plugin[key];
    if (list !== undefined && !Array.isArray(list))
      throw new PluginDefinitionError(`plugin "${plugin.name}": ${key} must be an array`, [key]);
  }
  const check = (ok: boolean, key: string, i: number, what: string) => {
    if (!ok) throw new PluginDefinitionError(`plugin "${plugin.name}": ${key}[${i}] ${what}`, [key, i]);
  };
  plugin.assessors?.forEach((a, i) => check(typeof a?.kind === "string" && typeof a.assess === "function", "assessors", i, "needs a kind and an assess function"));
  plugin.statusRules?.forEach((r, i) => check(typeof r?.id === "string" && r.id !== "" && typeof r.decide === "function", "statusRules", i, "needs an id and a decide function"));
  plugin.calculators?.forEach((c, i) => check(typeof c?.id === "string" && c.id !== "" && typeof c.calculate === "function", "calculators", i, "needs an id and a calculate function"));
  plugin.adapters?.forEach((a, i) => check(typeof a?.format === "string" && a.format !== "" && typeof a.read === "function" && Array.isArray(a.extensions), "adapters", i, "needs a format, extensions and a read function"));
  return Object.freeze(plugin);
}
