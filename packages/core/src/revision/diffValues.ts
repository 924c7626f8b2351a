import { Decimal } from "../money/index.js";
import type { FieldChange } from "./diffTypes.js";

type Path = readonly (string | number)[];

/**
 * The field-level differences between two values, down to the leaves. Decimals compare by
 * value (`1.50` equals `1.5`); an absent field equals `undefined`; arrays compare element by
 * element, an element only one side has is reported whole. Object keys are visited in sorted
 * order, so the result does not depend on how the values were built.
 */
export function diffValues(before: unknown, after: unknown, path: Path = []): FieldChange[] {
  if (Object.is(before, after)) return [];
  if (Decimal.isDecimal(before) && Decimal.isDecimal(after)) return before.eq(after) ? [] : [change(path, before, after)];
  if (Array.isArray(before) && Array.isArray(after)) {
    const out: FieldChange[] = [];
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      if (i >= before.length) out.push(change([...path, i], undefined, after[i]));
      else if (i >= after.length) out.push(change([...path, i], before[i], undefined));
      else out.push(...diffValues(before[i], after[i], [...path, i]));
    }
    return out;
  }
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(byCodeUnit);
    return keys.flatMap((key) => diffValues(before[key], after[key], [...path, key]));
  }
  return [change(path, before, after)];
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !Decimal.isDecimal(value);
}

function change(path: Path, before: unknown, after: unknown): FieldChange {
  return Object.freeze({ path: Object.freeze([...path]), before, after });
}

/** Orders strings by UTF-16 code units, the same on every machine and locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
