/**
 * Reads an HTTP `Retry-After` header into milliseconds to wait: either delay-seconds
 * (`"120"`) or an HTTP-date (`"Wed, 21 Oct 2026 07:28:00 GMT"`), as RFC 9110 §10.2.3 allows
 * (https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3). A date in the past gives 0; a
 * missing or unreadable header gives `undefined`, so the caller falls back to its own backoff.
 *
 * @param now - The current time in epoch milliseconds, for HTTP-dates. @default Date.now()
 *
 * @example
 * ```ts
 * parseRetryAfter("3"); // 3000
 * parseRetryAfter("Thu, 03 Dec 2026 12:00:10 GMT", Date.parse("2026-12-03T12:00:00Z")); // 10000
 * parseRetryAfter("soon"); // undefined
 * ```
 */
export function parseRetryAfter(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (header === null || header === undefined) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return Number.isSafeInteger(seconds * 1000) ? seconds * 1000 : undefined;
  }
  // HTTP-dates name a weekday and end in GMT; anything else Date.parse might accept is not one.
  // asctime dates carry no zone but mean GMT; Date.parse would read them as local time.
  const asctime = /^[A-Za-z]{3} [A-Za-z]{3} +\d{1,2} \d{2}:\d{2}:\d{2} \d{4}$/.test(text);
  if (!asctime && !/^[A-Za-z]{3,9}, .* GMT$/.test(text)) return undefined;
  const at = Date.parse(asctime ? `${text} GMT` : text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
