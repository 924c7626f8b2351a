import { observationSchema, type Observation, type ObservationFlag } from "@opptrapping/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvNativeMapping } from "./csvNativeMapping.js";
import { fromCsv } from "./fromCsv.js";
import { toCsv } from "./toCsv.js";

const id = fc.stringMatching(/^[A-Za-z][A-Za-z0-9._:-]{0,6}$/);
const nasty = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "'", '"', ",", ";", "|", " ", "\u00a0", "ø", "Å", "1,5", "..", ":");
const text = fc.oneof(
  fc.string({ unit: fc.oneof(nasty, fc.constantFrom("a", "Z", "7")), minLength: 1, maxLength: 8 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 6 }),
);
const year = fc.integer({ min: 1900, max: 2198 });
const two = (n: number) => String(n).padStart(2, "0");
const period = fc.oneof(
  year.map(String),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}Q${q}`),
  fc.tuple(year, fc.integer({ min: 1, max: 3 })).map(([y, t]) => `${y}T${t}`),
  fc.tuple(year, fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}H${h}`),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${two(m)}`),
  fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${two(m)}-${two(d)}`),
  year.map((y) => `${y}/${two((y + 1) % 100)}`),
  fc.tuple(year, fc.integer({ min: 0, max: 10 })).map(([y, n]) => `${y}/${Math.min(2199, y + n)}`),
);
const orgUnit = fc.oneof(
  fc.constantFrom("NO", "rhf-sor-ost", "rhf-vest", "rhf-midt-norge", "rhf-nord", "hf-bergen", "hf-unn-tromso", "03", "46", "55"),
  fc.integer({ min: 100, max: 9999 }).map((n) => String(n).padStart(4, "0")),
);
// Doubles reach the extremes; thousandths make the 1.234 look-alikes of thousands groups.
const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000));
const nonNegative = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0 }), fc.integer({ min: 0, max: 1e7 }).map((n) => n / 1000));
const FLAGS: readonly ObservationFlag[] = ["missing", "provisional", "suppressed", "synthetic"];

/** Valid observations as the adapters give them: canonical periods, flags sorted and unique. */
const observation: fc.Arbitrary<Observation> = fc
  .record(
    {
      indicatorId: id,
      period,
      orgUnit,
      dimensions: fc.dictionary(id, text, { maxKeys: 3, noNullPrototype: true }),
      value: fc.option(number, { nil: null }),
      count: nonNegative,
      ratio: fc.tuple(nonNegative, nonNegative).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
      flags: fc.subarray([...FLAGS]),
      nullFlag: fc.constantFrom<ObservationFlag>("missing", "suppressed"),
      source: fc.record({ doc: id, section: text, note: text }, { requiredKeys: ["doc"] }),
      note: text,
    },
    { requiredKeys: ["indicatorId", "period", "orgUnit", "dimensions", "value", "flags", "nullFlag"] },
  )
  .map(({ ratio, nullFlag, flags, ...o }) => {
    const all = new Set(flags);
    if (o.value === null && !all.has("missing") && !all.has("suppressed")) all.add(nullFlag);
    return observationSchema.parse({
      ...o,
      ...(ratio === undefined ? {} : { numerator: ratio[0], denominator: ratio[1] }),
      flags: FLAGS.filter((f) => all.has(f)),
    });
  });

const key = (o: Observation) => JSON.stringify(o, (_, v: unknown) => (Object.is(v, -0) ? "-0" : v));
const sorted = (xs: readonly Observation[]) => [...xs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

describe("toCsv → fromCsv(csvNativeMapping)", () => {
  it.each([
    { delimiter: ",", locale: "en" },
    { delimiter: ",", locale: "nb" },
    { delimiter: ";", locale: "en" },
    { delimiter: ";", locale: "nb" },
  ] as const)("gives back any valid observations exactly ($delimiter, $locale)", (options) => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 6 }), (observations) => {
        const text = toCsv(observations, options);
        const back = fromCsv(text, csvNativeMapping);
        expect(back.issues).toEqual([]);
        expect(sorted(back.observations)).toEqual(sorted(observations));
        // What it reads back is in canonical order, so writing it again gives the same text.
        expect(toCsv(back.observations, options)).toBe(text);
        expect(toCsv([...observations].reverse(), options)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps -0, tiny and huge numbers bit for bit", () => {
    const o = (value: number): Observation => ({ indicatorId: "X", period: "2024", orgUnit: "NO", dimensions: {}, value, flags: [] });
    const values = [-0, 5e-324, -1.7976931348623157e308, 0.1 + 0.2, 1.234, 123456.789e10];
    const back = fromCsv(toCsv(values.map(o), { delimiter: ";", locale: "nb" }), csvNativeMapping).observations.map((x) => x.value);
    expect(sorted(back.map((v) => o(v!)))).toEqual(sorted(values.map(o)));
  });
});
