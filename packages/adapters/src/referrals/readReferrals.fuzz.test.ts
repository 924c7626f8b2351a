// Fuzz suite of the referral reader (issue 15): seeded, with a fixed budget of runs, on
// SYNTHETIC files built from hostile pieces (quotes, every line end, delimiters, invalid
// UTF-8, byte-order marks) and then mutated byte by byte, read whole and in random chunks.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import { DEFAULT_MAX_RECORD_BYTES } from "./createReferralParser.js";
import { readReferrals } from "./readReferrals.js";
import type { ReadReferralsSummary, ReferralIssue, ReferralMapping, ReferralRecord } from "./types.js";

const LF = 10;
const CR = 13;
const QUOTE = 34;

interface Outcome {
  readonly records: ReferralRecord[];
  readonly issues: ReferralIssue[];
  readonly summary?: ReadReferralsSummary;
  readonly error?: string;
}

/** Reads everything; a thrown error must be an AdapterError, and is kept by its code. */
function run(input: Uint8Array | Iterable<Uint8Array>, mapping: ReferralMapping): Outcome {
  const records: ReferralRecord[] = [];
  const issues: ReferralIssue[] = [];
  try {
    const gen = readReferrals(input, mapping, { onIssue: (i) => issues.push(i) });
    let step = gen.next();
    while (!step.done) {
      records.push(step.value);
      step = gen.next();
    }
    return { records, issues, summary: step.value };
  } catch (error) {
    if (!(error instanceof AdapterError)) throw error;
    expect(error.message.length).toBeLessThan(600);
    return { records, issues, error: error.code };
  }
}

interface RefRecord {
  readonly line: number;
  readonly bytes: number; // before its line end
  readonly open: boolean; // a quoted field still open at the end of the input
}

/**
 * An independent, plain reading of the record boundaries (RFC 4180 with CR, LF and CRLF line
 * ends; a quote opens a field only at its start): where each record starts, how long it is,
 * and how many lines the input has. Blank lines are left out.
 */
function reference(buf: Uint8Array, delim: number): { lines: number; records: RefRecord[] } {
  let p = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  let line = 1;
  const records: RefRecord[] = [];
  while (p < buf.length) {
    const start = line;
    let n = 0;
    let breaks = 0;
    let state: "field" | "text" | "quoted" = "field";
    let ended = false;
    let lastBreak = false;
    while (p < buf.length) {
      const c = buf[p]!;
      if (state === "quoted") {
        if (c === QUOTE && buf[p + 1] === QUOTE) {
          n += 2;
          p += 2;
          lastBreak = false;
          continue;
        }
        if (c === QUOTE) state = "text";
        else if (c === CR || (c === LF && buf[p - 1] !== CR)) breaks++;
        lastBreak = c === CR || c === LF;
        n++;
        p++;
        continue;
      }
      if (c === LF || c === CR) {
        p += c === CR && buf[p + 1] === LF ? 2 : 1;
        ended = true;
        break;
      }
      state = c === QUOTE && state === "field" ? "quoted" : c === delim ? "field" : "text";
      lastBreak = false;
      n++;
      p++;
    }
    const open = !ended && state === "quoted";
    line += breaks + (open && lastBreak ? 0 : 1);
    if (n > 0) records.push({ line: start, bytes: n, open });
  }
  return { lines: line - 1, records };
}

const SEPARATORS = [",", ";", "\t", "|"] as const;
const piece = (sep: string) =>
  fc.constantFrom("PHV", "PHBU", "TSB", "x", "Helse Sør-Øst", "2025-01-02", "02.01.2025", "6.1.2025", "2025-02-30", "15", "", " ", '"', '""', sep, ",", ";", "\r", "\n", "\r\n", "\uFEFF", "\u0000", "é");
const field = (sep: string) =>
  fc.tuple(fc.array(piece(sep), { maxLength: 4 }), fc.boolean()).map(([parts, quoted]) => {
    const text = parts.join("");
    return quoted ? `"${text.replaceAll('"', '""')}"` : text;
  });
const lineEnd = fc.constantFrom("\n", "\r", "\r\n");

/** A SYNTHETIC referral file: a header, rows of hostile fields, any line ends, then byte mutations. */
const file = fc.constantFrom(...SEPARATORS).chain((sep) =>
  fc
    .record({
      sep: fc.constant(sep),
      bom: fc.boolean(),
      rows: fc.array(
        fc.tuple(
          fc.oneof(
            { weight: 4, arbitrary: fc.tuple(fc.constantFrom("PHV", "PHBU", "TSB", ""), field(sep), fc.constantFrom("2025-01-02", "02.01.2025", "2025-13-01", ""), field(sep)).map((f) => [...f]) },
            { weight: 1, arbitrary: fc.array(field(sep), { minLength: 1, maxLength: 6 }) },
          ),
          lineEnd,
        ),
        { maxLength: 12 },
      ),
      lastEnd: fc.boolean(),
      mutations: fc.array(
        fc.record({
          at: fc.nat(),
          inHeader: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
          kind: fc.constantFrom("insert", "delete", "replace"),
          byte: fc.constantFrom(QUOTE, CR, LF, 0xff, 0xc3, 0x00, 0x20, sep.charCodeAt(0)),
        }),
        { maxLength: 3 },
      ),
    })
    .map(({ sep, bom, rows, lastEnd, mutations }) => {
      const header = `${bom ? "\uFEFF" : ""}${["tjeneste", "rhf", "mottatt", "startet"].join(sep)}\n`;
      let text = header;
      rows.forEach(([fields, end], i) => (text += fields.join(sep) + (i < rows.length - 1 || lastEnd ? end : "")));
      const bytes = [...new TextEncoder().encode(text)];
      const headerBytes = new TextEncoder().encode(header).length;
      for (const m of mutations) {
        // One mutation in five hits the header (the reader may then stop with an AdapterError).
        const at = m.inHeader ? m.at % (headerBytes + 1) : headerBytes + (m.at % (bytes.length - headerBytes + 1));
        if (m.kind === "insert") bytes.splice(at, 0, m.byte);
        else if (at < bytes.length) bytes.splice(at, 1, ...(m.kind === "replace" ? [m.byte] : []));
      }
      return { sep, bytes: Uint8Array.from(bytes) };
    }),
);

const cuts = fc.array(fc.nat(), { maxLength: 8 });

function cutAt(bytes: Uint8Array, positions: readonly number[]): Uint8Array[] {
  const at = [...new Set(positions.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((from, i) => bytes.slice(from, at[i] ?? bytes.length));
}

describe("readReferrals fuzz (seeded)", () => {
  it("throws nothing but AdapterError, gives the same result however it is cut, and accounts for every line", () => {
    fc.assert(
      fc.property(
        file,
        cuts,
        fc.constantFrom("auto" as const, "utf-8" as const, "latin1" as const),
        fc.boolean(),
        fc.option(fc.integer({ min: 1, max: 160 }), { nil: undefined, freq: 2 }),
        ({ sep, bytes }, positions, encoding, giveDelimiter, maxRecordBytes) => {
          const mapping: ReferralMapping = {
            columns: { service: "tjeneste", rhf: "rhf", received: "mottatt", started: "startet" },
            encoding,
            ...(giveDelimiter ? { delimiter: sep } : {}),
            ...(maxRecordBytes === undefined ? {} : { maxRecordBytes }),
          };
          const whole = run(bytes, mapping);
          const chunked = run(cutAt(bytes, positions), mapping);
          expect(chunked).toEqual(whole);
          if (whole.error !== undefined) {
            // Only the header can stop a read that takes issues.
            expect(["missing_column", "record_too_long", "unterminated_quote"]).toContain(whole.error);
            return;
          }
          const summary = whole.summary!;
          // No NaN or Infinity: day numbers and ages are whole numbers; anything else is text.
          for (const r of whole.records) {
            for (const v of [r.received, r.started, r.age]) if (typeof v === "number") expect(Number.isSafeInteger(v)).toBe(true);
            expect(typeof r.service).toBe("string");
          }
          // Every line accounted for: each record after the header is read or reported, once.
          const ref = reference(bytes, summary.delimiter.charCodeAt(0));
          expect(summary.lines).toBe(ref.lines);
          const data = ref.records.slice(1);
          const seen = [...whole.records.map((r) => r.line), ...whole.issues.map((i) => i.line)].sort((a, b) => a - b);
          expect(seen).toEqual(data.map((r) => r.line));
          expect(summary.records + summary.issues).toBe(data.length);
          const limit = maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
          const issueAt = new Map(whole.issues.map((i) => [i.line, i.code]));
          for (const r of data) {
            if (r.bytes > limit) expect(issueAt.get(r.line)).toBe("record_too_long");
            else if (r.open) expect(issueAt.get(r.line)).toBe("unterminated_quote");
          }
        },
      ),
      { seed: 15_005, numRuns: 500 },
    );
  });

  it("holds at most maxRecordBytes of an open record, whatever the input's size (documented memory bound)", () => {
    // 64 MiB of one quoted field that never closes, fed in 64 KiB chunks of one reused buffer:
    // the input itself costs nothing, so growth in ArrayBuffer memory is what the reader holds.
    const chunk = new Uint8Array(1 << 16).fill(0x61);
    const before = process.memoryUsage().arrayBuffers;
    let peak = 0;
    function* input(): Generator<Uint8Array> {
      yield new TextEncoder().encode('tjeneste,rhf,mottatt,startet\nPHV,"');
      for (let i = 0; i < 1024; i++) {
        if (i % 64 === 0) peak = Math.max(peak, process.memoryUsage().arrayBuffers - before);
        yield chunk;
      }
    }
    const { records, issues, summary } = run(input(), { columns: { service: "tjeneste", rhf: "rhf", received: "mottatt", started: "startet" } });
    expect(records).toEqual([]);
    expect(issues.map((i) => [i.code, i.line])).toEqual([["record_too_long", 2]]);
    expect(summary?.lines).toBe(2);
    // The cap is 1 MiB; the carry grows by doubling, so it may reach 2 MiB. Without the cap
    // it would hold all 64 MiB.
    expect(peak).toBeLessThan(8 << 20);
  });
});
