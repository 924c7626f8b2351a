import { safeParsePeriod } from "./safeParsePeriod.js";

/**
 * Whether a value is a string {@link parsePeriod} accepts. (Deliberately not a type guard:
 * `false` for a string must not narrow it to `never`.)
 *
 * @example
 * ```ts
 * import { isPeriodString } from "@opptrapping/core";
 * isPeriodString("2024/25"); // true
 * isPeriodString("2024/26"); // false
 * ```
 */
export function isPeriodString(input: unknown): boolean {
  return safeParsePeriod(input).success;
}
