import { OpptrappingError, formatPath, type Issue } from "../errors.js";

/**
 * Thrown by {@link parsePlan} when plan data is invalid. `issues` lists every problem found,
 * schema and cross-reference problems alike, each with a path, a code and a message.
 *
 * @example
 * ```ts
 * import { PlanValidationError, parsePlan } from "@opptrapping/core";
 * try {
 *   parsePlan({});
 * } catch (error) {
 *   if (error instanceof PlanValidationError) {
 *     for (const issue of error.issues) console.error(issue.path.join("."), issue.message);
 *   }
 * }
 * ```
 */
export class PlanValidationError extends OpptrappingError {
  /** Every problem found, in a deterministic order (by path, then code). */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const head = issues.slice(0, 10).map((i) => `  - ${formatPath(i.path)}: ${i.message} [${i.code}]`);
    const more = issues.length > 10 ? [`  … and ${issues.length - 10} more`] : [];
    super(
      "invalid_plan",
      `Invalid plan: ${issues.length} problem${issues.length === 1 ? "" : "s"}\n${[...head, ...more].join("\n")}`,
    );
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i, path: Object.freeze([...i.path]) })));
  }
}
