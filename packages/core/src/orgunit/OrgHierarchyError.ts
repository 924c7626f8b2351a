import { OpptrappingError, formatPath, type Issue } from "../errors.js";

/**
 * Thrown by `createOrgHierarchy` with every problem it found in the units at once. Issue
 * paths start with the unit's index in the input (`[3, "parent"]`); codes are
 * `invalid_org_unit` (malformed unit or id), `level_mismatch`, `duplicate_id`,
 * `unknown_parent`, `invalid_parent_level`, `county_mismatch` and `cycle`.
 *
 * @example
 * ```ts
 * import { OrgHierarchyError, createOrgHierarchy } from "@opptrapping/core";
 * try {
 *   createOrgHierarchy([{ id: "0301", level: "municipality", name: "Oslo", parent: "03" }]);
 * } catch (error) {
 *   if (error instanceof OrgHierarchyError) console.error(error.issues[0]?.code); // "unknown_parent"
 * }
 * ```
 */
export class OrgHierarchyError extends OpptrappingError {
  declare readonly code: "invalid_org_hierarchy";
  /** Every problem found, in input order. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const count = issues.length === 1 ? "1 issue" : `${issues.length} issues`;
    const lines = issues.map((issue) => `\n  ${formatPath(issue.path)}: ${issue.message}`).join("");
    super("invalid_org_hierarchy", `Invalid org hierarchy (${count}):${lines}`);
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
  }
}
