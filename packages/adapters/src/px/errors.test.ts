import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import { badInputs, goodMapping } from "./fixtures/badInputs.js";
import { fromPx } from "./fromPx.js";
import { parsePx } from "./parsePx.js";

function caught(run: () => unknown): AdapterError {
  try {
    run();
  } catch (error) {
    if (error instanceof AdapterError) return error;
    throw error;
  }
  throw new Error("expected an AdapterError, but nothing was thrown");
}

describe("bad input", () => {
  it.each(badInputs)("reports $name as $code, with where it is", (bad) => {
    const error = caught(() => fromPx(bad.input, bad.mapping ?? goodMapping));
    expect(error.code).toBe(bad.code);
    expect(error.location).toMatchObject(bad.at);
    if (bad.message) expect(error.message).toContain(bad.message);
  });

  it.each(badInputs.filter((b) => b.fileError))("parsePx throws $name as $code too", (bad) => {
    const error = caught(() => parsePx(bad.input));
    expect(error.code).toBe(bad.code);
    expect(error.location).toMatchObject(bad.at);
  });

  it.each(badInputs.filter((b) => b.code !== "invalid_data_token"))("throws $name in lenient mode too (structure and mapping errors always throw)", (bad) => {
    expect(caught(() => fromPx(bad.input, bad.mapping ?? goodMapping, { mode: "lenient" })).code).toBe(bad.code);
  });

  it("puts the place in the message", () => {
    const error = caught(() => parsePx(`STUB="region"\nHEADING="år";\n`));
    expect(error.message).toBe('missing ";" after the value of STUB (line 1, column 1); "H" follows at line 2, column 1 (line 1, column 14)');
    expect(error.path).toEqual(["line", 1, "column", 14]);
  });
});
