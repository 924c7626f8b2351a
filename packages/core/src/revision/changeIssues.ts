import type { Issue } from "../errors.js";

/** A path into the list of changes, e.g. `["changes", 2]`. */
export type ChangePath = readonly (string | number)[];

/** The change names an id the plan does not have (yet, or any more) at its place in the batch. */
export function unknownId(path: ChangePath, what: string, id: string): Issue {
  return { path, code: "unknown_id", message: `the plan has no ${what} "${id}" at this point` };
}

/** The change adds an id the plan already has. */
export function duplicateId(path: ChangePath, what: string, id: string): Issue {
  return { path, code: "duplicate_id", message: `the plan already has a ${what} "${id}"` };
}
