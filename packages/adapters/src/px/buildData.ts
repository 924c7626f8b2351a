import { AdapterError } from "../AdapterError.js";
import { codesOf, coordinatesOf, strides } from "./cube.js";
import { positionAt, type LineIndex } from "./lineIndex.js";
import { classifyDatum, type DataTokens } from "./scanData.js";
import type { PxVariable } from "./types.js";

/**
 * Sparse (KEYS) files are expanded; a cube larger than this is refused rather than exhausting memory.
 *
 * @example
 * ```ts
 * MAX_CELLS; // 50 000 000
 * ```
 */
export const MAX_CELLS = 50_000_000;

/** The cells of DATA, dense, and each cell that is neither a number nor a symbol. */
export interface BuiltData {
  readonly data: (number | string)[];
  readonly issues: readonly AdapterError[];
}

interface Context {
  readonly tokens: DataTokens;
  readonly variables: readonly PxVariable[];
  readonly lines: LineIndex;
  readonly dataAt: number;
  readonly strict: boolean;
}

const at = (c: Context, token: number) => positionAt(c.lines, c.tokens.offsets[token] ?? c.dataAt);

function mismatch(c: Context, expected: number, actual: number, what: string): AdapterError {
  // Where it goes wrong: the first token too many, or the last one there is.
  const token = actual > expected ? expected : actual - 1;
  return new AdapterError("data_length_mismatch", `${what}: expected ${expected}, actual ${actual}`, { ...at(c, Math.max(token, 0)), cell: Math.min(expected, actual) });
}

function cellOf(c: Context, token: number, cell: number, issues: AdapterError[]): number | string {
  const text = c.tokens.texts[token]!;
  const value = classifyDatum(text);
  if (value !== undefined) return value;
  const error = new AdapterError(
    "invalid_data_token",
    `${c.tokens.quoted[token] ? `"${text}"` : text} is neither a number nor a missing-value symbol (".", "..", "...", "....", ".....", "......", "-")`,
    { ...at(c, token), cell, coordinates: coordinatesOf(c.variables, cell) },
  );
  if (c.strict) throw error;
  issues.push(error);
  return text;
}

function dense(c: Context, expected: number): BuiltData {
  const n = c.tokens.texts.length;
  if (n !== expected) {
    const sizes = c.variables.map((v) => v.values.length).join(" × ");
    throw mismatch(c, expected, n, `DATA has ${n} ${n === 1 ? "cell" : "cells"} but the VALUES imply ${expected} (${sizes})`);
  }
  const issues: AdapterError[] = [];
  const data = new Array<number | string>(n);
  for (let i = 0; i < n; i++) data[i] = cellOf(c, i, i, issues);
  return { data, issues };
}

function sparse(c: Context, expected: number, keys: Readonly<Record<string, "CODES" | "VALUES">>, fill: number | string): BuiltData {
  const stub = c.variables.filter((v) => v.placement === "stub");
  const width = c.variables.filter((v) => v.placement === "heading").reduce((p, v) => p * v.values.length, 1);
  const rowLength = stub.length + width;
  const n = c.tokens.texts.length;
  if (n % rowLength !== 0) {
    const rows = Math.ceil(n / rowLength);
    throw mismatch(c, rows * rowLength, n, `DATA has ${n} tokens, not whole KEYS rows of ${stub.length} keys and ${width} cells (the last row has ${n % rowLength})`);
  }
  if (expected > MAX_CELLS) throw new AdapterError("cube_too_large", `the KEYS file's cube has ${expected} cells, more than the ${MAX_CELLS} this reader expands`);
  const lookups = stub.map((v) => {
    const list = keys[v.name] === "VALUES" ? v.values : codesOf(v);
    return new Map(list.map((code, i) => [code, i] as const).reverse());
  });
  const rowStrides = strides(stub.map((v) => v.values.length));
  const data = new Array<number | string>(expected).fill(fill);
  const seen = new Set<number>();
  const issues: AdapterError[] = [];
  for (let t = 0; t < n; t += rowLength) {
    let row = 0;
    stub.forEach((v, k) => {
      const key = c.tokens.texts[t + k]!;
      const index = lookups[k]!.get(key);
      if (index === undefined)
        throw new AdapterError("unknown_key", `the KEYS row starts with "${key}", which is not among the ${keys[v.name]} of "${v.name}"`, { ...at(c, t + k), dimension: v.name });
      row += index * rowStrides[k]!;
    });
    if (seen.has(row)) throw new AdapterError("duplicate_key", "a KEYS row repeats the keys of an earlier row", at(c, t));
    seen.add(row);
    for (let j = 0; j < width; j++) data[row * width + j] = cellOf(c, t + stub.length + j, row * width + j, issues);
  }
  return { data, issues };
}

/**
 * Builds the dense cell array from the DATA tokens: all cells in PX order, or for a KEYS
 * file each row's stub keys followed by its cells (rows left out are 0, as the format says).
 * Throws `data_length_mismatch` with the expected and actual counts when DATA is shorter or
 * longer than the VALUES imply, `unknown_key` and `duplicate_key` for bad KEYS rows. A
 * token that is neither a number nor a symbol is `invalid_data_token` at its line, column,
 * cell and coordinates: thrown when `strict`, else reported and kept as its text.
 *
 * @example
 * ```ts
 * buildData(tokens, variables, { lines, dataAt: 0, strict: true }).data; // [1, "..", 3]
 * ```
 */
export function buildData(
  tokens: DataTokens,
  variables: readonly PxVariable[],
  options: { readonly lines: LineIndex; readonly dataAt: number; readonly strict: boolean; readonly keys?: Readonly<Record<string, "CODES" | "VALUES">>; readonly fill?: number | string },
): BuiltData {
  const c: Context = { tokens, variables, lines: options.lines, dataAt: options.dataAt, strict: options.strict };
  const expected = variables.reduce((p, v) => p * v.values.length, 1);
  return options.keys ? sparse(c, expected, options.keys, options.fill ?? 0) : dense(c, expected);
}
