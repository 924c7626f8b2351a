/**
 * One problem found in an input: where it is, what kind it is, and what to do about it.
 * Errors are data (as in zod): a validator reports every issue it finds, not just the first.
 */
export interface Issue {
  /** Where the problem is, as a path of keys and indices from the root of the input. */
  readonly path: readonly (string | number)[];
  /** A stable, machine-readable code, e.g. `"dangling_reference"`. */
  readonly code: string;
  /** A sentence a person can act on. */
  readonly message: string;
}

/**
 * Base class of every error this library throws on purpose. Tell kinds apart with
 * `instanceof` (e.g. `PlanValidationError`) or by `code`.
 *
 * @example
 * ```ts
 * import { OpptrappingError, parsePeriod } from "@opptrapping/core";
 * try {
 *   parsePeriod("2025T4");
 * } catch (error) {
 *   if (error instanceof OpptrappingError) console.error(error.code, error.message);
 * }
 * ```
 */
export class OpptrappingError extends Error {
  /** A stable, machine-readable code. */
  readonly code: string;
  /** Where the problem is, when the input has a structure (empty for a single value). */
  readonly path: readonly (string | number)[];

  constructor(code: string, message: string, path: readonly (string | number)[] = [], options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.path = Object.freeze([...path]);
  }
}

/** Formats a path such as `["resultGoals", 4, "targets", 0]` as `resultGoals[4].targets[0]`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? key : `.${key}`;
  }
  return out === "" ? "(root)" : out;
}
