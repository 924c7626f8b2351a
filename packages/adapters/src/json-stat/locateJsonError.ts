const WS = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const DIGIT = (c: number): boolean => c >= 0x30 && c <= 0x39;
const HEX = (c: number): boolean => DIGIT(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);

/**
 * Finds the character position (UTF-16 index) of the first JSON syntax error in a text, or
 * `undefined` when the text is valid JSON (RFC 8259). Engines word `JSON.parse` errors
 * differently and not all of them give a position, so the adapter rescans the text on failure.
 * Iterative, so deeply nested input cannot overflow the stack.
 *
 * @example
 * ```ts
 * locateJsonError('{"a": [1, 2'); // 11 — the input ends inside the array
 * locateJsonError('{"a": 1}'); // undefined
 * ```
 */
export function locateJsonError(text: string): number | undefined {
  const n = text.length;
  const stack: boolean[] = []; // true = object, false = array
  let i = 0;
  const skip = (): void => {
    while (i < n && WS(text.charCodeAt(i))) i++;
  };
  const string = (): boolean => {
    if (text.charCodeAt(i) !== 0x22) return false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text.charCodeAt(i + 1);
        if (e === 0x75) {
          for (let k = 2; k < 6; k++) {
            if (!HEX(text.charCodeAt(i + k))) {
              i += k;
              return false;
            }
          }
          i += 6;
          continue;
        }
        if (!ESCAPES.has(e)) {
          i++;
          return false;
        }
        i += 2;
        continue;
      }
      i++;
    }
    return false;
  };
  const digits = (): boolean => {
    if (!DIGIT(text.charCodeAt(i))) return false;
    while (DIGIT(text.charCodeAt(i))) i++;
    return true;
  };
  const number = (): boolean => {
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) i++;
    else if (!digits()) return false;
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!digits()) return false;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const s = text.charCodeAt(i);
      if (s === 0x2b || s === 0x2d) i++;
      if (!digits()) return false;
    }
    return true;
  };
  const literal = (word: string): boolean => {
    for (let k = 0; k < word.length; k++, i++) if (text.charCodeAt(i) !== word.charCodeAt(k)) return false;
    return true;
  };
  const scalar = (): boolean => {
    const c = text.charCodeAt(i);
    if (c === 0x22) return string();
    if (c === 0x2d || DIGIT(c)) return number();
    if (c === 0x74) return literal("true");
    if (c === 0x66) return literal("false");
    if (c === 0x6e) return literal("null");
    return false;
  };
  const key = (): boolean => {
    skip();
    if (!string()) return false;
    skip();
    if (text.charCodeAt(i) !== 0x3a) return false;
    i++;
    return true;
  };

  for (;;) {
    skip();
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      i++;
      skip();
      const close = c === 0x5b ? 0x5d : 0x7d;
      if (text.charCodeAt(i) !== close) {
        stack.push(c === 0x7b);
        if (c === 0x7b && !key()) return i;
        continue;
      }
      i++;
    } else if (!scalar()) return i;
    // A value is complete: close containers until one expects another element.
    for (;;) {
      skip();
      const top = stack.at(-1);
      if (top === undefined) return i < n ? i : undefined;
      const d = text.charCodeAt(i);
      if (d === 0x2c) {
        i++;
        if (top && !key()) return i;
        break;
      }
      if (d === (top ? 0x7d : 0x5d)) {
        i++;
        stack.pop();
        continue;
      }
      return i;
    }
  }
}
