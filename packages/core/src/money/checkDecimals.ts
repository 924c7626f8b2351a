import { OpptrappingError } from "../errors.js";

/** Throws `invalid_option` unless `decimals` is a whole number from 0 to `max`. */
export function checkDecimals(decimals: number, max: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > max) {
    throw new OpptrappingError("invalid_option", `decimals must be a whole number from 0 to ${max}, got ${String(decimals)}`, [
      "decimals",
    ]);
  }
  return decimals;
}
