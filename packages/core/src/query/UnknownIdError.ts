import { OpptrappingError } from "../errors.js";

/**
 * Thrown by a query given an id the plan does not have.
 *
 * @example
 * ```ts
 * import { UnknownIdError, goalsOfArea } from "@opptrapping/core";
 * try { goalsOfArea(plan, "A9"); } catch (e) { if (e instanceof UnknownIdError) console.error(e.message); }
 * ```
 */
export class UnknownIdError extends OpptrappingError {
  /** The id asked for. */
  readonly id: string;
  constructor(collection: string, what: string, id: string, known: readonly string[]) {
    const hint =
      known.length === 0 ? ` (it has none)` : known.length <= 12 ? ` (known: ${known.join(", ")})` : ` (${known.length} known)`;
    super("unknown_id", `The plan has no ${what} "${id}"${hint}`, [collection]);
    this.id = id;
  }
}
