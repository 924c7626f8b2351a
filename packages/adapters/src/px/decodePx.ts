import { AdapterError } from "../AdapterError.js";
import { decodeText } from "../text/decode.js";

const LATIN1 = new Set(["iso-8859-1", "iso8859-1", "iso_8859-1", "8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252", "ansi"]);
const UTF8 = new Set(["utf-8", "utf8"]);
const HEADER_END = /^\s*DATA\s*=/m;
const CODEPAGE = /(?:^|;)\s*CODEPAGE\s*=\s*"([^"\r\n]*)"/im;

/** The decoded text of a PX file and the code page it was read with. */
export interface DecodedPx {
  readonly text: string;
  /** `utf-8`, `iso-8859-1` or another declared label, lower case. */
  readonly codepage: string;
  /** Set when the bytes contradicted the declared code page and were read as UTF-8 instead. */
  readonly warning?: AdapterError;
}

/**
 * The CODEPAGE a PX header declares, lower case; `undefined` when it declares none.
 *
 * @example
 * ```ts
 * sniffCodepage('CHARSET="ANSI";\nCODEPAGE="UTF-8";\nDATA=1;'); // "utf-8"
 * ```
 */
export function sniffCodepage(text: string): string | undefined {
  const end = HEADER_END.exec(text)?.index ?? text.length;
  const declared = CODEPAGE.exec(text.slice(0, end))?.[1];
  return declared === undefined ? undefined : normaliseCodepage(declared);
}

/**
 * `UTF8` → `utf-8`, `Windows-1252` → `iso-8859-1` (read as its superset), others lower case.
 *
 * @example
 * ```ts
 * normaliseCodepage("Windows-1252"); // "iso-8859-1"
 * ```
 */
export function normaliseCodepage(label: string): string {
  const l = label.trim().toLowerCase();
  return UTF8.has(l) ? "utf-8" : LATIN1.has(l) ? "iso-8859-1" : l;
}

function bytePosition(bytes: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) (line++, (start = i + 1));
  return { line, column: at - start + 1 };
}

function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function wrong(message: string, bytes: Uint8Array, at: number): AdapterError {
  return new AdapterError("wrong_codepage", message, bytePosition(bytes, at));
}

/**
 * Single-byte text (Latin-1, ISO-8859-15, Windows-125x) with non-ASCII letters is practically
 * never valid multi-byte UTF-8 (æ alone is 0xE6), so bytes that are valid UTF-8 mean a
 * mislabelled file — PxWebApi v2 writes UTF-8 under CODEPAGE="iso-8859-1". They are read as
 * UTF-8, with a `codepage_mismatch` warning.
 */
function utf8Instead(bytes: Uint8Array, declared: string | undefined): DecodedPx | undefined {
  const at = firstNonAscii(bytes);
  if (at === -1 || !isUtf8(bytes)) return undefined;
  const what = declared === undefined ? "declares no CODEPAGE (so ISO-8859-1)" : `declares CODEPAGE="${declared}"`;
  const warning = wrong(`the file ${what} but its bytes are UTF-8 (e.g. "æ" as two bytes); read as UTF-8`, bytes, at);
  return { text: decodeText(bytes, "utf-8"), codepage: "utf-8", warning: new AdapterError("codepage_mismatch", warning.message.replace(/ \(line.*$/, ""), warning.location) };
}

function decodeLatin1(bytes: Uint8Array, declared: string | undefined): DecodedPx {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (hasBom) {
    const what = declared === undefined ? "declares no CODEPAGE (so ISO-8859-1)" : `declares CODEPAGE="${declared}"`;
    const decoded = utf8Instead(bytes, declared);
    if (decoded) return { ...decoded, warning: new AdapterError("codepage_mismatch", `the file ${what} but starts with a UTF-8 byte order mark; read as UTF-8`, { line: 1, column: 1 }) };
    throw wrong(`the file ${what} but starts with a UTF-8 byte order mark; declare CODEPAGE="utf-8"`, bytes, 0);
  }
  return utf8Instead(bytes, declared) ?? { text: decodeText(bytes, "latin1"), codepage: "iso-8859-1" };
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return decodeText(bytes, "utf-8");
  } catch (error) {
    if (!(error instanceof AdapterError)) throw error;
    const at = error.location.cell ?? 0;
    throw wrong(`the file declares CODEPAGE="utf-8" but byte ${at} is not UTF-8; is it ISO-8859-1?`, bytes, at);
  }
}

function decodeOther(bytes: Uint8Array, codepage: string): DecodedPx {
  if (/^(?:iso-?8859-\d+|windows-125\d|cp125\d)$/.test(codepage)) {
    const utf8 = utf8Instead(bytes, codepage);
    if (utf8) return utf8;
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(codepage, { fatal: true });
  } catch {
    throw new AdapterError("unsupported_codepage", `CODEPAGE="${codepage}" is not an encoding this runtime can read; use utf-8 or iso-8859-1`);
  }
  try {
    return { text: decoder.decode(bytes), codepage };
  } catch {
    throw wrong(`the file's bytes are not valid ${codepage}`, bytes, 0);
  }
}

/**
 * Decodes a PX file. Text passes through (a BOM dropped). Bytes are read with the CODEPAGE
 * declared in their ASCII-compatible header — ISO-8859-1 when there is none (as the format
 * says), UTF-8 for `CODEPAGE="utf-8"`, or `codepage` when given (after a first read that found
 * another). Bytes declared as a single-byte code page (ISO-8859-1/-15, Windows-125x) that are
 * valid UTF-8 with non-ASCII letters are read as UTF-8 with a `codepage_mismatch` warning
 * (PxWebApi v2 output); `forced` (the reader's `encoding` option) skips that detection. Bytes
 * that are not valid UTF-8 under `CODEPAGE="utf-8"` are an AdapterError `wrong_codepage` at the
 * first offending byte; a code page the runtime cannot decode is `unsupported_codepage`.
 *
 * @example
 * ```ts
 * decodePx(new TextEncoder().encode('CODEPAGE="utf-8";\nDATA=1;')).codepage; // "utf-8"
 * ```
 */
export function decodePx(input: string | Uint8Array, codepage?: string, forced = false): DecodedPx {
  if (typeof input === "string") {
    const text = decodeText(input);
    return { text, codepage: sniffCodepage(text) ?? "iso-8859-1" };
  }
  if (!(input instanceof Uint8Array)) throw new AdapterError("invalid_input", "expected a string or a Uint8Array");
  const hasBom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  const declared = codepage ?? sniffCodepage(decodeText(hasBom ? input.subarray(3) : input, "latin1"));
  if (declared === undefined && hasBom) return { text: decodeUtf8(input), codepage: "utf-8" };
  const used = declared ?? "iso-8859-1";
  if (forced) {
    // The caller's `encoding` wins over what the file declares and over detection.
    if (used === "utf-8") return { text: decodeUtf8(input), codepage: used };
    if (used === "iso-8859-1") return { text: decodeText(input, "latin1"), codepage: used };
  }
  if (used === "iso-8859-1") return decodeLatin1(input, declared);
  if (used === "utf-8") return { text: decodeUtf8(input), codepage: used };
  return decodeOther(input, used);
}
