import fc from "fast-check";
import { it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import { fromPx } from "./fromPx.js";
import { ssbLatin1Text, ssbLatin1Mapping } from "./fixtures/ssbLatin1.js";
import { ssbUtf8Text, ssbUtf8Mapping } from "./fixtures/ssbUtf8.js";
import { sparseKeysText, sparseKeysMapping } from "./fixtures/sparseKeys.js";
import { toPx } from "./toPx.js";
import { pxNativeMapping } from "./pxNativeMapping.js";

const samples = [
  [ssbLatin1Text, ssbLatin1Mapping],
  [ssbUtf8Text, ssbUtf8Mapping],
  [sparseKeysText, sparseKeysMapping],
  [toPx([{ indicatorId: "A", period: "2024", orgUnit: "NO", dimensions: { s: "x" }, value: null, flags: ["suppressed", "provisional"], note: "n" }]), pxNativeMapping],
] as const;
it("fuzz mutations", () => {
  let ok = 0, errs = new Map<string, number>();
  fc.assert(
    fc.property(fc.nat(3), fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 3, unit: "binary" })), { maxLength: 5 }), fc.boolean(), (i, edits, strict) => {
      let [t, m] = samples[i]!;
      let s: string = t;
      for (const [pos, len, ins] of edits) {
        const p = pos % (s.length + 1);
        s = s.slice(0, p) + ins + s.slice(p + len);
      }
      try {
        fromPx(s, m as never, { mode: strict ? "strict" : "lenient" });
        ok++;
      } catch (e) {
        if (!(e instanceof AdapterError)) throw e;
        errs.set(e.code, (errs.get(e.code) ?? 0) + 1);
      }
    }),
    { numRuns: 100000 },
  );
  console.log(ok, [...errs]);
});
