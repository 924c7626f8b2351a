import type { Issue } from "../errors.js";
import { safeParsePlan } from "../plan/parsePlan.js";
import type { Plan } from "../plan/types.js";
import { fromZodIssues } from "../plan/zodIssues.js";
import { revisionInfoSchema, type RevisionInfo } from "../schema/plan.js";
import { applyChange } from "./applyChange.js";
import { cloneData } from "./cloneData.js";
import { labelChange } from "./labelChange.js";
import { planChangeSchema, type PlanChange } from "./planChangeSchema.js";
import { RevisionError } from "./RevisionError.js";

/**
 * Options of {@link applyChanges}.
 *
 * @example
 * ```ts
 * import type { ApplyChangesOptions } from "@opptrapping/core";
 * const options: ApplyChangesOptions = { revision: { version: "2026.1", asOf: "2026-01", note: "Budget 2026" } };
 * ```
 */
export interface ApplyChangesOptions {
  /** The revision info of the result, set after every change (so it wins over a `setRevision`). */
  readonly revision?: RevisionInfo;
}

/**
 * Applies changes in order to a copy of the plan and returns the revised plan, validated and
 * deeply frozen like any from `parsePlan`. The input plan is never touched.
 *
 * All or nothing: if any change cannot apply, a {@link RevisionError} lists every such change
 * (paths `["changes", i, …]`: an unknown measure, target, goal, allocation or milestone id, an
 * id that already exists, an invalid change); if the revised plan fails validation, its issues
 * come prefixed with `"result"`. Later changes see what earlier ones did, so a measure added
 * by change 0 can be phased out by change 1.
 *
 * @throws {RevisionError} `invalid_change`.
 * @example
 * ```ts
 * import { applyChanges } from "@opptrapping/core";
 * const revised = applyChanges(
 *   plan,
 *   [{ kind: "phaseOutMeasure", measureId: "M.pilot", date: "2026", sources: [{ doc: "S.budget2026" }] }],
 *   { revision: { version: "2026.1", asOf: "2026-01" } },
 * );
 * revised.measures.find((m) => m.id === "M.pilot")?.lifecycle.at(-1)?.state; // "phasedOut"
 * ```
 */
export function applyChanges(plan: Plan, changes: readonly PlanChange[], options: ApplyChangesOptions = {}): Plan {
  const draft = cloneData(plan);
  const issues: Issue[] = [];
  changes.forEach((change, i) => {
    const parsed = planChangeSchema.safeParse(change);
    if (parsed.success) issues.push(...applyChange(draft, parsed.data, ["changes", i]));
    else issues.push(...fromZodIssues(parsed.error.issues, ["changes", i]));
  });
  if (options.revision !== undefined) {
    const revision = revisionInfoSchema.safeParse(options.revision);
    if (revision.success) draft.revision = revision.data;
    else issues.push(...fromZodIssues(revision.error.issues, ["options", "revision"]));
  }
  if (issues.length > 0) throw new RevisionError(`Cannot apply the changes: ${where(issues, changes.length)}; nothing was applied`, issues);
  const result = safeParsePlan(draft);
  if (!result.success) {
    const labels = changes.map((c, i) => `#${i} ${labelChange(c)}`);
    const named = labels.length <= 10 ? labels.join(", ") : `${labels.slice(0, 10).join(", ")} and ${labels.length - 10} more`;
    throw new RevisionError(
      `The plan is invalid after applying ${changes.length === 0 ? "no changes" : named}: ${result.error.issues.length} problem${plural(result.error.issues.length)}; nothing was applied`,
      result.error.issues.map((i) => ({ ...i, path: ["result", ...i.path] })),
      { cause: result.error },
    );
  }
  return result.plan;
}

const plural = (n: number) => (n === 1 ? "" : "s");

/** `2 problems in 1 of 3 changes and in options.revision`. */
function where(issues: readonly Issue[], total: number): string {
  const failed = new Set(issues.flatMap((i) => (i.path[0] === "changes" ? [i.path[1]] : []))).size;
  const inOptions = issues.some((i) => i.path[0] === "options");
  const places = [
    ...(failed > 0 ? [`in ${failed} of ${total} change${plural(total)}`] : []),
    ...(inOptions ? ["in options.revision"] : []),
  ];
  return `${issues.length} problem${plural(issues.length)} ${places.join(" and ")}`;
}
