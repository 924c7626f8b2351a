import type { PxVariable } from "./types.js";

/**
 * A variable's codes: CODES, or VALUES when the file has no CODES for it.
 *
 * @example
 * ```ts
 * codesOf({ name: "kjønn", placement: "stub", values: ["Menn"], codes: ["1"] }); // ["1"]
 * ```
 */
export const codesOf = (v: PxVariable): readonly string[] => v.codes ?? v.values;

/**
 * Row-major strides: how far apart consecutive values of each variable are in DATA.
 *
 * @example
 * ```ts
 * strides([3, 2, 4]); // [8, 4, 1]
 * ```
 */
export function strides(sizes: readonly number[]): number[] {
  const out = new Array<number>(sizes.length);
  let s = 1;
  for (let k = sizes.length - 1; k >= 0; k--) {
    out[k] = s;
    s *= sizes[k]!;
  }
  return out;
}

/**
 * The codes of a cell, variable name → code, in a prototype-free object (a variable named
 * `__proto__` is an ordinary key).
 *
 * @example
 * ```ts
 * coordinatesOf([{ name: "år", placement: "heading", values: ["2023", "2024"] }], 1); // { år: "2024" }
 * ```
 */
export function coordinatesOf(variables: readonly PxVariable[], cell: number): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  const st = strides(variables.map((v) => v.values.length));
  variables.forEach((v, k) => {
    out[v.name] = codesOf(v)[Math.floor(cell / st[k]!) % v.values.length] ?? "";
  });
  return out;
}
