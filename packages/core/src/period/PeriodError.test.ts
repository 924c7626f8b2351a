import { describe, expect, it } from "vitest";
import { OpptrappingError } from "../errors.js";
import { PeriodError } from "./PeriodError.js";

describe("PeriodError", () => {
  it("is an OpptrappingError with a code, a name, an empty path and the input", () => {
    const error = new PeriodError("invalid_range", "Invalid range", "2026/2025");
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(OpptrappingError);
    expect(error.name).toBe("PeriodError");
    expect(error.code).toBe("invalid_range");
    expect(error.path).toEqual([]);
    expect(error.input).toBe("2026/2025");
  });

  it("has no input when there was no offending string", () => {
    expect(new PeriodError("cannot_split", "x").input).toBeUndefined();
  });
});
