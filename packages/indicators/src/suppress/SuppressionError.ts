import { OpptrappingError } from "@opptrapping/core";

/**
 * What was wrong with a table given to {@link suppressTable}: `invalid_table` (cells of
 * different widths, a count that is not a whole number ≥ 0, a key that is not text),
 * `duplicate_cell` (two cells with one key) or `invalid_options` (a bad `minCount` or margin).
 *
 * @example
 * ```ts
 * import type { SuppressionErrorCode } from "@opptrapping/indicators";
 * const code: SuppressionErrorCode = "duplicate_cell";
 * ```
 */
export type SuppressionErrorCode = "invalid_table" | "duplicate_cell" | "invalid_options";

/**
 * Thrown by {@link suppressTable} for a table or options it cannot protect; `path` points at
 * the cell (`["cells", i]`) or option concerned.
 *
 * @example
 * ```ts
 * import { SuppressionError, suppressTable } from "@opptrapping/indicators";
 * try {
 *   suppressTable([{ key: ["a"], count: -1 }]);
 * } catch (e) {
 *   if (e instanceof SuppressionError) console.error(e.code, e.path); // "invalid_table" ["cells", 0]
 * }
 * ```
 */
export class SuppressionError extends OpptrappingError {
  declare readonly code: SuppressionErrorCode;
  constructor(code: SuppressionErrorCode, message: string, path: readonly (string | number)[] = []) {
    super(code, message, path);
  }
}
