import { AdapterError } from "../AdapterError.js";

/** Text encodings the adapters read. */
export type Encoding = "utf-8" | "latin1";

/**
 * Decodes bytes to text: UTF-8 (a BOM is dropped) or Latin-1 (ISO-8859-1, SSB's CSV and PX
 * default; read as windows-1252, its superset, as browsers do). With `"auto"`, UTF-8 is used
 * when the bytes are valid UTF-8, else Latin-1. Strings pass through with a BOM dropped.
 * Invalid UTF-8 when UTF-8 is asked for is an AdapterError `invalid_encoding` at the byte.
 *
 * @example
 * ```ts
 * import { decodeText } from "@opptrapping/adapters";
 * decodeText(new Uint8Array([0x4f, 0x73, 0x6c, 0x6f, 0xe6]), "auto"); // "Osloæ"
 * ```
 */
export function decodeText(input: string | Uint8Array, encoding: Encoding | "auto" = "auto"): string {
  if (typeof input === "string") return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (!(input instanceof Uint8Array)) throw new AdapterError("invalid_input", "expected a string or a Uint8Array");
  const hasBom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  if (encoding === "latin1") return new TextDecoder("windows-1252").decode(input);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(input);
  } catch {
    if (encoding === "auto" && !hasBom) return new TextDecoder("windows-1252").decode(input);
    throw new AdapterError("invalid_encoding", `the input is not valid UTF-8 (byte ${firstInvalidUtf8(input)}); is it Latin-1? Pass encoding: "latin1"`, { cell: firstInvalidUtf8(input) });
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (n === 0) return i;
    for (let k = 1; k < n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n;
  }
  return bytes.length;
}
