import { open } from "node:fs/promises";
import { AdapterError } from "../AdapterError.js";

const MAX_CHUNK = 1 << 30;

/** Throws `invalid_option` unless `value` is undefined or a whole number in [min, max]. */
function checkWhole(name: string, value: unknown, min: number, max: number): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min || value > max)
    throw new AdapterError("invalid_option", `${name} must be a whole number from ${min} to ${max}, got ${typeof value === "number" ? String(value) : typeof value}`, { path: [name] });
}

/**
 * Options of {@link readFileChunks}.
 *
 * @example
 * ```ts
 * import type { ReadFileChunksOptions } from "@opptrapping/adapters/node";
 * const options: ReadFileChunksOptions = { chunkSize: 1 << 20, reuseBuffer: true };
 * ```
 */
export interface ReadFileChunksOptions {
  /** Bytes per chunk, 1 to 2^30 (1 GiB). @default 1 MiB */
  readonly chunkSize?: number;
  /**
   * Read into two buffers in turn, so reading allocates nothing: a chunk is overwritten once
   * the chunk after it has been taken. Only for a consumer that is done with each chunk
   * before asking for the next — as `readReferrals` and `readReferralsInto` are (they copy
   * the unfinished line they carry).
   * @default false
   */
  readonly reuseBuffer?: boolean;
  /** Byte offset to start at. @default 0 */
  readonly start?: number;
  /** Byte offset to stop before. @default the end of the file */
  readonly end?: number;
}

/**
 * Reads a file as an async iterable of byte chunks (Node only), for the streaming readers:
 * memory stays at about one chunk whatever the file's size. The file is closed when the
 * iteration ends, also early.
 *
 * @throws {AdapterError} `invalid_option` (when iteration starts) for a `chunkSize` that is not a
 * whole number from 1 to 2^30, or a `start`/`end` that is not a whole number ≥ 0 with `end ≥ start`.
 *
 * @example
 * ```ts
 * import { readReferralsInto } from "@opptrapping/adapters/csv";
 * import { readFileChunks } from "@opptrapping/adapters/node";
 * await readReferralsInto(accumulator, readFileChunks("henvisninger.csv", { reuseBuffer: true }), mapping);
 * ```
 */
export async function* readFileChunks(path: string, options: ReadFileChunksOptions = {}): AsyncGenerator<Uint8Array, void> {
  checkWhole("chunkSize", options.chunkSize, 1, MAX_CHUNK);
  // A negative position would make Node read from the file's current offset instead.
  checkWhole("start", options.start, 0, Number.MAX_SAFE_INTEGER);
  checkWhole("end", options.end, options.start ?? 0, Number.MAX_SAFE_INTEGER);
  const size = options.chunkSize ?? 1 << 20;
  const file = await open(path, "r");
  const end = options.end ?? Number.POSITIVE_INFINITY;
  // Two buffers when reusing: the next chunk is read ahead into one while the caller works on
  // the other, so reading and parsing overlap.
  const buffers = options.reuseBuffer ? [new Uint8Array(size), new Uint8Array(size)] : undefined;
  let turn = 0;
  let position = options.start ?? 0;
  const readNext = async (): Promise<Uint8Array | undefined> => {
    if (position >= end) return undefined;
    const buffer = buffers ? buffers[turn++ & 1]! : new Uint8Array(size);
    const want = Math.min(size, end - position);
    const { bytesRead } = await file.read(buffer, 0, want, position);
    if (bytesRead === 0) return undefined;
    position += bytesRead;
    return bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
  };
  let next: Promise<Uint8Array | undefined> | undefined;
  try {
    next = readNext();
    for (;;) {
      const chunk = await next;
      if (chunk === undefined) break;
      next = readNext();
      yield chunk;
    }
  } finally {
    // Let a read-ahead finish (also when the caller stopped early) before closing the file.
    await next?.catch(() => undefined);
    await file.close();
  }
}
