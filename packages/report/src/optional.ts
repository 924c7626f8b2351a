/**
 * Reads a field the goal logic may add to its results (coverage, missed interim milestones,
 * the budget's claim and calculation…) without a compile-time dependency on it: an own
 * property only, never one inherited from a prototype.
 *
 * @example
 * ```ts
 * import { optionalField } from "@opptrapping/report";
 * optionalField({ partial: true }, "partial"); // true
 * optionalField({}, "constructor"); // undefined
 * ```
 */
export function optionalField(value: unknown, key: string): unknown {
  if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
  return (value as Record<string, unknown>)[key];
}
