import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import { CsvTokenizer, type CsvRow } from "./CsvTokenizer.js";
import { tokenizeCsv } from "./tokenizeCsv.js";

const fields = (text: string, delimiter?: string) => tokenizeCsv(text, delimiter === undefined ? {} : { delimiter }).map((r) => r.fields);
const lines = (text: string) => tokenizeCsv(text).map((r) => r.line);
const report = (text: string) => tokenizeCsv(text, { onError: "report" }).map((r) => ({ fields: r.fields, line: r.line, error: r.error?.code }));

function chunked(text: string, cuts: readonly number[], delimiter?: string): CsvRow[] {
  const t = new CsvTokenizer({ onError: "report", ...(delimiter === undefined ? {} : { delimiter }) });
  const rows: CsvRow[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    rows.push(...t.push(text.slice(from, cut)));
    from = Math.max(from, cut);
  }
  rows.push(...t.push(text.slice(from)), ...t.end());
  return rows;
}

const plain = (rows: readonly CsvRow[]) => rows.map((r) => ({ fields: r.fields, line: r.line, error: r.error?.code, at: r.error?.location }));

describe("CsvTokenizer: RFC 4180", () => {
  it("splits fields on the delimiter and rows on line ends", () => {
    expect(fields("a,b,c\n1,2,3\n")).toEqual([["a", "b", "c"], ["1", "2", "3"]]);
  });

  it("reads quoted fields with delimiters, doubled quotes and line ends inside", () => {
    expect(fields('a,b\n"x, y","say ""hei"""\n"two\r\nlines",""\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hei"'],
      ["two\r\nlines", ""],
    ]);
  });

  it("accepts CRLF, LF and CR line ends, mixed", () => {
    expect(fields("a,b\r\n1,2\n3,4\r5,6")).toEqual([["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]]);
  });

  it("reads a last line without a line end, and keeps a trailing empty field", () => {
    expect(fields("a,b\n1,")).toEqual([["a", "b"], ["1", ""]]);
    expect(fields('a,b\n1,"x"')).toEqual([["a", "b"], ["1", "x"]]);
  });

  it("drops a BOM and keeps spaces around fields", () => {
    expect(fields("\uFEFFa; b \n 1 ;2")).toEqual([["a", " b "], [" 1 ", "2"]]);
  });

  it("skips empty lines but counts them", () => {
    expect(report("\na,b\n\n1,2\r\n\r\n3,4\n\n")).toEqual([
      { fields: ["a", "b"], line: 2, error: undefined },
      { fields: ["1", "2"], line: 4, error: undefined },
      { fields: ["3", "4"], line: 6, error: undefined },
    ]);
  });

  it("numbers rows by the line they start on, counting line ends inside quotes once each", () => {
    expect(lines('a,b\n1,"x\r\ny\rz\nw"\n2,3\n')).toEqual([1, 2, 6]);
  });

  it("treats a quote inside an unquoted field as a character", () => {
    expect(fields('a,b\n14" skjerm,2\n')).toEqual([["a", "b"], ['14" skjerm', "2"]]);
  });

  it("gives an empty text no rows", () => {
    expect(fields("")).toEqual([]);
    expect(fields("\r\n\n")).toEqual([]);
  });
});

describe("CsvTokenizer: delimiters", () => {
  it("detects , ; tab and | on the header line, outside quotes", () => {
    expect(fields('"region";"Antall, i alt"\n1;2')).toEqual([["region", "Antall, i alt"], ["1", "2"]]);
    expect(fields("a\tb\n1,5\t2")).toEqual([["a", "b"], ["1,5", "2"]]);
    expect(fields("a|b\n1|2")).toEqual([["a", "b"], ["1", "2"]]);
  });

  it("uses a delimiter the caller gives over the detected one", () => {
    expect(fields("a;b,c\n1;2,3", ",")).toEqual([["a;b", "c"], ["1;2", "3"]]);
  });

  it("honours and drops an Excel sep= line", () => {
    expect(report("sep=;\na;b,c\n1;2,3\n")).toEqual([
      { fields: ["a", "b,c"], line: 2, error: undefined },
      { fields: ["1", "2,3"], line: 3, error: undefined },
    ]);
  });

  it("rejects a delimiter that is not one character, a quote or a line end", () => {
    for (const d of ["", ";;", '"', "\n", "\r"]) expect(() => new CsvTokenizer({ delimiter: d })).toThrow(AdapterError);
  });
});

describe("CsvTokenizer: malformed input", () => {
  it("reports a ragged row with its line and the counts", () => {
    expect(() => tokenizeCsv("a,b,c\n1,2,3\n4,5\n")).toThrowErrorMatchingInlineSnapshot(`[AdapterError: the row has 2 fields where the header has 3 (line 3)]`);
    expect(report("a,b\n1,2,3\n4,5\n").map((r) => r.error)).toEqual([undefined, "ragged_row", undefined]);
  });

  it("reports an unterminated quote at the line where it opened", () => {
    const rows = tokenizeCsv('a,b\n1,2\n3,"open\n4,5\n', { onError: "report" });
    const error = rows.at(-1)?.error;
    expect(error?.code).toBe("unterminated_quote");
    expect(error?.location).toEqual({ line: 3, column: 2 });
  });

  it("reports text after a closing quote as invalid_quote, keeping the text", () => {
    expect(report('a,b\n"x"y,2\n')).toEqual([
      { fields: ["a", "b"], line: 1, error: undefined },
      { fields: ["xy", "2"], line: 2, error: "invalid_quote" },
    ]);
  });

  it("throws only AdapterErrors when used after end", () => {
    const t = new CsvTokenizer();
    t.end();
    expect(() => t.push("a")).toThrow(AdapterError);
    expect(() => t.end()).toThrow(AdapterError);
  });
});

describe("CsvTokenizer: chunks", () => {
  it("waits at a CR at the end of a chunk to see whether LF follows", () => {
    const t = new CsvTokenizer();
    expect(t.push("a,b\r").map((r) => r.fields)).toEqual([]);
    expect(t.push("\n1,2\r").map((r) => r.fields)).toEqual([["a", "b"]]);
    expect(t.push("\n3,4").map((r) => r.line)).toEqual([2]);
    expect(t.end().map((r) => [r.line, r.fields])).toEqual([[3, ["3", "4"]]]);
  });

  it("joins a doubled quote split between chunks", () => {
    expect(chunked('a\n"x"', [4]).map((r) => r.fields)).toEqual([["a"], ["x"]]);
    expect(chunked('a\n"x""y"\n', [5]).map((r) => r.fields)).toEqual([["a"], ['x"y']]);
  });

  const alphabet = fc.constantFrom("a", "b", "7", ",", ";", "\t", "|", '"', '"', "\r", "\n", "\r\n", " ", "ø", "\uFEFF");
  const csvish = fc.array(alphabet, { maxLength: 60 }).map((xs) => xs.join(""));

  it("gives the same rows, lines and errors however the text is split", () => {
    fc.assert(
      fc.property(csvish, fc.array(fc.nat({ max: 70 }), { maxLength: 12 }), fc.constantFrom(undefined, ",", ";"), (text, cuts, delimiter) => {
        const whole = plain(chunked(text, [], delimiter));
        expect(plain(chunked(text, cuts, delimiter))).toEqual(whole);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the same rows pushed one character at a time", () => {
    fc.assert(
      fc.property(csvish, (text) => {
        const cuts = Array.from({ length: text.length }, (_, i) => i);
        expect(plain(chunked(text, cuts))).toEqual(plain(chunked(text, [])));
      }),
      { numRuns: 500 },
    );
  });

  it("reads back any table written with RFC 4180 quoting", () => {
    const cell = fc.string({ unit: fc.constantFrom("x", ",", '"', "\r", "\n", " ", "é"), maxLength: 6 });
    // Every cell quoted, so that no row is an empty line (which the tokenizer skips).
    const table = fc
      .integer({ min: 1, max: 4 })
      .chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 5 }));
    fc.assert(
      fc.property(table, fc.array(fc.nat({ max: 200 }), { maxLength: 6 }), (rows, cuts) => {
        const text = rows.map((row) => row.map((c) => `"${c.replaceAll('"', '""')}"`).join(",")).join("\r\n");
        expect(chunked(text, cuts, ",").map((r) => r.fields)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
