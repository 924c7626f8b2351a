import { OpptrappingError, formatPath, type Issue } from "../errors.js";

/**
 * Thrown by {@link applyChanges} when a batch of changes cannot be applied: a change names an
 * id the plan does not have (or adds one it has), or the revised plan would be invalid. `issues`
 * lists every problem; paths start with `changes` (`["changes", 2, "measureId"]`), `options`,
 * or `result` for problems of the revised plan (`["result", "resultGoals", 0, …]`).
 *
 * @example
 * ```ts
 * import { RevisionError, applyChanges } from "@opptrapping/core";
 * try {
 *   applyChanges(plan, changes);
 * } catch (error) {
 *   if (error instanceof RevisionError) for (const i of error.issues) console.error(i.path.join("."), i.message);
 * }
 * ```
 */
export class RevisionError extends OpptrappingError {
  /** Every problem found, change problems in change order, then problems of the result by path. */
  readonly issues: readonly Issue[];

  constructor(headline: string, issues: readonly Issue[], options?: ErrorOptions) {
    const head = issues.slice(0, 10).map((i) => `  - ${formatPath(i.path)}: ${i.message} [${i.code}]`);
    const more = issues.length > 10 ? [`  … and ${issues.length - 10} more`] : [];
    super("invalid_change", [headline, ...head, ...more].join("\n"), [], options);
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i, path: Object.freeze([...i.path]) })));
  }
}
