import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import type { CsvMappingInput } from "./csvMapping.js";
import { fromCsv } from "./fromCsv.js";

const mapping = {
  indicator: { fixed: "R5.wait" },
  period: { from: "år" },
  orgUnit: { from: "region" },
  columns: { value: "verdi" },
} satisfies CsvMappingInput;

const read = (text: string, m: CsvMappingInput = mapping, options = {}) => fromCsv(text, m, options);
const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof AdapterError) return { code: error.code, location: error.location, message: error.message };
    throw error;
  }
  throw new Error("expected an AdapterError");
};

describe("fromCsv: columns and values", () => {
  it("maps columns to observations, trimming header names", () => {
    const { observations, issues } = read("region; år ;verdi\n0301;2024;41,5\n4601;2024K2;38\n");
    expect(issues).toEqual([]);
    expect(observations).toEqual([
      { indicatorId: "R5.wait", period: "2024", orgUnit: "0301", dimensions: {}, value: 41.5, flags: [] },
      { indicatorId: "R5.wait", period: "2024Q2", orgUnit: "4601", dimensions: {}, value: 38, flags: [] },
    ]);
  });

  it("reads count, numerator and denominator, and dimensions through a code map", () => {
    const text = "region,år,tjeneste,andel,teller,nevner,antall\n0301,2024,PHBU,75.5,151,200,\n";
    const { observations } = read(text, {
      ...mapping,
      dimensions: { service: { from: "tjeneste", map: { PHBU: "phbu" } } },
      columns: { value: "andel", numerator: "teller", denominator: "nevner", count: "antall" },
    });
    expect(observations).toEqual([
      { indicatorId: "R5.wait", period: "2024", orgUnit: "0301", dimensions: { service: "phbu" }, value: 75.5, numerator: 151, denominator: 200, flags: [] },
    ]);
  });

  it("turns SSB symbols and empty cells into flagged missing values, and - into zero", () => {
    const { observations } = read("region;år;verdi\n0301;2024;..\n0301;2025;:\n4601;2024;\n4601;2025;-\n");
    expect(observations.map((o) => [o.value, o.flags])).toEqual([
      [null, ["missing"]],
      [null, ["suppressed"]],
      [null, ["missing"]],
      [0, []],
    ]);
  });

  it("decides the number style of a column from its values", () => {
    const { observations } = read('region,år,verdi\n0301,2024,"1,234"\n4601,2024,"0,5"\n');
    expect(observations.map((o) => o.value)).toEqual([1.234, 0.5]);
  });

  it("decides an undecided column from the other number columns", () => {
    const text = 'region,år,verdi,antall\n0301,2024,41.5,"1,234"\n';
    const { observations } = read(text, { ...mapping, columns: { value: "verdi", count: "antall" } });
    expect(observations[0]?.count).toBe(1234);
  });

  it("follows numberStyle when given", () => {
    expect(read('region,år,verdi\n0301,2024,"1,234"\n', mapping, { numberStyle: "en" }).observations[0]?.value).toBe(1234);
    expect(read("region;år;verdi\n0301;2024;1.234\n", mapping, { numberStyle: "nb" }).observations[0]?.value).toBe(1234);
  });

  it("calls a column of only ambiguous numbers ambiguous_number", () => {
    expect(errorOf(() => read('region,år,verdi\n0301,2024,"1,234"\n'))).toMatchObject({ code: "ambiguous_number", location: { line: 2, column: 3 } });
  });

  it("says which value set the column's style when another disagrees", () => {
    const e = errorOf(() => read("region;år;verdi\n0301;2024;1,5\n4601;2024;2.5\n"));
    expect(e.code).toBe("invalid_number");
    expect(e.message).toContain('the column reads as Norwegian numbers, from "1,5" on line 2');
    expect(e.location).toEqual({ line: 3, column: 3 });
  });

  it("applies scale and filter", () => {
    const text = "region;år;kjønn;verdi\n0301;2024;begge;5\n0301;2024;menn;6\n";
    const { observations } = read(text, { ...mapping, scale: 7, filter: { kjønn: ["begge"] } });
    expect(observations.map((o) => o.value)).toEqual([35]);
  });

  it("reads bytes as UTF-8, or Latin-1 when they are not UTF-8", () => {
    const latin1 = Uint8Array.from([..."region;år;verdi\nHelse Sør-Øst;2024;1\n"].map((c) => c.charCodeAt(0)));
    expect(fromCsv(latin1, mapping).observations[0]?.orgUnit).toBe("rhf-sor-ost");
    expect(errorOf(() => fromCsv(latin1, mapping, { encoding: "utf-8" })).code).toBe("invalid_encoding");
  });

  it("takes a delimiter the caller gives", () => {
    const text = "region;x|år;y|verdi\n0301|2024|5\n";
    const m = { ...mapping, period: { from: "år;y" }, orgUnit: { from: "region;x" } };
    expect(errorOf(() => fromCsv(text, m)).code).toBe("unknown_dimension");
    expect(fromCsv(text, m, { delimiter: "|" }).observations[0]).toMatchObject({ period: "2024", value: 5 });
    expect(errorOf(() => fromCsv("a;b\n", mapping, { delimiter: ";;" })).code).toBe("invalid_option");
  });
});

describe("fromCsv: safety", () => {
  it("reads columns named __proto__ and constructor as plain columns", () => {
    const text = "__proto__;constructor;verdi\n0301;2024;7\n";
    const { observations } = read(text, { ...mapping, period: { from: "constructor" }, orgUnit: { from: "__proto__" } });
    expect(observations[0]).toMatchObject({ orgUnit: "0301", period: "2024", value: 7 });
    expect(({} as Record<string, unknown>)["0301"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("does not let a code named toString or __proto__ pass a code map", () => {
    const text = "region;år;tjeneste;verdi\n0301;2024;__proto__;1\n0301;2024;toString;1\n";
    const { issues } = read(text, { ...mapping, dimensions: { service: { from: "tjeneste", map: { PHBU: "phbu" } } } }, { mode: "lenient" });
    expect(issues.map((i) => i.code)).toEqual(["unmapped_code", "unmapped_code"]);
  });

  it("restores formula-neutralised cells", () => {
    const text = "region;år;tjeneste;verdi\n0301;2024;'=x;'-5\n";
    const { observations } = read(text, { ...mapping, dimensions: { service: { from: "tjeneste" } } });
    expect(observations[0]).toMatchObject({ dimensions: { service: "=x" }, value: -5 });
  });
});

describe("fromCsv: problems", () => {
  it("names unknown columns up front, listing the file's", () => {
    expect(() => read("region;periode;verdi\n0301;2024;1\n")).toThrowErrorMatchingInlineSnapshot(
      `[AdapterError: the mapping names a column the file does not have: "år"; the file's columns are "region", "periode", "verdi" (line 1, dimension "år")]`,
    );
  });

  it("rejects duplicate header names", () => {
    expect(errorOf(() => read("region;år;verdi;år\n0301;2024;1;2\n"))).toMatchObject({ code: "duplicate_header", location: { line: 1 } });
  });

  it("rejects a mapping without columns, or with measure", () => {
    expect(errorOf(() => fromCsv("a\n", { indicator: { fixed: "X" }, period: { fixed: "2024" } })).code).toBe("invalid_mapping");
    expect(errorOf(() => fromCsv("a\n", { ...mapping, columns: { value: "verdi", flagz: "x" } as never })).message).toContain("flagz");
  });

  it("throws the first bad row in strict mode and lists every one in lenient mode", () => {
    const text = "region;år;verdi\n0301;2024;1\n0301;2024\nOslo;2024;1\n0301;20x4;1\n0301;2024;abc\n0301;2025;2\n";
    expect(errorOf(() => read(text))).toMatchObject({ code: "ragged_row", location: { line: 3 } });
    const { observations, issues } = read(text, mapping, { mode: "lenient" });
    expect(observations.map((o) => o.period)).toEqual(["2024", "2025"]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["ragged_row", ["line", 3]],
      ["invalid_org_unit", ["line", 4]],
      ["invalid_period", ["line", 5]],
      ["invalid_number", ["line", 6, "column", 3]],
    ]);
  });

  it("reads a file's flags only from its symbols, rejecting unknown flags in a flags column", () => {
    const text = "region;år;verdi;flagg\n0301;2024;1;provisional\n0301;2025;1;final\n";
    const m = { ...mapping, columns: { value: "verdi", flags: "flagg" } };
    expect(read(text, m, { mode: "lenient" }).issues.map((i) => i.code)).toEqual(["invalid_flag"]);
  });

  it("never throws anything but an AdapterError, whatever the input", () => {
    const m = { ...mapping, dimensions: { service: { from: "t" } }, columns: { value: "verdi", count: "n", flags: "f", dimensionPrefix: "d." } };
    const unit = fc.constantFrom("region", "år", "verdi", "t", "n", "f", "d.x", "0301", "2024", "1,5", "..", "missing", ",", ";", '"', "\n", "\r", " ", "'", "=", "é");
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit, maxLength: 40 }), fc.string({ maxLength: 40 }), fc.uint8Array({ maxLength: 40 })),
        fc.constantFrom("strict" as const, "lenient" as const),
        (input, mode) => {
          try {
            const { observations } = fromCsv(input, m, { mode });
            for (const o of observations) expect(typeof o.indicatorId).toBe("string");
          } catch (error) {
            expect(error).toBeInstanceOf(AdapterError);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
