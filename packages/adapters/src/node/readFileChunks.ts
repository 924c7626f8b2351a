import { open } from "node:fs/promises";

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
  /** Bytes per chunk. @default 1 MiB */
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
 * @example
 * ```ts
 * import { readReferralsInto } from "@opptrapping/adapters/csv";
 * import { readFileChunks } from "@opptrapping/adapters/node";
 * await readReferralsInto(accumulator, readFileChunks("henvisninger.csv", { reuseBuffer: true }), mapping);
 * ```
 */
export async function* readFileChunks(path: string, options: ReadFileChunksOptions = {}): AsyncGenerator<Uint8Array, void> {
  const size = options.chunkSize ?? 1 << 20;
  if (!Number.isInteger(size) || size <= 0) throw new RangeError(`chunkSize must be a whole number > 0, got ${String(size)}`);
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
