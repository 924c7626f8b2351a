import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { fromJsonStat } from "./fromJsonStat.js";
import { jsonStatNativeMapping } from "./nativeMapping.js";
import { writeJsonStat } from "./writeJsonStat.js";

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const HOSTILE = ["__proto__", "constructor", "prototype", "polluted", "toString", "hasOwnProperty", "valueOf"];

function unpolluted(): void {
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_KEYS);
  expect(typeof ({} as { constructor: unknown }).constructor).toBe("function");
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

// Written as text, so `__proto__` is an own key of the parsed objects, as in a hostile file.
const hostile = `{
  "class": "dataset",
  "id": ["__proto__", "constructor", "Tid"],
  "size": [2, 2, 1],
  "dimension": {
    "__proto__": { "category": { "index": { "__proto__": 0, "polluted": 1 }, "label": { "__proto__": "x", "polluted": "y" } } },
    "constructor": { "category": { "index": ["prototype", "constructor"] } },
    "Tid": { "category": { "label": { "2024M06": "juni 2024" } } }
  },
  "value": { "0": 1, "1": 2, "2": 3, "3": 4 },
  "status": { "__proto__": ":", "constructor": "..", "1": "p" }
}`;
const mapping = JSON.parse(`{
  "indicator": { "fixed": "SYNTH.x" },
  "period": { "from": "Tid" },
  "orgUnit": { "fixed": "NO" },
  "dimensions": { "a": { "from": "__proto__" }, "b": { "from": "constructor", "map": { "prototype": "p", "constructor": "c" } } },
  "filter": { "constructor": ["prototype", "constructor"] }
}`) as Parameters<typeof fromJsonStat>[1];

describe("category and dimension ids such as __proto__ and constructor", () => {
  afterEach(unpolluted);

  it("are read as plain codes, never touching a prototype", () => {
    const { observations, issues } = fromJsonStat(hostile, mapping, { mode: "lenient" });
    expect(observations.map((o) => [o.dimensions, o.value, o.flags])).toEqual([
      [{ a: "__proto__", b: "p" }, 1, []],
      [{ a: "__proto__", b: "c" }, 2, ["provisional"]],
      [{ a: "polluted", b: "p" }, 3, []],
      [{ a: "polluted", b: "c" }, 4, []],
    ]);
    expect(issues.map((i) => i.code)).toEqual(["invalid_status_index", "invalid_status_index"]);
  });

  it("survive a write and read back as values of any key", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...HOSTILE)), fc.constantFrom("constructor", "toString", "valueOf", "hasOwnProperty"), (values, key) => {
        const observations = values.map((v) => ({ indicatorId: "SYNTH.x", period: "2024", orgUnit: "NO", dimensions: { [key]: v }, value: 1, flags: [] }));
        const back = fromJsonStat(writeJsonStat(observations), jsonStatNativeMapping).observations;
        expect(back.map((o) => Object.hasOwn(o.dimensions, key) && o.dimensions[key])).toEqual([...values].sort());
        unpolluted();
      }),
    );
  });

  it("in a lenient read with errors leave locations with plain coordinates", () => {
    const { issues } = fromJsonStat(hostile.replace('"0": 1', '"0": "x"'), mapping, { mode: "lenient" });
    expect(issues.find((i) => i.code === "invalid_value")!.message).toContain("(cell 0 (__proto__=__proto__, constructor=prototype, Tid=2024M06))");
  });
});
