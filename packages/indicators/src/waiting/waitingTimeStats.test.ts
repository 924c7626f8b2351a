import { dayNumber } from "@opptrapping/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createWaitingTimeAccumulator } from "./createWaitingTimeAccumulator.js";
import type { WaitingRecord, WaitingTimeResult } from "./types.js";
import { WaitingTimeError } from "./WaitingTimeError.js";
import { waitingTimeStats } from "./waitingTimeStats.js";

const d = (iso: string) => dayNumber(iso);
/** A completed PHBU wait of `days` days, care starting on `start`. */
/** The rows with completed waits (a wait received in an earlier period also gives still-waiting rows there). */
const done = (r: WaitingTimeResult) => r.rows.filter((x) => x.completed > 0);
const wait = (days: number, start = "2025-01-20", extra: Partial<WaitingRecord> = {}): WaitingRecord => ({
  service: "PHBU",
  received: d(start) - days,
  started: d(start),
  ...extra,
});

describe("waitingTimeStats: the statistics of completed waits", () => {
  it("gives count, exact mean, median and p90 as quantile_disc, and the share within 35 days for waits 10, 20, 30, 40, 50", () => {
    const r = waitingTimeStats([50, 10, 40, 20, 30].map((x) => wait(x)), { groupBy: ["service"], period: "month" });
    expect(done(r)).toEqual([
      {
        group: { service: "PHBU" },
        period: "2025-01",
        completed: 5,
        totalDays: 150,
        meanDays: 30,
        medianDays: 30, // ⌈5·0.5⌉ = 3rd smallest
        p90Days: 50, // ⌈5·0.9⌉ = 5th smallest
        withinLimit: 3,
        shareWithinLimit: 0.6,
        limitDays: 35,
        limitComparator: "<",
        stillWaiting: 0,
      },
    ]);
  });

  it("takes the lower middle value as the median of an even count (⌈4·0.5⌉ = 2nd smallest)", () => {
    const r = waitingTimeStats([1, 2, 3, 4].map((x) => wait(x)), { groupBy: [], period: "month" });
    expect(r.rows[0]).toMatchObject({ medianDays: 2, p90Days: 4, meanDays: 2.5 });
  });

  it("by default counts a wait of exactly the limit as NOT within it, as the plan's `< 35` does", () => {
    const r = waitingTimeStats([wait(34), wait(35), { service: "PHV", received: d("2025-01-01"), started: d("2025-02-10") }], {
      groupBy: ["service"],
      period: "year",
    });
    // PHBU: 34 < 35 within, 35 not; PHV: 40 days against < 40, not within.
    expect(done(r).map((x) => [x.group.service, x.withinLimit, x.shareWithinLimit, x.limitDays, x.limitComparator])).toEqual([
      ["PHBU", 1, 0.5, 35, "<"],
      ["PHV", 0, 0, 40, "<"],
    ]);
  });

  it("counts a wait of exactly the limit as within it with limitComparator \"<=\", one day more as not", () => {
    const r = waitingTimeStats([wait(35), wait(36), { service: "PHV", received: d("2025-01-01"), started: d("2025-02-10") }], {
      groupBy: ["service"],
      period: "year",
      limitComparator: "<=",
    });
    expect(done(r).map((x) => [x.group.service, x.withinLimit, x.shareWithinLimit, x.limitDays, x.limitComparator])).toEqual([
      ["PHBU", 1, 0.5, 35, "<="],
      ["PHV", 1, 1, 40, "<="],
    ]);
  });

  it("takes a per-service comparator, and fractional limits on whole days (< 35.5 lets 35 in)", () => {
    const r = waitingTimeStats([wait(35), wait(36), { service: "TSB", received: 0, started: 30 }], {
      groupBy: ["service"],
      period: "year",
      limits: { PHBU: { days: 35.5, comparator: "<" }, TSB: { days: 30, comparator: "<=" } },
    });
    expect(done(r).map((x) => [x.group.service, x.withinLimit, x.limitComparator])).toEqual([
      ["PHBU", 1, "<"],
      ["TSB", 1, "<="],
    ]);
  });

  it("refuses a comparator other than < or <=", () => {
    expect(() => waitingTimeStats([], { groupBy: [], period: "year", limitComparator: ">" as "<" })).toThrow(/limitComparator must be "<" or "<="/);
    expect(() => waitingTimeStats([], { groupBy: [], period: "year", limits: { PHBU: { days: 35, comparator: ">=" as "<" } } })).toThrow(/comparator of PHBU's limit/);
  });

  it("uses configurable limits merged over the defaults", () => {
    const r = waitingTimeStats([wait(35), wait(36), { service: "VOP", received: 0, started: 5 }], { groupBy: ["service"], period: "year", limits: { PHBU: 36, VOP: 4 } });
    // 35 < 36 within, 36 not (the default comparator is "<").
    expect(done(r).map((x) => [x.group.service, x.withinLimit, x.limitDays])).toEqual([
      ["PHBU", 1, 36],
      ["VOP", 0, 4],
    ]);
  });

  it("puts a wait in the period its care started: 30 April is T1, 1 May is T2", () => {
    const r = waitingTimeStats([wait(10, "2025-04-30"), wait(20, "2025-05-01")], { groupBy: [], period: "tertial" });
    expect(r.rows.map((x) => [x.period, x.completed, x.meanDays])).toEqual([
      ["2025T1", 1, 10],
      ["2025T2", 1, 20],
    ]);
  });

  it("reads ISO dates and day numbers alike", () => {
    const a = waitingTimeStats([{ service: "TSB", received: "2025-03-01", started: "2025-03-31" }], { groupBy: [], period: "month" });
    const b = waitingTimeStats([{ service: "TSB", received: d("2025-03-01"), started: d("2025-03-31") }], { groupBy: [], period: "month" });
    expect(a.rows).toEqual(b.rows);
    expect(a.rows[0]?.meanDays).toBe(30);
  });

  it("keeps the mean exact as Σdays / n (1, 1, 2 gives 4/3)", () => {
    expect(waitingTimeStats([wait(1), wait(1), wait(2)], { groupBy: [], period: "month" }).rows[0]?.meanDays).toBe(4 / 3);
  });
});

describe("waitingTimeStats: people still waiting, a count at each period's end", () => {
  const records: WaitingRecord[] = [
    { service: "PHV", received: "2025-01-15", started: "2025-03-10" }, // waiting at the end of January and February
    { service: "PHV", received: "2025-02-01", started: null }, // waiting from the end of February on
    { service: "PHV", received: "2025-04-02", started: "2025-04-30" }, // starts within April: never waiting at a month's end
  ];

  it("counts each referral received by the period's last day whose care had not started by then", () => {
    const r = waitingTimeStats(records, { groupBy: [], period: "month" });
    expect(r.rows.map((x) => [x.period, x.completed, x.stillWaiting])).toEqual([
      ["2025-01", 0, 1],
      ["2025-02", 0, 2],
      ["2025-03", 1, 1],
      ["2025-04", 1, 1],
    ]);
  });

  it("gives the count at the tertial's end, not a sum of the months", () => {
    const r = waitingTimeStats(records, { groupBy: [], period: "tertial" });
    expect(r.rows.map((x) => [x.period, x.completed, x.stillWaiting])).toEqual([["2025T1", 2, 1]]);
  });

  it("runs the rows up to the extraction date asOf, rejecting later dates", () => {
    const r = waitingTimeStats([...records, { service: "PHV", received: "2025-07-01", started: null, line: 9 }], { groupBy: [], period: "month", asOf: "2025-06-15" });
    expect(r.rows.map((x) => [x.period, x.stillWaiting])).toEqual([
      ["2025-01", 1],
      ["2025-02", 2],
      ["2025-03", 1],
      ["2025-04", 1],
      ["2025-05", 1],
      ["2025-06", 1],
    ]);
    expect(r.issues).toEqual([{ code: "after_as_of", message: "received 2025-07-01 is after the extraction date 2025-06-15", path: ["line", 9], line: 9 }]);
  });

  it("counts completed and waiting records", () => {
    expect(waitingTimeStats(records, { groupBy: [], period: "month" }).records).toEqual({ total: 3, completed: 2, waiting: 1, rejected: 0 });
  });
});

describe("waitingTimeStats: bad records are reported, never dropped silently", () => {
  const bad: WaitingRecord[] = [
    { service: "PHBU", received: "2025-13-01", started: null, line: 2 },
    { service: "PHBU", received: "2025-02-10", started: "2025-02-01", line: 3 },
    { service: "PHBU", received: d("2020-01-01"), started: d("2020-01-01") + 1827, line: 4 },
    { service: "BUP", received: "2025-01-01", started: "2025-01-02", line: 5 },
    { service: "PHBU", received: "", started: null, line: 6 },
    { service: "PHBU", received: 1.5, started: null, line: 7 },
    { service: "PHBU", received: "2025-01-01", started: "2025-01-02", line: 8 }, // no rhf, grouped by rhf
  ];

  it("lists each with its line, code and reason, counts them by code, and leaves them out of every figure", () => {
    const r = waitingTimeStats(bad, { groupBy: ["rhf"], period: "month" });
    expect(r.issues.map((i) => [i.line, i.code])).toEqual([
      [2, "invalid_date"],
      [3, "start_before_referral"],
      [4, "wait_too_long"],
      [5, "unknown_service"],
      [6, "missing_received"],
      [7, "invalid_date"],
      [8, "missing_field"],
    ]);
    expect(r.issues[1]?.message).toBe("care started 2025-02-01, before the referral was received 2025-02-10");
    expect(r.issues[2]?.message).toBe("a wait of 1827 days (2020-01-01 to 2025-01-01) is longer than 1826 days");
    expect(r.issues[3]?.message).toBe('service "BUP" is not one of PHBU, PHV, TSB');
    expect(r.rows).toEqual([]);
    expect(r.records).toEqual({ total: 7, completed: 0, waiting: 0, rejected: 7 });
    expect(r.rejectedByCode).toEqual({ invalid_date: 2, missing_field: 1, missing_received: 1, start_before_referral: 1, unknown_service: 1, wait_too_long: 1 });
  });

  it("accepts a wait of exactly maxWaitDays (1826), and a configured maximum", () => {
    expect(waitingTimeStats([wait(1826)], { groupBy: [], period: "year" }).records.completed).toBe(1);
    expect(waitingTimeStats([wait(366)], { groupBy: [], period: "year", maxWaitDays: 365 }).rejectedByCode).toEqual({ wait_too_long: 1 });
  });

  it("numbers records from 1 when no line is given", () => {
    const r = waitingTimeStats([wait(3), { service: "X", received: 0, started: 1 }], { groupBy: [], period: "year" });
    expect(r.issues[0]).toMatchObject({ record: 2, path: ["record", 2] });
  });

  it("throws a WaitingTimeError with code and line at the first bad record in strict mode", () => {
    let error: unknown;
    try {
      waitingTimeStats([wait(3), ...bad], { groupBy: [], period: "month", mode: "strict" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WaitingTimeError);
    expect(error).toMatchObject({ code: "invalid_date", line: 2, path: ["line", 2] });
    expect((error as Error).message).toMatchInlineSnapshot(`"received "2025-13-01" is not an ISO date YYYY-MM-DD within 1900–2199 (line 2)"`);
  });

  it("keeps the first maxIssues in detail and counts the rest", () => {
    const r = waitingTimeStats(bad, { groupBy: [], period: "month", maxIssues: 2 });
    expect(r.issues).toHaveLength(2);
    expect(r.issuesTruncated).toBe(true);
    expect(r.records.rejected).toBe(6);
  });

  it("counts a line a reader could not read as a rejected record", () => {
    const acc = createWaitingTimeAccumulator({ groupBy: [], period: "month" });
    acc.addIssue({ code: "ragged_row", message: "3 fields, expected 4", line: 12 });
    expect(acc.result()).toMatchObject({ records: { total: 1, rejected: 1 }, rejectedByCode: { ragged_row: 1 }, issues: [{ code: "ragged_row", line: 12, path: ["line", 12] }] });
  });

  it("refuses bad options with invalid_options", () => {
    const bad = [
      { groupBy: ["county"], period: "month" },
      { groupBy: ["rhf", "rhf"], period: "month" },
      { groupBy: [], period: "week" },
      { groupBy: [], period: "month", limits: { PHBU: -1 } },
      { groupBy: [], period: "month", maxWaitDays: 1.5 },
      { groupBy: [], period: "month", ageBands: [5, 10] },
      { groupBy: [], period: "month", asOf: "soon" },
    ];
    for (const options of bad)
      expect(() => createWaitingTimeAccumulator(options as never)).toThrow(expect.objectContaining({ code: "invalid_options" }));
  });
});

describe("waitingTimeStats: groups", () => {
  const records: WaitingRecord[] = [
    { service: "TSB", rhf: "rhf-vest", sex: "K", age: 40, received: "2025-01-01", started: "2025-01-11" },
    { service: "PHBU", rhf: "rhf-vest", sex: "M", age: 9, received: "2025-01-01", started: "2025-01-21" },
    { service: "PHBU", rhf: "rhf-nord", sex: "K", age: "13", received: "2025-01-01", started: "2025-01-31" },
    { service: "PHBU", rhf: "rhf-nord", sex: "K", age: 17, received: "2025-01-01", started: "2025-02-05" },
  ];

  it("sorts rows by group values in groupBy order, then period, whatever the input order", () => {
    const expected = [
      ["PHBU", "rhf-nord", "2025-01"],
      ["PHBU", "rhf-nord", "2025-02"],
      ["PHBU", "rhf-vest", "2025-01"],
      ["TSB", "rhf-vest", "2025-01"],
    ];
    for (const order of [records, [...records].reverse()]) {
      const r = waitingTimeStats(order, { groupBy: ["service", "rhf"], period: "month" });
      expect(r.rows.map((x) => [x.group.service, x.group.rhf, x.period])).toEqual(expected);
    }
  });

  it("groups by the documented age bands 0-12, 13-17, 18-25, 26-39, 40-66, 67+, sorted by age", () => {
    const more = [...records, { service: "PHV", received: "2025-01-01", started: "2025-01-02", age: 67 }, { service: "PHV", received: "2025-01-01", started: "2025-01-02", age: 25 }];
    const r = waitingTimeStats(more, { groupBy: ["ageBand"], period: "year" });
    expect(r.rows.map((x) => [x.group.ageBand, x.completed])).toEqual([
      ["0-12", 1],
      ["13-17", 2],
      ["18-25", 1],
      ["40-66", 1],
      ["67+", 1],
    ]);
  });

  it("takes custom age bands, and rejects ages that are not whole numbers 0–130", () => {
    const r = waitingTimeStats([...records, { service: "PHV", received: 0, started: 1, age: "ukjent", line: 9 }, { service: "PHV", received: 0, started: 1, age: 131 }], {
      groupBy: ["ageBand"],
      period: "year",
      ageBands: [0, 18],
    });
    expect(r.rows.map((x) => x.group.ageBand)).toEqual(["0-17", "18+"]);
    expect(r.issues.map((i) => i.code)).toEqual(["invalid_age", "invalid_age"]);
  });

  it("gives one total row per period with groupBy []", () => {
    const r = waitingTimeStats(records, { groupBy: [], period: "month" });
    expect(r.rows.map((x) => [x.group, x.period, x.completed, x.limitDays])).toEqual([
      [{}, "2025-01", 3, null],
      [{}, "2025-02", 1, null],
    ]);
  });

  it("returns a Promise for an async iterable, with the same result", async () => {
    async function* gen() {
      yield* records;
    }
    const promised = waitingTimeStats(gen(), { groupBy: ["sex"], period: "month" });
    expect(promised).toBeInstanceOf(Promise);
    expect(await promised).toEqual(waitingTimeStats(records, { groupBy: ["sex"], period: "month" }));
  });

  it("reads a record object that is reused between adds (as a fast reader passes it)", () => {
    const acc = createWaitingTimeAccumulator({ groupBy: ["service"], period: "month" });
    const r = { service: "PHBU", received: 0, started: 10 as number | null };
    acc.add(r);
    r.service = "PHV";
    r.started = 20;
    acc.add(r);
    expect(acc.result().rows.map((x) => [x.group.service, x.meanDays])).toEqual([
      ["PHBU", 10],
      ["PHV", 20],
    ]);
  });

  it("returns a frozen result", () => {
    const r = waitingTimeStats(records, { groupBy: [], period: "month" });
    expect(Object.isFrozen(r.rows[0])).toBe(true);
  });
});

/** DuckDB's quantile_disc by definition: the ⌈n·q⌉-th smallest (at least the first). */
const disc = (sorted: readonly number[], num: number, den: number) => sorted[Math.max(1, Math.ceil((sorted.length * num) / den)) - 1];

describe("waitingTimeStats: exact quantiles from histograms", () => {
  it("match the sorted values for any multiset of waits (sparse and dense histograms)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1826 }), { minLength: 1, maxLength: 600 }), fc.boolean(), (waits, clustered) => {
        const xs = clustered ? waits.map((w) => w % 40) : waits;
        const sorted = [...xs].sort((a, b) => a - b);
        const row = done(waitingTimeStats(xs.map((x) => wait(x)), { groupBy: [], period: "month" }))[0]!;
        expect(row.medianDays).toBe(disc(sorted, 1, 2));
        expect(row.p90Days).toBe(disc(sorted, 9, 10));
        expect(row.totalDays).toBe(xs.reduce((a, b) => a + b, 0));
      }),
      { numRuns: 300 },
    );
  });

  it("match on large counts: 100 000 waits, n·0.9 a whole number and not", () => {
    for (const n of [100_000, 99_999]) {
      const xs = Array.from({ length: n }, (_, i) => (i * 7919) % 1500);
      const sorted = [...xs].sort((a, b) => a - b);
      const acc = createWaitingTimeAccumulator({ groupBy: [], period: "year" });
      for (const x of xs) acc.add(wait(x, "2030-06-01"));
      const row = done(acc.result())[0]!;
      expect([row.medianDays, row.p90Days]).toEqual([disc(sorted, 1, 2), disc(sorted, 9, 10)]);
    }
  });
});
