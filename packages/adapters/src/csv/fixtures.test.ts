import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import type { CsvMappingInput } from "./csvMapping.js";
import { fromCsv, type FromCsvOptions } from "./fromCsv.js";

const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

function codeOf(run: () => unknown): { code: string; location: unknown } {
  try {
    run();
  } catch (error) {
    if (error instanceof AdapterError) return { code: error.code, location: error.location };
    throw error;
  }
  throw new Error("expected an AdapterError");
}

describe("fixture: SSB PxWebApi CSV, semicolon, Latin-1, CRLF", () => {
  const title = "12345: Ventetid i psykisk helsevern for barn og unge, etter region, kvartal og statistikkvariabel";
  const mapping: CsvMappingInput = {
    indicator: { fixed: "R5.wait.phbu" },
    period: { from: "kvartal" },
    orgUnit: { from: "region" },
    columns: { value: title },
  };

  it("reads municipalities with æøå, quarters, decimal commas and .. and : as flagged gaps", () => {
    const { observations, issues } = fromCsv(bytes("ssb-semicolon-latin1.csv"), mapping);
    expect(issues).toEqual([]);
    expect(observations.map((o) => [o.orgUnit, o.period, o.value, o.flags])).toEqual([
      ["0301", "2024Q1", 41.2, []],
      ["0301", "2024Q2", null, ["missing"]],
      ["5501", "2024Q1", 38.5, []],
      ["5501", "2024Q2", null, ["suppressed"]],
      ["1508", "2024Q1", 52, []],
      ["NO", "2024Q1", 44.7, []],
    ]);
  });
});

describe("fixture: SSB PxWebApi CSV, comma, Latin-1, everything quoted", () => {
  const mapping: CsvMappingInput = {
    indicator: { fixed: "A2.patients" },
    period: { from: "år" },
    orgUnit: { from: "region" },
    dimensions: { sex: { from: "kjønn", map: { "Begge kjønn": "total", Menn: "male", Kvinner: "female" } } },
    columns: { value: "Pasienter i psykisk helsevern per 1000 innbyggere" },
  };

  it("reads K- and named municipality codes, decimal points, quoted symbols and - as zero", () => {
    const { observations } = fromCsv(bytes("ssb-comma-latin1.csv"), mapping);
    expect(observations.map((o) => [o.orgUnit, o.dimensions["sex"], o.value, o.flags])).toEqual([
      ["3401", "total", 12.5, []],
      ["3401", "male", 11.25, []],
      ["3401", "female", null, ["suppressed"]],
      ["1804", "total", null, ["missing"]],
      ["1804", "male", 0, []],
      ["1804", "female", 14, []],
    ]);
  });
});

describe("fixture: Helsedirektoratet/NPR export, semicolon, decimal comma, spaced thousands", () => {
  const base = {
    indicator: { fixed: "R5.wait" },
    period: { from: "Periode" },
    orgUnit: { from: "Region" },
    dimensions: { service: { from: "Tjenesteområde" } },
  } as const;

  it("reads RHF names, 1 234 and 2 345 (no-break space) counts, and leaves the date column alone", () => {
    const { observations } = fromCsv(bytes("hdir-npr.csv"), { ...base, columns: { value: "Gjennomsnittlig ventetid (dager)", count: "Antall avviklede" } });
    expect(observations.map((o) => [o.orgUnit, o.period, o.dimensions["service"], o.value, o.count])).toEqual([
      ["rhf-sor-ost", "2024T1", "PHV", 41.5, 1234],
      ["rhf-sor-ost", "2024T1", "PHBU", 52, 987],
      ["rhf-nord", "2024T1", "PHV", null, 2345],
      ["rhf-vest", "2024T2", "TSB", 33.25, 12003],
      ["rhf-midt-norge", "2024T2", "PHBU", 0, 1050],
    ]);
  });

  it("reads percentages as written, dropping the percent sign", () => {
    const { observations } = fromCsv(bytes("hdir-npr.csv"), { ...base, indicator: { fixed: "R5.withinLimit" }, columns: { value: "Andel innen frist (%)" } });
    expect(observations.map((o) => o.value)).toEqual([87.3, 80.1, null, 90, 100]);
    expect(observations[2]?.flags).toEqual(["suppressed"]);
  });

  it("fails on the date column if it is mapped as a number, with line and column", () => {
    const e = codeOf(() => fromCsv(bytes("hdir-npr.csv"), { ...base, columns: { value: "Oppdatert" } }));
    expect(e).toEqual({ code: "invalid_number", location: { line: 2, column: 5 } });
  });
});

describe("fixture: spreadsheet export with BOM and CRLF", () => {
  const mapping: CsvMappingInput = {
    indicator: { from: "Indicator" },
    period: { from: "Period" },
    orgUnit: { from: "Municipality" },
    dimensions: { service: { from: "Service" } },
    columns: { value: "Mean wait (days)", count: "Referrals", note: "Comment" },
  };

  it("reads the first header despite the BOM, English thousands from the other column's evidence, and multi-line notes", () => {
    const { observations } = fromCsv(bytes("spreadsheet-bom-crlf.csv"), mapping);
    expect(observations.map((o) => [o.period, o.orgUnit, o.count, o.value, o.note])).toEqual([
      ["2024-06", "0301", 1234, 41.5, undefined],
      ["2024-06", "4601", 987, 38.25, "checked, ok"],
      ["2024-06", "5501", 12345, null, '=HYPERLINK("http://example.invalid")'],
      ["2024-07", "1508", 2001, 40, 'two"lines"\r\nin one cell'],
    ]);
  });
});

describe("bad-input corpus", () => {
  const mapping: CsvMappingInput = { indicator: { fixed: "X" }, period: { from: "år" }, orgUnit: { from: "region" }, columns: { value: "verdi" } };
  const read = (name: string, options: FromCsvOptions = {}) => fromCsv(bytes(`bad/${name}`), mapping, options);

  it("ragged rows: ragged_row with the line, every one in lenient mode", () => {
    expect(codeOf(() => read("ragged.csv"))).toEqual({ code: "ragged_row", location: { line: 3 } });
    const { observations, issues } = read("ragged.csv", { mode: "lenient" });
    expect(observations).toHaveLength(1);
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      ["ragged_row", "the row has 2 fields where the header has 3 (line 3)"],
      ["ragged_row", "the row has 4 fields where the header has 3 (line 4)"],
    ]);
  });

  it("12,3,4 and friends: invalid_number quoting the text, with line and column", () => {
    expect(codeOf(() => read("bad-number.csv"))).toEqual({ code: "invalid_number", location: { line: 3, column: 3 } });
    const { issues } = read("bad-number.csv", { mode: "lenient" });
    expect(issues.map((i) => i.message)).toEqual([
      'column "verdi": "12,3,4" is not a number in Norwegian style: ",4" cannot follow "12,3" in Norwegian (1 234,5) style (line 3, column 3)',
      'column "verdi": "1,2.3,4" is not a number in Norwegian style: ".3,4" cannot follow "1,2" in Norwegian (1 234,5) style (line 4, column 3)',
      'column "verdi": "abc" is not a number in Norwegian style: it does not start with a digit (line 5, column 3)',
    ]);
  });

  it("Latin-1 bytes read as UTF-8: invalid_encoding from decodeText", () => {
    expect(codeOf(() => read("latin1-as-utf8.csv", { encoding: "utf-8" })).code).toBe("invalid_encoding");
    expect(read("latin1-as-utf8.csv", { encoding: "latin1" }).observations.map((o) => o.orgUnit)).toEqual(["5501"]);
    expect(read("latin1-as-utf8.csv", { encoding: "auto" }).observations.map((o) => o.value)).toEqual([12.5]);
  });

  it("a quote open at the end of the file: unterminated_quote at the line where it opened", () => {
    expect(codeOf(() => read("unterminated-quote.csv"))).toEqual({ code: "unterminated_quote", location: { line: 3, column: 1 } });
    const { observations, issues } = read("unterminated-quote.csv", { mode: "lenient" });
    expect(observations.map((o) => o.orgUnit)).toEqual(["0301"]);
    expect(issues.map((i) => i.code)).toEqual(["unterminated_quote"]);
  });

  it("an empty file: empty_input", () => {
    expect(codeOf(() => read("empty.csv")).code).toBe("empty_input");
    expect(codeOf(() => read("empty.csv", { mode: "lenient" })).code).toBe("empty_input");
  });

  it("a header and nothing else: no observations and no issues", () => {
    expect(read("header-only.csv")).toEqual({ observations: [], issues: [] });
  });

  it("a column named twice (after trimming): duplicate_header", () => {
    expect(codeOf(() => read("duplicate-headers.csv"))).toEqual({ code: "duplicate_header", location: { line: 1 } });
  });

  it("only numbers like 1,234: ambiguous_number, unless numberStyle says", () => {
    expect(codeOf(() => read("ambiguous.csv")).code).toBe("ambiguous_number");
    expect(read("ambiguous.csv", { numberStyle: "en" }).observations.map((o) => o.value)).toEqual([1234, 2500]);
    expect(read("ambiguous.csv", { numberStyle: "nb" }).observations.map((o) => o.value)).toEqual([1.234, 2.5]);
  });
});
