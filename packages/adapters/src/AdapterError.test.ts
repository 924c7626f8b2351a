import { OpptrappingError } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { AdapterError, adapterIssue } from "./AdapterError.js";
import { fromCsv } from "./csv/index.js";
import { fromJsonStat } from "./json-stat/index.js";
import { fromPx } from "./px/index.js";

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("AdapterError and instanceof", () => {
  it("holds for an error made by another copy of the class, as each subpath bundle (ESM or CJS) has", async () => {
    // The query makes the module loader evaluate AdapterError.ts again: a second, distinct class.
    const specifier = "./AdapterError.js?copy";
    const copy = (await import(/* @vite-ignore */ specifier)) as typeof import("./AdapterError.js");
    expect(copy.AdapterError).not.toBe(AdapterError);
    const foreign = new copy.AdapterError("x", "from the other copy");
    expect(foreign instanceof AdapterError).toBe(true);
    expect(new AdapterError("x", "here") instanceof copy.AdapterError).toBe(true);
    expect(foreign instanceof OpptrappingError).toBe(true);
  });

  it("holds for what every reader throws", () => {
    expect(caught(() => fromCsv("", { indicator: { fixed: "x" }, period: { fixed: "2024" }, columns: { value: "v" } }))).toBeInstanceOf(AdapterError);
    expect(caught(() => fromJsonStat("{", { indicator: { fixed: "x" }, period: { fixed: "2024" } }))).toBeInstanceOf(AdapterError);
    expect(caught(() => fromPx("", { indicator: { fixed: "x" }, period: { fixed: "2024" } }))).toBeInstanceOf(AdapterError);
  });

  it("is false for other errors and values, and subclasses keep their own check", () => {
    class Special extends AdapterError {}
    expect(new Error("x") instanceof AdapterError).toBe(false);
    expect(new OpptrappingError("x", "y") instanceof AdapterError).toBe(false);
    expect((null as unknown as object) instanceof AdapterError).toBe(false);
    expect({ code: "x" } instanceof AdapterError).toBe(false);
    expect(new Special("x", "y") instanceof AdapterError).toBe(true);
    expect(new AdapterError("x", "y") instanceof Special).toBe(false);
  });
});

describe("adapterIssue", () => {
  it.each([{}, { cell: 3, coordinates: { Region: "0301" } }, { line: 2, column: 5 }, { path: ["value", "4"] }])("gives what an AdapterError's toIssue gives, at %j", (at) => {
    expect(adapterIssue("invalid_value", "not a number", at)).toEqual(new AdapterError("invalid_value", "not a number", at).toIssue());
  });
});
