import { OpptrappingError } from "@opptrapping/core";

/** A usage error: an unknown command or flag, a missing or bad value. Exit code 2. */
export class UsageError extends OpptrappingError {
  constructor(message: string, readonly hint?: string) {
    super("usage", message);
  }
}

/** What a command accepts: flags with values (repeatable or not) and boolean switches. */
export interface ArgSpec {
  readonly values?: readonly string[];
  readonly repeatable?: readonly string[];
  readonly switches?: readonly string[];
  /** How many positional arguments, at least and at most. */
  readonly positionals?: readonly [number, number];
}

/** Parsed arguments. */
export interface ParsedArgs {
  readonly values: ReadonlyMap<string, string>;
  readonly lists: ReadonlyMap<string, readonly string[]>;
  readonly switches: ReadonlySet<string>;
  readonly positionals: readonly string[];
}

/**
 * Parses `--flag value`, `--flag=value`, repeated flags and switches against a spec; anything
 * else is a {@link UsageError} naming it.
 *
 * @example
 * ```ts
 * parseArgs(["--as-of", "2026-01", "plan.json"], { values: ["--as-of"], positionals: [0, 1] });
 * ```
 */
export function parseArgs(argv: readonly string[], spec: ArgSpec, command: string): ParsedArgs {
  const values = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const switches = new Set<string>();
  const positionals: string[] = [];
  const takes = new Set([...(spec.values ?? []), ...(spec.repeatable ?? [])]);
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // A bare "--" ends the options (as package runners pass it through); the rest is positional.
    if (arg === "--" && !optionsEnded) {
      optionsEnded = true;
      continue;
    }
    if (optionsEnded || !arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    if (spec.switches?.includes(flag)) {
      if (eq !== -1) throw new UsageError(`${flag} takes no value`, `opptrapping ${command} --help`);
      switches.add(flag);
      continue;
    }
    if (!takes.has(flag)) {
      const near = suggest(flag, [...takes, ...(spec.switches ?? [])]);
      throw new UsageError(`unknown option "${clip(flag)}" for "${command}"${near ? `; did you mean ${near}?` : ""}`, `opptrapping ${command} --help`);
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || (eq === -1 && value.startsWith("--"))) throw new UsageError(`${flag} needs a value`, `opptrapping ${command} --help`);
    if (spec.repeatable?.includes(flag)) lists.set(flag, [...(lists.get(flag) ?? []), value]);
    else if (values.has(flag)) throw new UsageError(`${flag} given twice`, `opptrapping ${command} --help`);
    else values.set(flag, value);
  }
  const [min, max] = spec.positionals ?? [0, 0];
  if (positionals.length < min) throw new UsageError(`"${command}" needs ${min === 1 ? "a file" : `${min} arguments`}`, `opptrapping ${command} --help`);
  if (positionals.length > max) throw new UsageError(`unexpected argument "${clip(positionals[max] ?? "")}" for "${command}"`, `opptrapping ${command} --help`);
  return { values, lists, switches, positionals };
}

/** The value of a flag restricted to choices, or a {@link UsageError}. */
export function choice<T extends string>(args: ParsedArgs, flag: string, choices: readonly T[], fallback: T, command: string): T {
  const value = args.values.get(flag);
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value))
    throw new UsageError(`${flag} takes ${choices.join(", ")}; got "${clip(value)}"`, `opptrapping ${command} --help`);
  return value as T;
}

/** Shortens what a user typed for an error message: at most `max` characters, marked with "…". */
export function clip(text: string, max = 60): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/** Edit distance (insertions, deletions, substitutions), bounded by the longer string. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

/**
 * The nearest of the known names, for a "did you mean …?": case-insensitive, within a third
 * of the name's length (at least 2 edits); `null` when nothing is near.
 *
 * @example
 * ```ts
 * suggest("statuz", ["status", "validate"]); // "status"
 * ```
 */
export function suggest(input: string, known: readonly string[]): string | null {
  if (input.length > 100) return null;
  const lower = input.toLowerCase();
  let best: { name: string; d: number } | null = null;
  for (const name of known) {
    const d = editDistance(lower, name.toLowerCase());
    if (d <= Math.max(2, Math.floor(name.length / 3)) && (best === null || d < best.d)) best = { name, d };
  }
  return best?.name ?? null;
}
