import { AdapterError } from "../AdapterError.js";
import { createReferralParser } from "./createReferralParser.js";
import type { ReadReferralsSummary, ReferralInput, ReferralIssue, ReferralMapping, ReferralRecord, ReferralSink } from "./types.js";

type SyncInput = string | Uint8Array | Iterable<Uint8Array | string>;
type AsyncInput = AsyncIterable<Uint8Array | string>;

function isAsync(input: ReferralInput): input is AsyncInput {
  return typeof input === "object" && input !== null && !(input instanceof Uint8Array) && Symbol.asyncIterator in input;
}

function chunksOf(input: SyncInput): Iterable<Uint8Array | string> {
  if (typeof input === "string" || input instanceof Uint8Array) return [input];
  if (input === null || typeof input !== "object" || !(Symbol.iterator in input))
    throw new AdapterError("invalid_input", "expected a string, a Uint8Array, or an iterable or async iterable of them");
  return input;
}

/**
 * Options of {@link readReferrals}.
 *
 * @example
 * ```ts
 * import type { ReadReferralsOptions, ReferralIssue } from "@opptrapping/adapters/csv";
 * const issues: ReferralIssue[] = [];
 * const options: ReadReferralsOptions = { onIssue: (i) => issues.push(i) };
 * ```
 */
export interface ReadReferralsOptions {
  /** Gets each line that cannot be read; without it the reader throws an AdapterError at the first. */
  readonly onIssue?: (issue: ReferralIssue) => void;
}

/**
 * Reads a referral CSV file record by record without holding the file: give it the whole text
 * or bytes, or its chunks (sync, or async such as a file stream — then it is an async
 * iterator). Each record is a new object with its line. See `createReferralParser` for the
 * CSV rules; for speed, push straight into a calculator with {@link readReferralsInto}.
 *
 * @throws {AdapterError} for a bad mapping or a missing column; for an unreadable line unless `onIssue` is given.
 *
 * @example
 * ```ts
 * import { readReferrals } from "@opptrapping/adapters/csv";
 * const text = "tjeneste;mottatt;startet\nPHBU;06.01.2025;10.02.2025\nPHV;20.01.2025;\n";
 * const records = [...readReferrals(text, { columns: { service: "tjeneste", received: "mottatt", started: "startet" } })];
 * records[1]; // { service: "PHV", received: 20108, started: null, line: 3, … }
 * ```
 */
export function readReferrals(input: SyncInput, mapping: ReferralMapping, options?: ReadReferralsOptions): Generator<ReferralRecord, ReadReferralsSummary>;
export function readReferrals(input: AsyncInput, mapping: ReferralMapping, options?: ReadReferralsOptions): AsyncGenerator<ReferralRecord, ReadReferralsSummary>;
export function readReferrals(
  input: ReferralInput,
  mapping: ReferralMapping,
  options?: ReadReferralsOptions,
): Generator<ReferralRecord, ReadReferralsSummary> | AsyncGenerator<ReferralRecord, ReadReferralsSummary>;
export function readReferrals(
  input: ReferralInput,
  mapping: ReferralMapping,
  options: ReadReferralsOptions = {},
): Generator<ReferralRecord, ReadReferralsSummary> | AsyncGenerator<ReferralRecord, ReadReferralsSummary> {
  let batch: ReferralRecord[] = [];
  const parser = createReferralParser(mapping, { onRecord: (r) => void batch.push(r), onIssue: options.onIssue });
  if (isAsync(input)) {
    return (async function* () {
      for await (const chunk of input) {
        parser.push(chunk);
        const out = batch;
        batch = [];
        yield* out;
      }
      const summary = parser.end();
      yield* batch;
      return summary;
    })();
  }
  const chunks = chunksOf(input);
  return (function* () {
    for (const chunk of chunks) {
      parser.push(chunk);
      const out = batch;
      batch = [];
      yield* out;
    }
    const summary = parser.end();
    yield* batch;
    return summary;
  })();
}

/**
 * The fast path: reads a referral CSV file straight into a sink — typically a waiting-time
 * accumulator from `@opptrapping/indicators` — passing one reused record object, so no object
 * is made per line. Lines that cannot be read go to the sink's `addIssue` (an accumulator
 * counts them as rejected records, or throws in strict mode). Sync input gives the summary,
 * async input a Promise of it.
 *
 * @throws {AdapterError} for a bad mapping or a missing column; for an unreadable line when the sink has no `addIssue`.
 *
 * @example
 * ```ts
 * import { readReferralsInto } from "@opptrapping/adapters/csv";
 * import { readFileChunks } from "@opptrapping/adapters/node";
 * import { createWaitingTimeAccumulator } from "@opptrapping/indicators";
 * const acc = createWaitingTimeAccumulator({ groupBy: ["service", "rhf"], period: "tertial" });
 * await readReferralsInto(acc, readFileChunks("henvisninger.csv"), {
 *   columns: { service: "tjeneste", rhf: "rhf", received: "mottatt", started: "startet" },
 * });
 * acc.result().rows;
 * ```
 */
export function readReferralsInto(sink: ReferralSink, input: SyncInput, mapping: ReferralMapping): ReadReferralsSummary;
export function readReferralsInto(sink: ReferralSink, input: AsyncInput, mapping: ReferralMapping): Promise<ReadReferralsSummary>;
export function readReferralsInto(sink: ReferralSink, input: ReferralInput, mapping: ReferralMapping): ReadReferralsSummary | Promise<ReadReferralsSummary>;
export function readReferralsInto(sink: ReferralSink, input: ReferralInput, mapping: ReferralMapping): ReadReferralsSummary | Promise<ReadReferralsSummary> {
  if (sink === null || typeof sink !== "object" || typeof sink.add !== "function") throw new AdapterError("invalid_input", "the sink needs an add(record, line) method");
  const parser = createReferralParser(mapping, {
    onRecord: (r, line) => sink.add(r, line),
    onIssue: typeof sink.addIssue === "function" ? (i) => sink.addIssue!(i) : undefined,
    reuseRecord: true,
  });
  if (isAsync(input)) {
    return (async () => {
      for await (const chunk of input) parser.push(chunk);
      return parser.end();
    })();
  }
  for (const chunk of chunksOf(input)) parser.push(chunk);
  return parser.end();
}
