import type { Decimal } from "./money/index.js";

/**
 * A deeply read-only view of a value. Decimal amounts stay as they are (they are immutable
 * already), so they can be passed to decimal.js and the money helpers.
 */
export type DeepReadonly<T> = T extends Decimal
  ? T
  : T extends (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/**
 * Freezes a value and everything reachable from it, in place, and returns it typed as
 * deeply read-only. Used on every value this library hands out.
 *
 * @example
 * ```ts
 * import { deepFreeze } from "@opptrapping/core";
 * const goal = deepFreeze({ id: "R5", targets: [{ value: 35 }] });
 * Object.isFrozen(goal.targets[0]); // true
 * ```
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value as DeepReadonly<T>;
}
