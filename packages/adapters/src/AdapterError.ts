import { OpptrappingError, type Issue } from "@opptrapping/core";

/**
 * Where in an input a problem is: a line and column (text formats), a cell index and the
 * dimension codes of that cell (cube formats), or a JSON path.
 */
export interface Location {
  readonly line?: number;
  readonly column?: number;
  readonly cell?: number;
  readonly dimension?: string;
  readonly coordinates?: Readonly<Record<string, string>>;
  readonly path?: readonly (string | number)[];
}

/** Formats a location for messages: `line 12, column 3`, `cell 40 (Region=0301, Tid=2024M06)`. */
export function formatLocation(at: Location): string {
  // Plain concatenation: lenient reads format one location per bad cell.
  let out = "";
  const add = (part: string) => (out = out === "" ? part : `${out}, ${part}`);
  if (at.line !== undefined) add(`line ${at.line}`);
  if (at.column !== undefined) add(`column ${at.column}`);
  if (at.cell !== undefined) add(`cell ${at.cell}`);
  if (at.dimension !== undefined) add(`dimension "${at.dimension}"`);
  if (at.path !== undefined && at.path.length > 0) add(`at ${at.path.join(".")}`);
  if (at.coordinates) {
    let coords = "";
    for (const k in at.coordinates) coords = coords === "" ? `${k}=${at.coordinates[k]}` : `${coords}, ${k}=${at.coordinates[k]}`;
    if (coords !== "") out = `${out} (${coords})`;
  }
  return out || "input";
}

/** Turns a location into an issue path: `["line", 12, "column", 3]`, `["cell", 40]`… */
export function locationPath(at: Location): (string | number)[] {
  const path: (string | number)[] = [];
  if (at.line !== undefined) path.push("line", at.line);
  if (at.column !== undefined) path.push("column", at.column);
  if (at.cell !== undefined) path.push("cell", at.cell);
  if (at.dimension !== undefined) path.push("dimension", at.dimension);
  if (at.path) path.push(...at.path);
  return path;
}

/**
 * Thrown by every adapter for bad input or a bad mapping: `code` says what, `location` where
 * (line and column, cell index and dimension, or JSON path), the message both.
 *
 * @example
 * ```ts
 * import { AdapterError } from "@opptrapping/adapters";
 * try { read(); } catch (e) { if (e instanceof AdapterError) console.error(e.code, e.location); }
 * ```
 */
const BRAND = Symbol.for("@opptrapping/adapters/AdapterError");

export class AdapterError extends OpptrappingError {
  /**
   * `e instanceof AdapterError` holds for an AdapterError from any copy of this class: each
   * subpath bundle (`/csv`, `/json-stat`, `/px`), ESM or CJS, carries its own copy, so the check
   * is on a brand shared through the global symbol registry, not on the prototype chain.
   * Subclasses keep the ordinary check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== AdapterError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === "object" && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }

  /** Where the problem is. */
  readonly location: Location;
  constructor(code: string, message: string, location: Location = {}, options?: ErrorOptions) {
    const where = formatLocation(location);
    super(code, where === "input" ? message : `${message} (${where})`, locationPath(location), options);
    this.location = Object.freeze({ ...location });
  }

  /** The brand `instanceof` checks (see `Symbol.hasInstance`). */
  get [BRAND](): true {
    return true;
  }

  /** The error as an issue, for lenient mode's report. */
  toIssue(): Issue {
    return { path: this.path, code: this.code, message: this.message };
  }
}

/**
 * The issue `new AdapterError(code, message, location).toIssue()` gives, without building an
 * error (no stack trace): lenient reads report one per bad cell, and a file of bad cells must
 * not cost far more than a good one.
 *
 * @example
 * ```ts
 * import { adapterIssue } from "@opptrapping/adapters";
 * adapterIssue("invalid_value", "not a number", { cell: 3 }); // { path: ["cell", 3], code: "invalid_value", message: "not a number (cell 3)" }
 * ```
 */
export function adapterIssue(code: string, message: string, location: Location = {}): Issue {
  const where = formatLocation(location);
  return { path: Object.freeze(locationPath(location)), code, message: where === "input" ? message : `${message} (${where})` };
}
