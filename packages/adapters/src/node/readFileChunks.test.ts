import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readFileChunks } from "./readFileChunks.js";

const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 31) % 251);
const path = join(mkdtempSync(join(tmpdir(), "opptrapping-chunks-")), "file.bin");
writeFileSync(path, bytes);

async function collect(iterable: AsyncIterable<Uint8Array>, copy: boolean): Promise<{ sizes: number[]; all: Uint8Array }> {
  const parts: Uint8Array[] = [];
  for await (const c of iterable) parts.push(copy ? c.slice() : c);
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (all.set(p, at), (at += p.length));
  return { sizes: parts.map((p) => p.length), all };
}

describe("readFileChunks", () => {
  it("reads the whole file in chunks of the given size", async () => {
    const { sizes, all } = await collect(readFileChunks(path, { chunkSize: 4096 }), false);
    expect(sizes).toEqual([4096, 4096, 1808]);
    expect(all).toEqual(bytes);
  });

  it("reads a byte range", async () => {
    const { all } = await collect(readFileChunks(path, { chunkSize: 1000, start: 2500, end: 7001 }), false);
    expect(all).toEqual(bytes.subarray(2500, 7001));
  });

  it("with reuseBuffer, gives the same bytes through two buffers in turn", async () => {
    const seen = new Set<ArrayBufferLike>();
    const copies: Uint8Array[] = [];
    for await (const c of readFileChunks(path, { chunkSize: 1024, reuseBuffer: true })) {
      seen.add(c.buffer);
      copies.push(c.slice());
    }
    expect(seen.size).toBe(2);
    expect(Buffer.concat(copies)).toEqual(Buffer.from(bytes));
  });

  it("stops early without a dangling read", async () => {
    let n = 0;
    for await (const _ of readFileChunks(path, { chunkSize: 100, reuseBuffer: true })) if (++n === 3) break;
    expect(n).toBe(3);
  });

  it("refuses a chunk size that is not a whole number from 1 to 2^30", async () => {
    for (const chunkSize of [0, -1, 1.5, Number.NaN, 2 ** 31])
      await expect(collect(readFileChunks(path, { chunkSize }), false)).rejects.toThrow(expect.objectContaining({ code: "invalid_option", path: ["chunkSize"] }));
  });

  // Regression (issue 15): a negative start made Node read from the current offset, and an
  // end before the start read nothing, both silently.
  it("refuses a negative or fractional start, and an end before the start", async () => {
    for (const options of [{ start: -5 }, { start: 1.5 }, { start: 10, end: 5 }, { end: -1 }])
      await expect(collect(readFileChunks(path, options), false)).rejects.toThrow(expect.objectContaining({ code: "invalid_option" }));
  });
});
