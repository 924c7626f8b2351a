import { dayNumber } from "@opptrapping/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import { readReferrals, readReferralsInto } from "./readReferrals.js";
import type { ReferralIssue, ReferralMapping, ReferralRecord } from "./types.js";

// SYNTHETIC referral lines throughout.
const mapping: ReferralMapping = { columns: { service: "tjeneste", rhf: "rhf", received: "mottatt", started: "startet" } };
const d = (iso: string) => dayNumber(iso);
const read = (input: string | Uint8Array | Iterable<string | Uint8Array>, m: ReferralMapping = mapping) => {
  const issues: ReferralIssue[] = [];
  const records = [...readReferrals(input, m, { onIssue: (i) => issues.push(i) })];
  return { records, issues };
};
/** Text fields lose surrounding spaces and tabs (only), as the reader trims them. */
const blankTrim = (s: string) => s.replace(/^[ \t]+|[ \t]+$/g, "");
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe("readReferrals: fields", () => {
  it("reads ISO and Norwegian dates straight into day numbers, an empty start as still waiting", () => {
    const { records } = read("tjeneste,rhf,mottatt,startet\nPHBU,rhf-vest,2025-01-06,10.02.2025\nPHV,rhf-nord,6.1.2025,\n");
    expect(records).toEqual([
      { service: "PHBU", rhf: "rhf-vest", hf: undefined, municipality: undefined, sex: undefined, age: undefined, received: d("2025-01-06"), started: d("2025-02-10"), line: 2 },
      { service: "PHV", rhf: "rhf-nord", hf: undefined, municipality: undefined, sex: undefined, age: undefined, received: d("2025-01-06"), started: null, line: 3 },
    ]);
  });

  it("ignores a time after the date, and keeps the text of a non-date for the calculator to report", () => {
    const { records } = read("tjeneste,rhf,mottatt,startet\nTSB,x,2025-03-01T08:30:00,31.02.2025\nTSB,x,,ukjent\n");
    expect(records.map((r) => [r.received, r.started])).toEqual([
      [d("2025-03-01"), "31.02.2025"],
      ["", "ukjent"],
    ]);
  });

  it("takes only the date form asked for", () => {
    const text = "tjeneste,rhf,mottatt,startet\nTSB,x,2025-03-01,01.03.2025\n";
    expect(read(text, { ...mapping, dateFormat: "iso" }).records[0]).toMatchObject({ received: d("2025-03-01"), started: "01.03.2025" });
    expect(read(text, { ...mapping, dateFormat: "nb" }).records[0]).toMatchObject({ received: "2025-03-01", started: d("2025-03-01") });
  });

  it("reads every mapped field, trims spaces, maps service codes, and keeps a bad age as text", () => {
    const text = "id;tjeneste;rhf;hf;kommune;kjonn;alder;mottatt;startet\n1; BUP ;Helse Vest;Helse Bergen HF;4601;K;15;02.01.2025;03.02.2025\n2;VOP;;;0301;M;voksen;02.01.2025;\n";
    const m: ReferralMapping = {
      columns: { service: "tjeneste", rhf: "rhf", hf: "hf", municipality: "kommune", sex: "kjonn", age: "alder", received: "mottatt", started: "startet" },
      serviceMap: { BUP: "PHBU", VOP: "PHV" },
    };
    expect(read(text, m).records).toEqual([
      { service: "PHBU", rhf: "Helse Vest", hf: "Helse Bergen HF", municipality: "4601", sex: "K", age: 15, received: d("2025-01-02"), started: d("2025-02-03"), line: 2 },
      { service: "PHV", rhf: undefined, hf: undefined, municipality: "0301", sex: "M", age: "voksen", received: d("2025-01-02"), started: null, line: 3 },
    ]);
  });

  it("finds columns by position without a header", () => {
    const { records } = read("PHV;x;01.02.2025;;\n", { columns: { service: 0, received: 2, started: 3 }, header: false });
    expect(records[0]).toMatchObject({ service: "PHV", received: d("2025-02-01"), started: null, line: 1 });
  });

  it("matches header names case-insensitively when no exact match", () => {
    expect(read("Tjeneste,RHF,Mottatt,Startet\nPHV,x,2025-01-01,\n").records).toHaveLength(1);
  });
});

describe("readReferrals: CSV", () => {
  it("reads quoted fields with the delimiter, doubled quotes and line breaks inside, and counts lines on", () => {
    const text = 'tjeneste,rhf,mottatt,startet,merknad\nPHV,"Helse ""Vest"", avd. 2",2025-01-02,,"to\nlinjer"\nTSB,x,2025-01-03,,\n';
    const { records } = read(text);
    expect(records.map((r) => [r.rhf, r.line])).toEqual([
      ['Helse "Vest", avd. 2', 2],
      ["x", 4],
    ]);
  });

  it("reads a quoted header, CRLF line ends, a UTF-8 byte-order mark and a last line without a line feed", () => {
    const text = '\ufeff"tjeneste";"rhf";"mottatt";"startet"\r\nPHV;x;02.01.2025;\r\nTSB;y;03.01.2025;04.01.2025';
    const { records } = read(new TextEncoder().encode(text));
    expect(records.map((r) => [r.service, r.rhf, r.started, r.line])).toEqual([
      ["PHV", "x", null, 2],
      ["TSB", "y", d("2025-01-04"), 3],
    ]);
  });

  it("detects the delimiter from the header (; , tab |), or takes the one given", () => {
    for (const sep of [";", ",", "\t", "|"]) {
      const text = ["tjeneste", "rhf", "mottatt", "startet"].join(sep) + "\n" + ["PHV", "a b", "2025-01-02", ""].join(sep) + "\n";
      expect(read(text).records[0]?.rhf).toBe("a b");
    }
    expect(read("tjeneste:rhf:mottatt:startet\nPHV:x:2025-01-02:\n", { ...mapping, delimiter: ":" }).records).toHaveLength(1);
  });

  it("skips blank lines, and reports ragged rows with their line", () => {
    const { records, issues } = read("tjeneste,rhf,mottatt,startet\n\nPHV,x,2025-01-02\nPHV,x,2025-01-02,,extra\r\n\r\nTSB,x,2025-01-03,\n");
    expect(records.map((r) => r.line)).toEqual([6]);
    expect(issues).toEqual([
      { code: "ragged_row", message: "3 fields, expected 4", line: 3, path: ["line", 3] },
      { code: "ragged_row", message: "5 fields, expected 4", line: 4, path: ["line", 4] },
    ]);
  });

  it("reports a quoted field still open at the end", () => {
    const { records, issues } = read('tjeneste,rhf,mottatt,startet\nPHV,"x,2025-01-02,\nTSB,y,2025-01-02,\n');
    expect(records).toEqual([]);
    expect(issues.map((i) => [i.code, i.line])).toEqual([["unterminated_quote", 2]]);
  });

  it("throws an AdapterError at the first bad line when nobody takes issues", () => {
    expect(() => [...readReferrals("tjeneste,rhf,mottatt,startet\nPHV\n", mapping)]).toThrow(AdapterError);
    expect(() => [...readReferrals("tjeneste,rhf,mottatt,startet\nPHV\n", mapping)]).toThrow(expect.objectContaining({ code: "ragged_row", location: { line: 2 } }));
  });

  it("refuses a mapping whose columns are not in the header, or that is malformed", () => {
    expect(() => [...readReferrals("tjeneste,mottatt,startet\n", mapping)]).toThrow(expect.objectContaining({ code: "missing_column" }));
    expect(() => readReferrals("", { columns: { service: "a", received: "b" } } as never)).toThrow(expect.objectContaining({ code: "invalid_mapping" }));
    expect(() => readReferrals("", { ...mapping, delimiter: ";;" })).toThrow(expect.objectContaining({ code: "invalid_mapping" }));
    expect(() => readReferrals("", { columns: { service: "a", received: 1, started: 2 }, header: false })).toThrow(expect.objectContaining({ code: "invalid_mapping" }));
  });

  it("reads an empty input as no records", () => {
    expect(read("").records).toEqual([]);
    expect(read([]).records).toEqual([]);
  });
});

describe("readReferrals: encodings", () => {
  const text = "tjeneste;rhf;mottatt;startet\nPHV;Helse Sør-Øst;02.01.2025;\n";

  it("reads Latin-1 bytes (auto-detected or told) and UTF-8 bytes alike", () => {
    for (const [bytes, encoding] of [
      [latin1(text), "auto"],
      [latin1(text), "latin1"],
      [new TextEncoder().encode(text), "auto"],
      [new TextEncoder().encode(text), "utf-8"],
    ] as const)
      expect(read(bytes, { ...mapping, encoding }).records[0]?.rhf).toBe("Helse Sør-Øst");
  });

  it("reports Latin-1 text read as UTF-8 as invalid_encoding", () => {
    const { issues } = read(latin1(text), { ...mapping, encoding: "utf-8" });
    expect(issues.map((i) => [i.code, i.line])).toEqual([["invalid_encoding", 2]]);
  });

  it("says which encoding and delimiter it used", () => {
    const parts = [latin1(text)];
    const gen = readReferrals(parts, mapping, {});
    let step = gen.next();
    while (!step.done) step = gen.next();
    expect(step.value).toEqual({ lines: 2, records: 1, issues: 0, delimiter: ";", encoding: "latin1" });
  });
});

describe("readReferrals: streaming", () => {
  it("gives an async iterator for async chunks, with the same records", async () => {
    const text = "tjeneste,rhf,mottatt,startet\nPHV,x,2025-01-02,\nTSB,y,2025-01-03,2025-01-04\n";
    async function* chunks() {
      yield text.slice(0, 20);
      yield new TextEncoder().encode(text.slice(20));
    }
    const out: ReferralRecord[] = [];
    for await (const r of readReferrals(chunks(), mapping)) out.push(r);
    expect(out).toEqual(read(text).records);
  });

  it("gives the same records however the bytes are cut into chunks", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "b", "æ", "Ø", " ", ",", '"', "\n", "\r\n", "x"), maxLength: 6 });
    const row = fc.record({ rhf: field, hf: field, received: fc.integer({ min: d("1990-01-01"), max: d("2030-12-31") }), started: fc.option(fc.integer({ min: 0, max: 400 })) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), (rows, crlf, cuts) => {
        const eol = crlf ? "\r\n" : "\n";
        const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
        const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
        let text = `tjeneste,rhf,hf,mottatt,startet${eol}`;
        for (const r of rows) {
          const started = r.started === null ? "" : iso(r.received + r.started);
          text += `PHV,${quote(r.rhf)},${quote(r.hf)},${iso(r.received)},${started}${eol}`;
        }
        const bytes = new TextEncoder().encode(text);
        const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...at].map((from, i) => bytes.subarray(from, at[i] ?? bytes.length));
        const m: ReferralMapping = { columns: { service: "tjeneste", rhf: "rhf", hf: "hf", received: "mottatt", started: "startet" } };
        const { records, issues } = read(pieces, m);
        expect(issues).toEqual([]);
        expect(records.map((r) => [r.rhf ?? "", r.hf ?? "", r.received, r.started])).toEqual(
          rows.map((r) => [blankTrim(r.rhf), blankTrim(r.hf), r.received, r.started === null ? null : r.received + r.started]),
        );
      }),
      { numRuns: 400 },
    );
  });
});

describe("readReferralsInto", () => {
  const text = "tjeneste,rhf,mottatt,startet\nPHV,x,2025-01-02,\nPHV,y\nTSB,y,2025-01-03,2025-01-04\n";

  it("passes one reused record object with each line, and bad lines to addIssue", () => {
    const seen: unknown[] = [];
    const objects = new Set<unknown>();
    const issues: ReferralIssue[] = [];
    const summary = readReferralsInto({ add: (r, line) => (objects.add(r), seen.push([r.service, r.rhf, line])), addIssue: (i) => issues.push(i) }, text, mapping);
    expect(seen).toEqual([
      ["PHV", "x", 2],
      ["TSB", "y", 4],
    ]);
    expect(objects.size).toBe(1);
    expect(issues.map((i) => i.line)).toEqual([3]);
    expect(summary).toEqual({ lines: 4, records: 2, issues: 1, delimiter: ",", encoding: "utf-8" });
  });

  it("returns a Promise for async input", async () => {
    async function* one() {
      yield text;
    }
    let n = 0;
    const summary = readReferralsInto({ add: () => void n++, addIssue: () => undefined }, one(), mapping);
    expect(summary).toBeInstanceOf(Promise);
    expect((await summary).records).toBe(2);
    expect(n).toBe(2);
  });
});

describe("readReferrals: hostile input (issue 15)", () => {
  const header = "tjeneste,rhf,mottatt,startet";
  const bytes = (text: string) => new TextEncoder().encode(text);
  const cut = (all: Uint8Array, size: number) => {
    const pieces: Uint8Array[] = [];
    for (let at = 0; at < all.length; at += size) pieces.push(all.subarray(at, at + size));
    return pieces;
  };

  // Item 6: CR-only files gave 0 records, 0 issues and no error.
  it("reads CR-only line ends, as fromCsv does", () => {
    const { records, issues } = read(`${header}\rPHV,x,2025-01-02,\rTSB,y,2025-01-03,2025-01-04\r`);
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.service, r.line])).toEqual([
      ["PHV", 2],
      ["TSB", 3],
    ]);
  });

  it("reads CR, LF and CRLF mixed, also cut between CR and LF, and counts each as one line end", () => {
    const text = `${header}\r\nPHV,x,2025-01-02,\rTSB,"a\rb",2025-01-03,\r\n\r\nPHBU,z,2025-01-04,\nPHV,w,2025-01-05,\r`;
    const whole = read(text);
    expect(whole.issues).toEqual([]);
    expect(whole.records.map((r) => [r.service, r.rhf, r.line])).toEqual([
      ["PHV", "x", 2],
      ["TSB", "a\rb", 3],
      ["PHBU", "z", 6],
      ["PHV", "w", 7],
    ]);
    for (let at = 1; at < text.length; at++) expect(read([text.slice(0, at), text.slice(at)]).records).toEqual(whole.records);
  });

  it("says how many lines a CR-only file has", () => {
    const gen = readReferrals(`${header}\rPHV,x,2025-01-02,\r`, mapping, { onIssue: () => undefined });
    let step = gen.next();
    while (!step.done) step = gen.next();
    expect(step.value).toMatchObject({ lines: 2, records: 1, issues: 0 });
  });

  // Item 5: one stray open quote in a file fed in small chunks rescanned the carried bytes at
  // every chunk (quadratic). Complexity guard, not a timing: 4 MB in 256-byte chunks would be
  // about 16 000 rescans of up to 4 MB (tens of seconds at least); read once it is well under one.
  it("reads a file with a stray open quote, fed in small chunks, scanning each byte a bounded number of times", () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `PHV,rhf-${i % 7},2025-01-02,`).join("\n");
    const text = `${header}\nTSB,"open,2025-01-02,\n${rows}\n`;
    const all = bytes(text);
    const { records, issues } = read(cut(all, 256), { ...mapping, maxRecordBytes: 1 << 23 });
    expect(records).toEqual([]);
    expect(issues.map((i) => [i.code, i.line])).toEqual([["unterminated_quote", 2]]);
    // With the default cap the open record is given up after 1 MiB, and skipped to the end.
    const capped = read(cut(all, 256));
    expect(capped.records).toEqual([]);
    expect(capped.issues.map((i) => [i.code, i.line])).toEqual([["record_too_long", 2]]);
  });

  it("reads a file without any line end, fed in small chunks, to one refused record", () => {
    const text = `${header},${"x".repeat(3_000_000)}`;
    expect(() => read(cut(bytes(text), 256))).toThrow(expect.objectContaining({ code: "record_too_long" }));
  });

  it("reports a record longer than maxRecordBytes as record_too_long and reads on, however it is cut", () => {
    const m: ReferralMapping = { ...mapping, maxRecordBytes: 40 };
    const text = `${header}\nPHV,x,2025-01-02,\nPHV,"${"y".repeat(60)}\nstill quoted",2025-01-02,\nTSB,z,2025-01-03,\n`;
    const whole = read(text, m);
    expect(whole.records.map((r) => [r.service, r.line])).toEqual([
      ["PHV", 2],
      ["TSB", 5],
    ]);
    expect(whole.issues.map((i) => [i.code, i.line])).toEqual([["record_too_long", 3]]);
    for (const size of [1, 7, 16, 41, 64]) expect(read(cut(bytes(text), size), m)).toEqual(whole);
  });

  it("stops with an error when the header cannot be read: open quote, or longer than maxRecordBytes", () => {
    expect(() => read(`tjeneste,"rhf,mottatt,startet\nPHV,x,2025-01-02,\n`)).toThrow(expect.objectContaining({ code: "unterminated_quote", location: { line: 1 } }));
    expect(() => read(`${header}\nPHV,x,2025-01-02,\n`, { ...mapping, maxRecordBytes: 20 })).toThrow(expect.objectContaining({ code: "record_too_long", location: { line: 1 } }));
  });

  it("refuses a bad maxRecordBytes", () => {
    for (const maxRecordBytes of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => readReferrals("", { ...mapping, maxRecordBytes })).toThrow(expect.objectContaining({ code: "invalid_mapping" }));
  });

  // Item 7: a service written "constructor" became a function, "__proto__" Object.prototype.
  it("maps services through own keys of serviceMap only", () => {
    const text = `${header}\nconstructor,x,2025-01-02,\n__proto__,x,2025-01-02,\ntoString,x,2025-01-02,\nBUP,x,2025-01-02,\n`;
    const { records } = read(text, { ...mapping, serviceMap: { BUP: "PHBU" } });
    expect(records.map((r) => r.service)).toEqual(["constructor", "__proto__", "toString", "PHBU"]);
  });

  it("refuses a serviceMap whose values are not text, and one that is not a plain object", () => {
    expect(() => readReferrals("", { ...mapping, serviceMap: { BUP: 7 } as never })).toThrow(expect.objectContaining({ code: "invalid_mapping", path: ["serviceMap", "BUP"] }));
    expect(() => readReferrals("", { ...mapping, serviceMap: ["PHBU"] as never })).toThrow(expect.objectContaining({ code: "invalid_mapping" }));
  });

  it("refuses mapping columns named like Object.prototype members, and columns that are functions", () => {
    const fn = () => "tjeneste";
    expect(() => readReferrals("", { columns: { ...mapping.columns, toString: fn } } as never)).toThrow(expect.objectContaining({ code: "invalid_mapping", path: ["columns", "toString"] }));
    expect(() => readReferrals("", { columns: { ...mapping.columns, service: fn } } as never)).toThrow(expect.objectContaining({ code: "invalid_mapping", path: ["columns", "service"] }));
    expect(() => readReferrals("", { columns: { ...mapping.columns, service: 1n } } as never)).toThrow(expect.objectContaining({ code: "invalid_mapping", path: ["columns", "service"] }));
    // Inherited columns are not the mapping's own: the required ones are missing.
    expect(() => readReferrals("", { columns: Object.create(mapping.columns) as ReferralMapping["columns"] })).toThrow(expect.objectContaining({ code: "invalid_mapping" }));
  });

  it("names at most a few header columns in a missing-column message", () => {
    const wide = Array.from({ length: 2000 }, (_, i) => `kolonne-${i}`).join(",");
    try {
      [...readReferrals(`${wide}\n`, mapping)];
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: "missing_column" });
      expect((error as Error).message.length).toBeLessThan(600);
    }
  });
});
