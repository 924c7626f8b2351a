import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "./parseRetryAfter.js";

const now = Date.parse("2026-12-03T12:00:00Z");

describe("parseRetryAfter", () => {
  it("reads delay-seconds as milliseconds", () => {
    expect(parseRetryAfter("0")).toBe(0);
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter(" 120 ")).toBe(120_000);
  });

  it("reads the three HTTP-date forms of RFC 9110 as the time left until then", () => {
    expect(parseRetryAfter("Thu, 03 Dec 2026 12:00:30 GMT", now)).toBe(30_000); // IMF-fixdate
    expect(parseRetryAfter("Thursday, 03-Dec-26 12:01:00 GMT", now)).toBe(60_000); // obsolete RFC 850
    expect(parseRetryAfter("Thu Dec  3 12:00:05 2026", now)).toBe(5000); // asctime, meant as GMT
  });

  it("gives 0 for a date already past", () => {
    expect(parseRetryAfter("Thu, 03 Dec 2026 11:59:00 GMT", now)).toBe(0);
  });

  it("gives undefined for a missing or unreadable header, so the caller's backoff applies", () => {
    for (const header of [null, undefined, "", "soon", "-1", "1.5", "2026-12-03T12:00:30Z", "Thu, 32 Dec 2026 12:00:30 GMT"]) expect(parseRetryAfter(header, now)).toBeUndefined();
  });

  it("round-trips any whole number of seconds and any future IMF-fixdate", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), (s) => parseRetryAfter(String(s)) === s * 1000));
    fc.assert(fc.property(fc.integer({ min: 0, max: 86_400 * 365 }), (s) => parseRetryAfter(new Date(now + s * 1000).toUTCString(), now) === s * 1000));
  });
});
