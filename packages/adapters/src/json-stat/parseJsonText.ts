import { AdapterError } from "../AdapterError.js";
import { decodeText } from "../text/decode.js";
import { locateJsonError } from "./locateJsonError.js";

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < position; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: position - start + 1 };
}

function describe(text: string, position: number): string {
  if (position >= text.length) return "the input ends too early (truncated?)";
  return `unexpected ${JSON.stringify(text.slice(position, position + 12))}`;
}

/**
 * Parses JSON text (a string, or UTF-8 bytes; Latin-1 bytes are decoded too), throwing an
 * AdapterError `invalid_json` that gives the character position, line and column of the first
 * syntax error.
 *
 * @example
 * ```ts
 * parseJsonText('{"class": "dataset"}'); // { class: "dataset" }
 * parseJsonText('{"class": '); // throws invalid_json: … at character 10 (line 1, column 11)
 * ```
 */
export function parseJsonText(input: string | Uint8Array): unknown {
  const text = decodeText(input, "auto");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const position = locateJsonError(text);
    if (position === undefined)
      throw new AdapterError("invalid_json", `the input could not be parsed as JSON: ${error instanceof Error ? error.message : String(error)}`, {}, { cause: error });
    throw new AdapterError(
      "invalid_json",
      `the input is not valid JSON: ${describe(text, position)} at character ${position}`,
      lineAndColumn(text, position),
      { cause: error },
    );
  }
}
