// Byte-level helpers of the referral reader: dates straight from bytes to day numbers (days
// since 1970-01-01; no Date, no substrings), small integers, and interned text fields.

/** Returned by {@link parseDay} for an empty field. */
export const EMPTY = -0x7fffffff;
/** Returned by {@link parseDay} for text that is not a date. */
export const INVALID = -0x80000000;

const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

function daysInMonth(y: number, m: number): number {
  return m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Day number of the first day of each month from 1900-01: index (y − 1900)·12 + m − 1. */
const MONTH_START = (() => {
  const t = new Int32Array((LAST_YEAR - FIRST_YEAR + 1) * 12);
  let day = -25_567; // 1900-01-01
  for (let y = FIRST_YEAR, i = 0; y <= LAST_YEAR; y++) for (let m = 1; m <= 12; m++, i++) {
    t[i] = day;
    day += daysInMonth(y, m);
  }
  return t;
})();

function dayOf(y: number, m: number, d: number): number {
  if (y < FIRST_YEAR || y > LAST_YEAR || m < 1 || m > 12 || d < 1 || (d > 28 && d > daysInMonth(y, m))) return INVALID;
  return MONTH_START[(y - FIRST_YEAR) * 12 + m - 1]! + d - 1;
}

/**
 * Which date forms the referral reader accepts: `iso` (yyyy-mm-dd), `nb` (dd.mm.yyyy or
 * d.m.yyyy), `auto` (either, decided per value).
 *
 * @example
 * ```ts
 * import type { ReferralDateFormat } from "@opptrapping/adapters/csv";
 * const norwegian: ReferralDateFormat = "nb";
 * ```
 */
export type ReferralDateFormat = "iso" | "nb" | "auto";

/**
 * The day number of the date in `buf[s, e)` (already trimmed): `yyyy-mm-dd` or `d.m.yyyy` /
 * `dd.mm.yyyy` as the format allows, optionally followed by a time after `T` or a space
 * (ignored). {@link EMPTY} for an empty field, {@link INVALID} for anything else.
 */
export function parseDay(buf: Uint8Array, s: number, e: number, format: ReferralDateFormat): number {
  const n = e - s;
  if (n === 0) return EMPTY;
  if (n >= 10 && buf[s + 4] === 45 && format !== "nb") {
    if (buf[s + 7] !== 45 || (n > 10 && buf[s + 10] !== 84 && buf[s + 10] !== 32)) return INVALID;
    const y0 = buf[s]! - 48, y1 = buf[s + 1]! - 48, y2 = buf[s + 2]! - 48, y3 = buf[s + 3]! - 48;
    const m0 = buf[s + 5]! - 48, m1 = buf[s + 6]! - 48, d0 = buf[s + 8]! - 48, d1 = buf[s + 9]! - 48;
    // Unsigned compare: a byte below '0' wraps to a large number.
    if ((y0 >>> 0) > 9 || (y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9 || (m0 >>> 0) > 9 || (m1 >>> 0) > 9 || (d0 >>> 0) > 9 || (d1 >>> 0) > 9) return INVALID;
    return dayOf(y0 * 1000 + y1 * 100 + y2 * 10 + y3, m0 * 10 + m1, d0 * 10 + d1);
  }
  if (format === "iso") return INVALID;
  if (n === 10 && buf[s + 2] === 46 && buf[s + 5] === 46) {
    // dd.mm.yyyy, the common form, at fixed positions.
    const d0 = buf[s]! - 48, d1 = buf[s + 1]! - 48, m0 = buf[s + 3]! - 48, m1 = buf[s + 4]! - 48;
    const y0 = buf[s + 6]! - 48, y1 = buf[s + 7]! - 48, y2 = buf[s + 8]! - 48, y3 = buf[s + 9]! - 48;
    if ((y0 >>> 0) > 9 || (y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9 || (m0 >>> 0) > 9 || (m1 >>> 0) > 9 || (d0 >>> 0) > 9 || (d1 >>> 0) > 9) return INVALID;
    return dayOf(y0 * 1000 + y1 * 100 + y2 * 10 + y3, m0 * 10 + m1, d0 * 10 + d1);
  }
  // d.m.yyyy with one- or two-digit day and month.
  let p = s;
  let d = 0;
  let digits = 0;
  while (p < e && buf[p]! >= 48 && buf[p]! <= 57 && digits < 3) (d = d * 10 + buf[p]! - 48), p++, digits++;
  if (digits === 0 || digits > 2 || p >= e || buf[p] !== 46) return INVALID;
  p++;
  let m = 0;
  digits = 0;
  while (p < e && buf[p]! >= 48 && buf[p]! <= 57 && digits < 3) (m = m * 10 + buf[p]! - 48), p++, digits++;
  if (digits === 0 || digits > 2 || p >= e || buf[p] !== 46) return INVALID;
  p++;
  let y = 0;
  digits = 0;
  while (p < e && buf[p]! >= 48 && buf[p]! <= 57 && digits < 5) (y = y * 10 + buf[p]! - 48), p++, digits++;
  if (digits !== 4 || (p < e && buf[p] !== 32 && buf[p] !== 84)) return INVALID;
  return dayOf(y, m, d);
}

/** A whole number of up to 3 digits in `buf[s, e)`, or −1. */
export function parseSmallInt(buf: Uint8Array, s: number, e: number): number {
  const n = e - s;
  if (n === 0 || n > 3) return -1;
  let v = 0;
  for (let p = s; p < e; p++) {
    const c = buf[p]! - 48;
    if ((c >>> 0) > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Text decodings of the reader. */
export type TextEncodingName = "utf-8" | "latin1";

const utf8Fatal = new TextDecoder("utf-8", { fatal: true });
// Latin-1 read as windows-1252, its superset, as browsers and core's decodeText do.
const latin1 = new TextDecoder("windows-1252");

/** Whether `buf[s, e)` is all ASCII. */
export function isAscii(buf: Uint8Array, s: number, e: number): boolean {
  for (let p = s; p < e; p++) if (buf[p]! >= 0x80) return false;
  return true;
}

/** Whether `buf[s, e)` is valid UTF-8. */
export function isUtf8(buf: Uint8Array, s: number, e: number): boolean {
  try {
    utf8Fatal.decode(buf.subarray(s, e));
    return true;
  } catch {
    return false;
  }
}

/** Decodes `buf[s, e)`; undefined when it is not valid UTF-8 and UTF-8 is asked for. */
export function decodeBytes(buf: Uint8Array, s: number, e: number, encoding: TextEncodingName): string | undefined {
  if (isAscii(buf, s, e)) {
    let out = "";
    for (let p = s; p < e; p++) out += String.fromCharCode(buf[p]!);
    return out;
  }
  if (encoding === "latin1") return latin1.decode(buf.subarray(s, e));
  try {
    return utf8Fatal.decode(buf.subarray(s, e));
  } catch {
    return undefined;
  }
}

/**
 * Interns a text column: each distinct byte sequence is decoded (and mapped) once, then found
 * by hash and byte comparison, so a repeated value costs no allocation. Bounded: past
 * `limit` distinct values, or `limitBytes` bytes of them, new ones are decoded each time
 * instead of kept.
 */
export interface InternTable {
  /** The string of `buf[s, e)`, or undefined when its bytes are not valid in the encoding. */
  get(buf: Uint8Array, s: number, e: number): string | undefined;
}

/** Creates an {@link InternTable}; `decode` turns bytes into the kept string. */
export function createInternTable(decode: (buf: Uint8Array, s: number, e: number) => string | undefined, limit = 65_536, limitBytes = 4 << 20): InternTable {
  return new ByteInterner(decode, limit, limitBytes);
}

// A class, unlike the rest of the library, on purpose: every table shares one `get`, so the
// reader's call sites stay monomorphic and V8 can inline the lookup.
class ByteInterner implements InternTable {
  private capacity = 64;
  private mask = 63;
  private hashes = new Int32Array(64);
  private slots = new Int32Array(64).fill(-1);
  private readonly offsets: number[] = [];
  private readonly lengths: number[] = [];
  private readonly values: string[] = [];
  private pool = new Uint8Array(1024);
  private poolUsed = 0;

  constructor(
    private readonly decode: (buf: Uint8Array, s: number, e: number) => string | undefined,
    private readonly limit: number,
    private readonly limitBytes: number,
  ) {}

  get(buf: Uint8Array, s: number, e: number): string | undefined {
    // A cheap hash of the length and a few bytes; the bytes are compared anyway.
    const n = e - s;
    const h = n === 0 ? 0 : Math.imul(n ^ (buf[s]! << 8) ^ (buf[s + (n >> 1)]! << 16) ^ (buf[e - 1]! << 24) ^ buf[e - 2 < s ? s : e - 2]!, 0x9e3779b1) ^ n;
    const slots = this.slots;
    const hashes = this.hashes;
    const mask = this.mask;
    let j = ((h >>> 16) ^ h) & mask;
    for (;;) {
      const entry = slots[j]!;
      if (entry < 0) break;
      if (hashes[j] === h && this.lengths[entry] === n) {
        const pool = this.pool;
        const o = this.offsets[entry]!;
        let k = 0;
        while (k < n && pool[o + k] === buf[s + k]) k++;
        if (k === n) return this.values[entry];
      }
      j = (j + 1) & mask;
    }
    const value = this.decode(buf, s, e);
    if (value === undefined || this.values.length >= this.limit || this.poolUsed + n > this.limitBytes) return value;
    if (this.poolUsed + n > this.pool.length) {
      const bigger = new Uint8Array(Math.max(this.pool.length * 2, this.poolUsed + n));
      bigger.set(this.pool.subarray(0, this.poolUsed));
      this.pool = bigger;
    }
    this.pool.set(buf.subarray(s, e), this.poolUsed);
    this.offsets.push(this.poolUsed);
    this.lengths.push(n);
    this.values.push(value);
    this.poolUsed += n;
    slots[j] = this.values.length - 1;
    hashes[j] = h;
    if (this.values.length * 2 > this.capacity) this.grow();
    return value;
  }

  private grow(): void {
    this.capacity *= 2;
    const mask = (this.mask = this.capacity - 1);
    const h2 = new Int32Array(this.capacity);
    const s2 = new Int32Array(this.capacity).fill(-1);
    for (let i = 0; i < this.slots.length; i++) {
      const entry = this.slots[i]!;
      if (entry < 0) continue;
      const h = this.hashes[i]!;
      let j = ((h >>> 16) ^ h) & mask;
      while (s2[j]! >= 0) j = (j + 1) & mask;
      s2[j] = entry;
      h2[j] = h;
    }
    this.hashes = h2;
    this.slots = s2;
  }
}
