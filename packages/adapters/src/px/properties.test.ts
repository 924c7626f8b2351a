import { observationSchema, type Observation } from "@opptrapping/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import { parseTimeCode } from "../mapping/timeCode.js";
import { latin1Bytes, utf8Bytes } from "./fixtures/encode.js";
import { formatPxNumber } from "./formatPxNumber.js";
import { fromPx } from "./fromPx.js";
import { escapePxText, unescapePxText } from "./nativeFormat.js";
import { parsePx } from "./parsePx.js";
import { pxNativeMapping } from "./pxNativeMapping.js";
import { orderForPx } from "./orderForPx.js";
import { sortForPx } from "./sortForPx.js";
import { toPx } from "./toPx.js";

const PERIODS = ["2023", "2024", "2024-06", "2024-07", "2024Q2", "2024T1", "2024H2", "2024/25", "2024-06-15", "2024-01/2024-06"];
const ORG_UNITS = ["NO", "0301", "46", "rhf-vest", "hf-bergen"];
const text = fc.oneof(fc.constantFrom("PHBU", "VOP", "Tromsø", '50 % "sikker"'), fc.string({ minLength: 1, maxLength: 5, unit: "binary" }));
const amount = fc.double({ noNaN: true, noDefaultInfinity: true });
const nonNegative = fc.double({ min: 0, noNaN: true, noDefaultInfinity: true });

const observation: fc.Arbitrary<Observation> = fc
  .record(
    {
      indicatorId: fc.constantFrom("R5.wait", "A2"),
      period: fc.constantFrom(...PERIODS),
      orgUnit: fc.constantFrom(...ORG_UNITS),
      dimensions: fc.dictionary(fc.constantFrom("sex", "service"), text, { maxKeys: 2 }),
      value: fc.option(amount, { nil: null }),
      count: nonNegative,
      ratio: fc.tuple(nonNegative, nonNegative).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
      flags: fc.subarray(["provisional", "suppressed", "missing", "synthetic"] as const),
      note: text,
      source: fc.record({ doc: fc.constantFrom("ssb-12345", "hdir"), section: text, note: text }, { requiredKeys: ["doc"] }),
    },
    { requiredKeys: ["indicatorId", "period", "orgUnit", "dimensions", "value", "flags"] },
  )
  .map(({ ratio, value, flags, ...rest }) => ({
    ...rest,
    value,
    ...(ratio ? { numerator: ratio[0], denominator: ratio[1] } : {}),
    flags: value === null && !flags.includes("missing") && !flags.includes("suppressed") ? [...flags, "missing" as const] : flags,
  }))
  .map((o) => observationSchema.parse(o));

const keyOf = (o: Observation) => JSON.stringify([o.indicatorId, o.period, o.orgUnit, Object.entries(o.dimensions).sort()]);
const observations = fc.uniqueArray(observation, { selector: keyOf, maxLength: 6 });

describe("toPx then fromPx with pxNativeMapping", () => {
  it("uses canonical periods and org units in these properties", () => {
    for (const p of PERIODS) expect(parseTimeCode(p)).toBe(p);
  });

  it("gives back orderForPx of any valid observations: the same observations, normalised", () => {
    fc.assert(
      fc.property(observations, (list) => {
        const again = fromPx(toPx(list), pxNativeMapping);
        expect(again).toEqual({ observations: orderForPx(list), issues: [] });
        expect(sortForPx(again.observations)).toEqual(sortForPx(list));
      }),
    );
  });

  it("is the identity on observations in any cube order", () => {
    const cubeOrdered = fc.tuple(observations, fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 })).map(([list, nesting, reverse]) => {
      const key = (o: Observation) => [o.indicatorId, o.period, o.orgUnit, o.dimensions.sex ?? "", o.dimensions.service ?? ""];
      return sortForPx(list).sort((a, b) => {
        for (const k of nesting) {
          const [x, y] = [key(a)[k]!, key(b)[k]!];
          if (x !== y) return (x < y ? -1 : 1) * (reverse[k] ? -1 : 1);
        }
        return 0;
      });
    });
    fc.assert(
      fc.property(cubeOrdered, (list) => {
        expect(JSON.stringify(fromPx(toPx(list), pxNativeMapping).observations)).toBe(JSON.stringify(list));
      }),
    );
  });

  it("is the identity on observations already in canonical form, to the byte of JSON", () => {
    fc.assert(
      fc.property(observations, (list) => {
        const canonical = sortForPx(list);
        expect(JSON.stringify(fromPx(toPx(canonical), pxNativeMapping).observations)).toBe(JSON.stringify(canonical));
      }),
    );
  });

  it("survives encoding the text as UTF-8 or ISO-8859-1 bytes", () => {
    fc.assert(
      fc.property(observations, (list) => {
        const expected = orderForPx(list);
        expect(fromPx(utf8Bytes(toPx(list)), pxNativeMapping).observations).toEqual(expected);
        expect(fromPx(latin1Bytes(toPx(list, { codepage: "iso-8859-1" })), pxNativeMapping).observations).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });
});

const pxish = fc
  .array(
    fc.constantFrom("STUB", "HEADING", "VALUES", "CODES", "KEYS", "TIMEVAL", '("a")', '("b")', "[en]", "=", '"a"', '"b"', '"0301"', ",", ";", "\n", " ", "DATA=", "1", "-2.5", "..", '".."', '"-"', '"', "TLIST(", "A1", "M1", ")", "-", '"2024"', '"2023M01"', "CODES;", "VALUES;", 'CODEPAGE="utf-8";', 'DECIMALS=1;', "ø"),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));
const mapping = { indicator: { fixed: "X" }, period: { from: "a" }, orgUnit: { from: "b" }, measure: { dimension: "a", value: "a" } };

function onlyAdapterErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof AdapterError)) throw error;
  }
}

describe("the parser on arbitrary input", () => {
  it("throws nothing but AdapterError on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        onlyAdapterErrors(() => parsePx(s));
      }), { numRuns: 500 });
  });

  it("throws nothing but AdapterError on strings made of PX tokens", () => {
    fc.assert(fc.property(pxish, (s) => {
        onlyAdapterErrors(() => parsePx(s));
      }), { numRuns: 2000 });
  });

  it("throws nothing but AdapterError on arbitrary bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        onlyAdapterErrors(() => parsePx(b));
      }), { numRuns: 300 });
  });

  it("reads with a mapping, strict or lenient, throwing nothing but AdapterError", () => {
    fc.assert(
      fc.property(pxish, fc.constantFrom("strict" as const, "lenient" as const), (s, mode) => {
        onlyAdapterErrors(() => {
          const result = fromPx(s, mapping, { mode });
          for (const o of result.observations) expect(observationSchema.safeParse(o).success).toBe(true);
        });
      }),
      { numRuns: 2000 },
    );
  });
});

describe("helpers", () => {
  it("writes every double so that it reads back the same", () => {
    fc.assert(
      fc.property(amount, (n) => {
        const s = formatPxNumber(n);
        expect(s).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Object.is(Number(s), n)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("escapes any text into a PX-safe string and back", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.constantFrom("utf-8" as const, "iso-8859-1" as const), (s, codepage) => {
        const escaped = escapePxText(s, codepage);
        expect(escaped).not.toMatch(/["\r\n]/);
        if (codepage === "iso-8859-1") expect(escaped).toMatch(/^[\u0000-\u00ff]*$/);
        expect(unescapePxText(escaped)).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });
});
