import { createReadStream } from "node:fs";

/** Options of {@link readFileChunks}. */
export interface ReadFileChunksOptions {
  /** Bytes per chunk. @default 4 MiB */
  readonly chunkSize?: number;
}

/**
 * Reads a file as an async iterable of byte chunks (Node only), for the streaming readers:
 * memory stays at about one chunk whatever the file's size.
 *
 * @example
 * ```ts
 * import { readReferralsInto } from "@opptrapping/adapters/csv";
 * import { readFileChunks } from "@opptrapping/adapters/node";
 * await readReferralsInto(accumulator, readFileChunks("henvisninger.csv"), mapping);
 * ```
 */
export async function* readFileChunks(path: string, options: ReadFileChunksOptions = {}): AsyncGenerator<Uint8Array, void> {
  const stream = createReadStream(path, { highWaterMark: options.chunkSize ?? 4 << 20 });
  for await (const chunk of stream as AsyncIterable<Buffer>) yield chunk;
}
