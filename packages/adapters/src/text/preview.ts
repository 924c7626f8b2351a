/**
 * A short, bounded description of an untrusted value for an error message: strings quoted and
 * cut to `max` characters, numbers, booleans and null as written, arrays and objects by their
 * size only — never walked, so a value nested 100 000 deep or megabytes long costs nothing.
 *
 * @example
 * ```ts
 * import { preview } from "@opptrapping/adapters";
 * preview("x".repeat(500), 8); // '"xxxxxxxx…" (500 characters)'
 * preview([[[[1]]]]); // "an array of 1 entry"
 * ```
 */
export function preview(value: unknown, max = 60): string {
  switch (typeof value) {
    case "string": {
      const shown = JSON.stringify(value.length > max ? value.slice(0, max) : value);
      return value.length > max ? `${shown.slice(0, -1)}…" (${value.length} characters)` : shown;
    }
    case "number":
    case "boolean":
    case "bigint":
      return String(value);
    case "undefined":
      return "nothing";
    case "object":
      if (value === null) return "null";
      if (Array.isArray(value)) return `an array of ${value.length} ${value.length === 1 ? "entry" : "entries"}`;
      return "an object";
    default:
      return `a ${typeof value}`;
  }
}
