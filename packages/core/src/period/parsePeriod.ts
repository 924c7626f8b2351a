import { MAX_YEAR, MIN_YEAR, dateProblem, daysFromCivil, isoWeekOneMonday, isoWeeksInYear, pad2 } from "./calendar.js";
import { PeriodError, invalidPeriod, quote, typeName, PERIOD_FORMS } from "./PeriodError.js";
import { isoDate } from "./dayNumber.js";
import { periodDayRange } from "./periodDayRange.js";
import type { Period, SinglePeriod } from "./types.js";

const YEAR = /^(\d{4})$/;
const SUBYEAR = /^(\d{4})([HTQ])(\d+)$/;
const WEEK = /^(\d{4})W(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SCHOOL_YEAR = /^(\d{4})\/(\d{2})$/;

const SUBYEAR_RULES = {
  H: { kind: "half", max: 2 },
  T: { kind: "tertial", max: 3 },
  Q: { kind: "quarter", max: 4 },
} as const;

/**
 * Reads a period string: `2025`, `2025H2`, `2025T2` (tertial), `2025Q3`, `2025W07` (ISO 8601
 * week, Monday–Sunday, in its week-numbering year), `2025-06`,
 * `2025-06-15`, `2024/25` (school year, August 2024–July 2025), or a range `from/to` of any
 * two of these (`2025-06/2025-12`, `2023/2033`, `2025T1/2025-06-15`). Years must be
 * 1900–2199, so every day of a period lies in 1900-01-01..2199-12-31 (the last school year
 * is 2198/99). Surrounding whitespace is ignored; nothing else is lenient (no `2024M06`,
 * no lower case). The result is frozen.
 *
 * A slash followed by exactly two digits is a school year; four digits after a slash make a
 * range of years. A range may have school years at either end (`2024/25/2026/27`).
 *
 * @throws {PeriodError} `invalid_period` for anything else (including a non-string), with a
 * message naming the input and the accepted forms; `invalid_range` for a range that ends
 * before it starts.
 *
 * @example
 * ```ts
 * import { parsePeriod } from "@opptrapping/core";
 * parsePeriod("2025T2"); // { kind: "tertial", year: 2025, tertial: 2 }
 * ```
 */
export function parsePeriod(input: string): Period {
  if (typeof input !== "string") {
    throw new PeriodError("invalid_period", `Invalid period: expected a string, got ${typeName(input)} (${PERIOD_FORMS})`);
  }
  const text = input.trim();
  if (text === "") throw invalidPeriod(input, text, "empty");
  const ends = splitRange(text);
  if (ends.length > 2) throw invalidPeriod(input, text, `a range has two ends, this has ${ends.length}`);
  const [fromText = "", toText] = ends;
  if (toText === undefined) {
    const single = readSingle(fromText);
    if (typeof single === "string") throw invalidPeriod(input, text, single);
    return single;
  }
  const from = readSingle(fromText);
  if (typeof from === "string") throw invalidPeriod(input, text, `${from} in the start ${quote(fromText)}`);
  const to = readSingle(toText);
  if (typeof to === "string") throw invalidPeriod(input, text, `${to} in the end ${quote(toText)}`);
  const range = Object.freeze({ kind: "range" as const, from, to });
  const { first, last } = periodDayRange(range);
  if (last < first) {
    throw new PeriodError(
      "invalid_range",
      `Invalid range ${quote(text)}: it ends on ${isoDate(last)}, before it starts on ${isoDate(first)}`,
      input,
    );
  }
  return range;
}

/** Splits on `/`, keeping `YYYY/YY` together as one school year. */
function splitRange(text: string): string[] {
  const parts = text.split("/");
  const ends: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? "";
    const next = parts[i + 1];
    if (next !== undefined && /^\d{4}$/.test(part) && /^\d{2}$/.test(next)) {
      ends.push(`${part}/${next}`);
      i++;
    } else {
      ends.push(part);
    }
  }
  return ends;
}

/** A single (non-range) period, or what is wrong with the text. */
function readSingle(text: string): SinglePeriod | string {
  if (text === "") return "empty";
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(text))) {
    const year = Number(m[1]);
    return yearProblem(year) ?? Object.freeze({ kind: "year", year });
  }
  if ((m = SUBYEAR.exec(text))) {
    const year = Number(m[1]);
    const rule = SUBYEAR_RULES[m[2] as keyof typeof SUBYEAR_RULES];
    const n = Number(m[3]);
    if (!/^[1-9]$/.test(m[3] ?? "") || n > rule.max) return `${rule.kind} must be 1–${rule.max}`;
    const problem = yearProblem(year);
    if (problem !== undefined) return problem;
    switch (rule.kind) {
      case "half":
        return Object.freeze({ kind: "half", year, half: n });
      case "tertial":
        return Object.freeze({ kind: "tertial", year, tertial: n });
      case "quarter":
        return Object.freeze({ kind: "quarter", year, quarter: n });
    }
  }
  if ((m = WEEK.exec(text))) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    const problem = yearProblem(year);
    if (problem !== undefined) return problem;
    const weeks = isoWeeksInYear(year);
    if (week < 1 || week > weeks) return `week must be 01–${weeks} in ${m[1] ?? ""}`;
    // ISO week 1 of 1900 starts on 1 January 1900; the last weeks of 2199 may run into 2200.
    const first = isoWeekOneMonday(year) + 7 * (week - 1);
    if (first + 6 > daysFromCivil(MAX_YEAR, 12, 31)) return `the week ends after ${MAX_YEAR}-12-31`;
    return Object.freeze({ kind: "week", year, week });
  }
  if ((m = MONTH.exec(text))) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return (
      yearProblem(year) ??
      (month < 1 || month > 12 ? "month must be 01–12" : Object.freeze({ kind: "month", year, month }))
    );
  }
  if ((m = DAY.exec(text))) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    return yearProblem(year) ?? dateProblem(year, month, day) ?? Object.freeze({ kind: "day", year, month, day });
  }
  if ((m = SCHOOL_YEAR.exec(text))) {
    const startYear = Number(m[1]);
    // Both calendar years a school year touches must be accepted years.
    if (startYear < MIN_YEAR || startYear + 1 > MAX_YEAR) return `a school year must start in ${MIN_YEAR}–${MAX_YEAR - 1}`;
    const end = pad2((startYear + 1) % 100);
    if (m[2] !== end) return `the school year starting in ${m[1] ?? ""} is written ${m[1] ?? ""}/${end}`;
    return Object.freeze({ kind: "schoolYear", startYear });
  }
  return "not a recognized form";
}

function yearProblem(year: number): string | undefined {
  return year < MIN_YEAR || year > MAX_YEAR ? `year must be ${MIN_YEAR}–${MAX_YEAR}` : undefined;
}
