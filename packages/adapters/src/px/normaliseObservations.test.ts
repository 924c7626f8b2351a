import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import { normaliseObservations } from "./sortForPx.js";

const outcome = (read: () => unknown): unknown => {
  try {
    const r = read();
    // Key order and keys holding undefined count too.
    return { ok: r, entries: JSON.stringify(r, (_, v: unknown) => (v === undefined ? "<undefined>" : v)) };
  } catch (error) {
    return { error: error instanceof AdapterError ? [error.code, error.message, error.location] : String(error) };
  }
};

const loose = fc.record(
  {
    indicatorId: fc.constantFrom("R5.wait", "0", "R5.wait", "0", "bad id", 7),
    period: fc.constantFrom("2024", "2024-06", "2024", "2024-06", "2024M06", "2024M13", ""),
    orgUnit: fc.constantFrom("NO", "0301", "rhf-vest", "xx"),
    dimensions: fc.oneof(fc.constant(undefined), fc.dictionary(fc.constantFrom("sex", "a", "__proto__", "bad id"), fc.constantFrom("menn", "", "x y"), { maxKeys: 3 }), fc.constant([])),
    value: fc.constantFrom(null, 0, 1.5, -2, 0, 1.5, -2, Number.NaN, Infinity, "1"),
    count: fc.constantFrom(undefined, 0, 3, -1),
    numerator: fc.constantFrom(undefined, 1, 5),
    denominator: fc.constantFrom(undefined, 2, 4),
    flags: fc.oneof(fc.constant(undefined), fc.subarray(["provisional", "suppressed", "missing", "synthetic", "bogus"])),
    note: fc.constantFrom("n", ""),
    lower: fc.constant(0),
  },
  { requiredKeys: ["indicatorId", "period", "orgUnit", "value"] },
);
// Mostly without the keys that always go through zod, so the quick path is what is tested.
const observation = fc.oneof({ weight: 4, arbitrary: loose.map(({ note: _note, lower: _lower, ...o }) => o) }, { weight: 1, arbitrary: loose });

describe("normaliseObservations' quick parse", () => {
  it("gives what zod gives: the same observations, key for key, and the same errors", () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 3 }), (list) => {
        const input = list as never;
        expect(outcome(() => normaliseObservations(input, true))).toEqual(outcome(() => normaliseObservations(input, false)));
      }),
      { numRuns: 2000 },
    );
  });
});
