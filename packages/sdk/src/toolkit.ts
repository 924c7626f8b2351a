import { OpptrappingError, type TargetKind } from "@opptrapping/core";
import type { AnyTargetAssessor, AssessorInput, Measurement, StatusRule, TargetAssessor } from "./assessment.js";
import type { DataAdapter, IndicatorCalculator } from "./extensions.js";
import { definePlugin, type Plugin, type PluginOption } from "./plugin.js";

/** The plugins in a (possibly nested, possibly falsy) plugin list, as a union. */
export type PluginsIn<O> = O extends readonly (infer U)[] ? PluginsIn<U> : O extends Plugin ? O : never;
type ElementOf<L> = L extends readonly (infer E)[] ? E : never;
// Distributes over the elements, so a plugin with no list of that sort adds `never`, not `string`
// (a non-distributive `infer` on no candidates falls back to its constraint and would widen every id to string).
type IdIn<E> = E extends { readonly id: infer I extends string } ? I : never;
type FormatIn<E> = E extends { readonly format: infer F extends string } ? F : never;
/** Status rule ids contributed by plugins `P`. */
export type RuleIdOf<P extends Plugin> = P extends unknown ? IdIn<ElementOf<P["statusRules"]>> : never;
/** Calculators contributed by plugins `P`. */
export type CalculatorOf<P extends Plugin> = P extends unknown ? ElementOf<P["calculators"]> : never;
/** The calculator of `C` whose id is `Id` (a calculator declared with a plain `string` id matches any id). */
export type CalculatorById<C, Id extends string> = C extends { readonly id: infer I } ? (Id extends I ? C : never) : never;
/** Adapter formats contributed by plugins `P`. */
export type FormatOf<P extends Plugin> = P extends unknown ? FormatIn<ElementOf<P["adapters"]>> : never;

/** A string literal from `T`, while still accepting any string (keeps editor completion). */
type Suggest<T extends string> = T | (string & {});

/** Thrown when two plugins claim the same target kind, rule id, calculator id or format. */
export class ToolkitConflictError extends OpptrappingError {
  /** Each conflict: what is claimed and by which plugins. */
  readonly conflicts: readonly { readonly extension: string; readonly key: string; readonly plugins: readonly string[] }[];
  constructor(conflicts: ToolkitConflictError["conflicts"]) {
    super(
      "plugin_conflict",
      `Plugins conflict: ${conflicts.map((c) => `${c.extension} "${c.key}" is claimed by ${c.plugins.join(" and ")}`).join("; ")}. Leave one of them out of the toolkit.`,
    );
    this.conflicts = Object.freeze(conflicts.map((c) => Object.freeze({ ...c, plugins: Object.freeze([...c.plugins]) })));
  }
}

/** Thrown when a toolkit has no extension for what was asked. */
export class MissingExtensionError extends OpptrappingError {
  constructor(extension: string, key: string, known: readonly string[]) {
    super(
      "missing_extension",
      `No ${extension} "${key}" in this toolkit (known: ${known.length ? known.join(", ") : "none"}). Add a plugin that provides it.`,
    );
  }
}

/** Wraps anything a plugin hook throws that is not already one of ours, naming the plugin. */
export class PluginError extends OpptrappingError {
  /** The plugin whose hook failed. */
  readonly plugin: string;
  constructor(plugin: string, hook: string, cause: unknown) {
    const message = cause instanceof Error ? cause.message : String(cause);
    super("plugin_failed", `[${plugin}] ${hook} failed: ${message}`, [], { cause });
    this.plugin = plugin;
  }
}

/** A composed, frozen set of plugins with typed access to their extensions. */
export interface Toolkit<P extends Plugin = Plugin> {
  /** Names of the plugins, in the order given. */
  readonly plugins: readonly string[];
  /** Target kinds with an assessor. */
  readonly assessorKinds: readonly TargetKind[];
  /** Ids of the status rules. */
  readonly ruleIds: readonly RuleIdOf<P>[];
  /** Ids of the calculators. */
  readonly calculatorIds: readonly CalculatorOf<P>["id"][];
  /** Formats of the adapters. */
  readonly formats: readonly FormatOf<P>[];
  /** The assessor of a target kind; throws {@link MissingExtensionError}. */
  assessor<K extends TargetKind>(kind: K): TargetAssessor<K>;
  /** A status rule by id; throws {@link MissingExtensionError}. */
  statusRule(id: Suggest<RuleIdOf<P>>): StatusRule;
  /** A calculator by id, typed by what its plugin declared. */
  calculator<Id extends CalculatorOf<P>["id"]>(id: Id): CalculatorById<CalculatorOf<P>, Id>;
  /** An adapter by format; throws {@link MissingExtensionError}. */
  adapter(format: Suggest<FormatOf<P>>): DataAdapter<never>;
  /** The adapter reading a file name's ending, or `undefined`. */
  adapterForFile(fileName: string): DataAdapter<never> | undefined;
  /** The plugin that provides an extension, for messages. */
  ownerOf(extension: "assessor" | "statusRule" | "calculator" | "adapter", key: string): string | undefined;
}

/** Options of {@link createToolkit}. */
export interface ToolkitOptions<O extends PluginOption> {
  /** Plugins; nested lists are flattened and falsy entries skipped, as in Vite. */
  readonly plugins: O;
}

/**
 * Composes plugins into a frozen toolkit. Rejects conflicts (two plugins claiming the same
 * target kind, rule id, calculator id or format) with one {@link ToolkitConflictError} listing
 * them all. Every hook is wrapped so an error it throws names its plugin.
 *
 * @example
 * ```ts
 * import { createToolkit, definePlugin } from "@opptrapping/sdk";
 * const toolkit = createToolkit({ plugins: [definePlugin({ name: "acme:double",
 *   calculators: [{ id: "double", calculate: (x: number) => x * 2 }] })] });
 * toolkit.calculator("double").calculate(21); // 42
 * ```
 */
export function createToolkit<const O extends PluginOption>(options: ToolkitOptions<O>): Toolkit<PluginsIn<O>> {
  const plugins = flatten(options.plugins).map((p) => definePlugin(p));
  const names = new Set<string>();
  const conflicts: { extension: string; key: string; plugins: string[] }[] = [];
  for (const p of plugins) {
    if (names.has(p.name)) {
      // One entry per name, however many copies: the same merge `register` does for extensions.
      const existing = conflicts.find((c) => c.key === p.name);
      if (existing) existing.plugins.push(p.name);
      else conflicts.push({ extension: "plugin", key: p.name, plugins: [p.name, p.name] });
    }
    names.add(p.name);
  }

  const owners = new Map<string, string>();
  const register = <T>(registry: Map<string, T>, extension: string, key: string, value: T, plugin: string) => {
    const id = `${extension}\u0000${key}`;
    const owner = owners.get(id);
    if (owner !== undefined) {
      const existing = conflicts.find((c) => c.extension === extension && c.key === key);
      if (existing) existing.plugins.push(plugin);
      else conflicts.push({ extension, key, plugins: [owner, plugin] });
      return;
    }
    owners.set(id, plugin);
    registry.set(key, value);
  };

  const assessors = new Map<string, AnyTargetAssessor>();
  const rules = new Map<string, StatusRule>();
  const calculators = new Map<string, IndicatorCalculator<never, unknown>>();
  const adapters = new Map<string, DataAdapter<never>>();
  const byExtension = new Map<string, DataAdapter<never>>();
  for (const p of plugins) {
    for (const a of p.assessors ?? []) {
      // Each assessor is typed by its own kind; the registry hands it only targets of that kind.
      const assess = a.assess.bind(a) as (input: AssessorInput) => Measurement;
      register(assessors, "assessor", a.kind, Object.freeze({ kind: a.kind, assess: guard(p.name, `assess (${a.kind})`, assess) }) as AnyTargetAssessor, p.name);
    }
    for (const r of p.statusRules ?? [])
      register(rules, "statusRule", r.id, Object.freeze({ ...r, decide: guard(p.name, `decide (${r.id})`, r.decide.bind(r)) }), p.name);
    for (const c of p.calculators ?? [])
      register(calculators, "calculator", c.id, Object.freeze({ ...c, calculate: guard(p.name, `calculate (${c.id})`, c.calculate.bind(c)) }), p.name);
    for (const a of p.adapters ?? []) {
      // Handed out as DataAdapter<never>: the toolkit cannot know the mapping type, so callers pass their own.
      const wrapped = Object.freeze<DataAdapter<unknown>>({
        ...a,
        extensions: Object.freeze([...a.extensions]),
        read: guard(p.name, `read (${a.format})`, a.read.bind(a)),
        ...(a.write ? { write: guard(p.name, `write (${a.format})`, a.write.bind(a)) } : {}),
      }) as DataAdapter<never>;
      register(adapters, "adapter", a.format, wrapped, p.name);
      for (const ext of a.extensions) register(byExtension, "file extension", ext.toLowerCase(), wrapped, p.name);
    }
  }
  if (conflicts.length > 0) throw new ToolkitConflictError(conflicts);

  const get = <T>(registry: Map<string, T>, extension: string, key: string): T => {
    const found = registry.get(key);
    if (found === undefined) throw new MissingExtensionError(extension, key, [...registry.keys()].sort());
    return found;
  };

  const toolkit: Toolkit<Plugin> = {
    plugins: Object.freeze(plugins.map((p) => p.name)),
    assessorKinds: Object.freeze([...assessors.keys()].sort()) as readonly TargetKind[],
    ruleIds: Object.freeze([...rules.keys()]),
    calculatorIds: Object.freeze([...calculators.keys()]),
    formats: Object.freeze([...adapters.keys()]),
    assessor: (kind) => get(assessors, "assessor", kind) as never,
    statusRule: (id) => get(rules, "status rule", id),
    calculator: (id) => get(calculators, "calculator", id) as never,
    adapter: (format) => get(adapters, "adapter", format),
    adapterForFile: (fileName) => {
      const lower = fileName.toLowerCase();
      const match = [...byExtension.keys()].filter((ext) => lower.endsWith(ext)).sort((a, b) => b.length - a.length)[0];
      return match === undefined ? undefined : byExtension.get(match);
    },
    ownerOf: (extension, key) => owners.get(`${extension === "statusRule" ? "statusRule" : extension}\u0000${key}`),
  };
  return Object.freeze(toolkit) as unknown as Toolkit<PluginsIn<O>>;
}

function flatten(option: PluginOption): Plugin[] {
  if (!option) return [];
  if (Array.isArray(option)) return (option as readonly PluginOption[]).flatMap(flatten);
  return [option as Plugin];
}

function guard<A extends unknown[], R>(plugin: string, hook: string, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    try {
      return fn(...args);
    } catch (error) {
      if (error instanceof OpptrappingError) {
        if (!("plugin" in error)) Object.defineProperty(error, "plugin", { value: plugin, enumerable: true });
        throw error;
      }
      throw new PluginError(plugin, hook, error);
    }
  };
}
