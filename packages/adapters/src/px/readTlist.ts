import { fail, peek, readText, readWord, show, skipSpace, type Cursor } from "./cursor.js";
import { expandTimeRange, PX_TIME_UNITS, timevalLabel } from "./timeval.js";
import type { PxTimeUnit, PxValue } from "./types.js";

const ok = <T>(c: Cursor, keyword: string, r: T | { readonly error: string }, offset: number): T =>
  typeof r === "object" && r !== null && "error" in r ? fail(c, "invalid_timeval", `${keyword}: ${r.error}`, offset) : (r as T);

function readRange(c: Cursor, keyword: string, unit: PxTimeUnit): readonly string[] {
  skipSpace(c);
  const fromAt = c.pos;
  const from = peek(c) === '"' ? readText(c) : readWord(c, /[\s)-]/);
  skipSpace(c);
  if (peek(c) === "-") {
    c.pos++;
    skipSpace(c);
    const to = peek(c) === '"' ? readText(c) : readWord(c, /[\s)]/);
    return ok(c, keyword, expandTimeRange(unit, from, to), fromAt);
  }
  // TLIST(A1, "1994-1996"): the whole range in one string.
  const cut = [...from.matchAll(/-/g)].map((m) => m.index).find((i) => !("error" in expandTimeRange(unit, from.slice(0, i), from.slice(i + 1))));
  if (cut === undefined) return fail(c, "invalid_timeval", `${keyword}: expected a range "from"-"to" in TLIST(${unit}, …)`, fromAt);
  return ok(c, keyword, expandTimeRange(unit, from.slice(0, cut), from.slice(cut + 1)), fromAt);
}

/**
 * Reads a TIMEVAL value from just after `TLIST(`: the list form `TLIST(M1),"202401",…` or
 * the range form `TLIST(M1, "2024M01"-"2024M12")`, periods as value texts (`2024M01`).
 * A bad scale, timestamp or range is `invalid_timeval` at its place.
 *
 * @example
 * ```ts
 * readTlist({ text: 'TLIST(A1),"2023","2024";', lines: [0], pos: 6 }, "TIMEVAL"); // { kind: "tlist", unit: "A1", periods: ["2023", "2024"] }
 * ```
 */
export function readTlist(c: Cursor, keyword: string): PxValue {
  skipSpace(c);
  const unitAt = c.pos;
  const unit = readWord(c, /[\s,)]/).toUpperCase() as PxTimeUnit;
  if (!PX_TIME_UNITS.includes(unit)) fail(c, "invalid_timeval", `TLIST needs a time scale (A1, H1, T1, Q1, M1, W1, D1), not "${unit}"`, unitAt);
  skipSpace(c);
  if (peek(c) === ",") {
    c.pos++;
    const periods = readRange(c, keyword, unit);
    skipSpace(c);
    if (peek(c) !== ")") fail(c, "syntax_error", `${keyword}: expected ")" to close TLIST, found ${show(peek(c))}`);
    c.pos++;
    return { kind: "tlist", unit, periods };
  }
  if (peek(c) !== ")") fail(c, "syntax_error", `${keyword}: expected ")" after TLIST(${unit}, found ${show(peek(c))}`);
  c.pos++;
  const periods: string[] = [];
  for (;;) {
    skipSpace(c);
    if (peek(c) !== ",") return { kind: "tlist", unit, periods };
    c.pos++;
    skipSpace(c);
    const stampAt = c.pos;
    const stamp = peek(c) === '"' ? readText(c) : readWord(c, /[\s,;]/);
    periods.push(ok(c, keyword, timevalLabel(unit, stamp), stampAt));
  }
}
