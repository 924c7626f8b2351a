import { deepFreeze } from "@opptrapping/core";
import { addDays, createCell, discRank, valuesAtRanks, type Cell } from "./cell.js";
import { FIRST_DAY, LAST_DAY, isoOf, parseIsoDay, periodLabel, periodTable } from "./days.js";
import { WaitingTimeError } from "./WaitingTimeError.js";
import type { WaitingGroupField, WaitingLimit, WaitingRecord, WaitingTimeIssue, WaitingTimeOptions, WaitingTimeResult, WaitingTimeRow } from "./types.js";

/**
 * The plan's long-run limits in days per service: PHBU 35, PHV 40, TSB 30 (S0 §2-waiting for
 * PHBU; the county governors' pages for PHV and TSB). A wait is within when `days < limit`,
 * the comparator of the plan's own targets (`< 35`), unless `limitComparator` says `<=`.
 *
 * @example
 * ```ts
 * import { DEFAULT_WAITING_LIMITS } from "@opptrapping/indicators";
 * DEFAULT_WAITING_LIMITS.PHBU; // 35
 * ```
 */
export const DEFAULT_WAITING_LIMITS = Object.freeze({ PHBU: 35, PHV: 40, TSB: 30 } as const);

/**
 * Lower bounds of the default age bands: `0-12`, `13-17`, `18-25`, `26-39`, `40-66`, `67+`
 * (see {@link WaitingTimeOptions.ageBands} for why these).
 *
 * @example
 * ```ts
 * import { DEFAULT_AGE_BANDS } from "@opptrapping/indicators";
 * DEFAULT_AGE_BANDS.length; // 6
 * ```
 */
export const DEFAULT_AGE_BANDS = Object.freeze([0, 13, 18, 26, 40, 67] as const);

const GROUP_FIELDS: readonly WaitingGroupField[] = ["service", "rhf", "hf", "municipality", "sex", "ageBand"];
const MAX_AGE = 130;

/**
 * A streaming waiting-time calculator: `add` one record at a time, `result` whenever. It never
 * holds records — memory grows with the number of groups × periods only — and reports bad
 * records instead of dropping them.
 *
 * @example
 * ```ts
 * import { createWaitingTimeAccumulator } from "@opptrapping/indicators";
 * const acc = createWaitingTimeAccumulator({ groupBy: ["service"], period: "tertial" });
 * acc.add({ service: "PHV", received: "2025-01-02", started: "2025-02-11" }, 2);
 * acc.result().rows[0]?.meanDays; // 40
 * ```
 */
export interface WaitingTimeAccumulator {
  /**
   * Adds one record; `line` (or `record.line`) locates it in issues. The record is read, not
   * kept, so a reader may pass the same object again with new values.
   */
  add(record: WaitingRecord, line?: number): void;
  /** Reports a line a reader could not turn into a record (it counts as a rejected record). */
  addIssue(issue: { readonly code: string; readonly message: string; readonly line?: number }): void;
  /** The results so far (a frozen snapshot; adding may go on). */
  result(): WaitingTimeResult;
}

interface Group {
  readonly values: readonly string[];
  cells: (Cell | undefined)[];
  offset: number;
}

/**
 * One level of the group tree. The first few values are kept in a small array searched with
 * `===` (fast for the interned strings a reader passes, and most grouping fields have few
 * values); past {@link SMALL} values a Map takes over.
 */
interface Node {
  readonly keys: string[];
  readonly children: (Node | Group)[];
  map: Map<string, Node | Group> | null;
}

const SMALL = 8;

function createNode(): Node {
  return { keys: [], children: [], map: null };
}

function childOf(node: Node, key: string): Node | Group | undefined {
  if (node.map !== null) return node.map.get(key);
  const keys = node.keys;
  for (let i = 0; i < keys.length; i++) if (keys[i] === key) return node.children[i];
  return undefined;
}

function setChild(node: Node, key: string, child: Node | Group): void {
  if (node.map !== null) {
    node.map.set(key, child);
    return;
  }
  node.keys.push(key);
  node.children.push(child);
  if (node.keys.length > SMALL) node.map = new Map(node.keys.map((k, i) => [k, node.children[i]!]));
}

interface Resolved {
  readonly groupBy: readonly WaitingGroupField[];
  readonly limits: ReadonlyMap<string, number>;
  readonly comparators: ReadonlyMap<string, "<" | "<=">;
  readonly withinMax: ReadonlyMap<string, number>;
  readonly maxWaitDays: number;
  readonly bandOfAge: readonly string[];
  readonly bandRank: ReadonlyMap<string, number>;
  readonly asOf: number | undefined;
  readonly strict: boolean;
  readonly maxIssues: number;
}

function invalid(message: string): WaitingTimeError {
  return new WaitingTimeError("invalid_options", message);
}

function resolve(options: WaitingTimeOptions): Resolved {
  if (options === null || typeof options !== "object") throw invalid("options must be an object with groupBy and period");
  const { groupBy, period } = options;
  if (!Array.isArray(groupBy)) throw invalid(`groupBy must be an array of ${GROUP_FIELDS.join(", ")}`);
  for (const f of groupBy as readonly unknown[])
    if (!(GROUP_FIELDS as readonly unknown[]).includes(f)) throw invalid(`cannot group by ${JSON.stringify(f)}; fields: ${GROUP_FIELDS.join(", ")}`);
  if (new Set(groupBy).size !== groupBy.length) throw invalid(`groupBy names a field twice: ${groupBy.join(", ")}`);
  if (period !== "month" && period !== "tertial" && period !== "year") throw invalid(`period must be "month", "tertial" or "year", got ${JSON.stringify(period)}`);
  const comparator = options.limitComparator ?? "<";
  if (comparator !== "<" && comparator !== "<=") throw invalid(`limitComparator must be "<" or "<=", got ${JSON.stringify(comparator)}`);
  const limits = new Map<string, number>();
  const comparators = new Map<string, "<" | "<=">();
  const withinMax = new Map<string, number>();
  for (const [service, given] of Object.entries({ ...DEFAULT_WAITING_LIMITS, ...options.limits } as Record<string, WaitingLimit | number>)) {
    const limit = typeof given === "object" && given !== null ? given.days : given;
    const cmp = typeof given === "object" && given !== null ? given.comparator : comparator;
    if (typeof limit !== "number" || !Number.isFinite(limit) || limit < 0) throw invalid(`the limit of ${service} must be a finite number ≥ 0, got ${String(limit)}`);
    if (cmp !== "<" && cmp !== "<=") throw invalid(`the comparator of ${service}'s limit must be "<" or "<=", got ${JSON.stringify(cmp)}`);
    limits.set(service, limit);
    comparators.set(service, cmp);
    // Waits are whole days: days < L ⟺ days ≤ ⌈L⌉ − 1, and days ≤ L ⟺ days ≤ ⌊L⌋.
    withinMax.set(service, cmp === "<" ? Math.ceil(limit) - 1 : Math.floor(limit));
  }
  const maxWaitDays = options.maxWaitDays ?? 1826;
  if (!Number.isInteger(maxWaitDays) || maxWaitDays < 0 || maxWaitDays > 100_000) throw invalid(`maxWaitDays must be a whole number 0–100000, got ${String(maxWaitDays)}`);
  const bounds = options.ageBands ?? DEFAULT_AGE_BANDS;
  if (!Array.isArray(bounds) || bounds[0] !== 0 || bounds.some((b, i) => !Number.isInteger(b) || b > MAX_AGE || (i > 0 && b <= bounds[i - 1]!)))
    throw invalid(`ageBands must be ascending whole numbers from 0 to ${MAX_AGE}, got ${JSON.stringify(bounds)}`);
  const bandOfAge: string[] = [];
  const bandRank = new Map<string, number>();
  bounds.forEach((lo, i) => {
    const next = bounds[i + 1];
    const label = next === undefined ? `${lo}+` : next - 1 === lo ? String(lo) : `${lo}-${next - 1}`;
    bandRank.set(label, i);
    for (let age = lo; age < (next ?? MAX_AGE + 1); age++) bandOfAge[age] = label;
  });
  let asOf: number | undefined;
  if (options.asOf !== undefined) {
    asOf = typeof options.asOf === "number" ? (Number.isInteger(options.asOf) && options.asOf >= FIRST_DAY && options.asOf <= LAST_DAY ? options.asOf : undefined) : parseIsoDay(options.asOf);
    if (asOf === undefined) throw invalid(`asOf must be an ISO date or a day number within 1900–2199, got ${JSON.stringify(options.asOf)}`);
  }
  const mode = options.mode ?? "lenient";
  if (mode !== "strict" && mode !== "lenient") throw invalid(`mode must be "strict" or "lenient", got ${JSON.stringify(mode)}`);
  const maxIssues = options.maxIssues ?? 1000;
  if (!Number.isInteger(maxIssues) || maxIssues < 0) throw invalid(`maxIssues must be a whole number ≥ 0, got ${String(maxIssues)}`);
  return { groupBy: [...groupBy], limits, comparators, withinMax, maxWaitDays, bandOfAge, bandRank, asOf, strict: mode === "strict", maxIssues };
}

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}…` : value);
  return String(value);
}

/**
 * Creates the streaming waiting-time calculator behind {@link waitingTimeStats}. Per group
 * and period (by the day care started) it keeps the count and Σdays of completed waits (so
 * the mean is exact), how many were within the limit, a histogram of waiting days (exact
 * quantiles as DuckDB's `quantile_disc`), and a difference array of referrals still waiting
 * (+1 in the period a referral is received, −1 in the period its care starts), so the count
 * at each period's end is a running sum — memory bounded by groups × periods, never by rows.
 *
 * A wait is `started − received` in days. Rejected (`issues`, never silently dropped): dates
 * that are not day numbers or ISO dates within 1900–2199, care starting before the referral,
 * waits over `maxWaitDays`, unknown services, missing group fields, bad ages when grouped by
 * age band, and dates after `asOf`. A rejected record counts nowhere else.
 *
 * @throws {WaitingTimeError} `invalid_options` for bad options; in strict mode, the first bad record's code.
 *
 * @example
 * ```ts
 * import { createWaitingTimeAccumulator } from "@opptrapping/indicators";
 * const acc = createWaitingTimeAccumulator({ groupBy: ["service", "rhf"], period: "month" });
 * for (const r of records) acc.add(r);
 * const { rows, issues } = acc.result();
 * ```
 */
export function createWaitingTimeAccumulator(options: WaitingTimeOptions): WaitingTimeAccumulator {
  const o = resolve(options);
  const table = periodTable(options.period);
  const period = options.period;
  const groupBy = o.groupBy;
  const depth = groupBy.length;
  const limits = o.limits;
  const maxWait = o.maxWaitDays;
  const denseLength = maxWait + 1;
  const bandOfAge = o.bandOfAge;
  const asOf = o.asOf ?? LAST_DAY;
  const fields = groupBy.map((f) => GROUP_FIELDS.indexOf(f));
  const values: string[] = new Array<string>(depth).fill("");
  const root: Node = createNode();
  const groups: Group[] = [];
  let single: Group | undefined;

  let total = 0;
  let completed = 0;
  let waiting = 0;
  let rejected = 0;
  let maxDay = Number.NEGATIVE_INFINITY;
  const byCode = new Map<string, number>();
  const issues: WaitingTimeIssue[] = [];
  let truncated = false;

  function reject(code: string, message: string, line: number | undefined): void {
    rejected++;
    byCode.set(code, (byCode.get(code) ?? 0) + 1);
    const where = line !== undefined ? { line } : { record: total };
    if (o.strict) throw new WaitingTimeError(code, message, where);
    if (issues.length >= o.maxIssues) {
      truncated = true;
      return;
    }
    const path = line !== undefined ? ["line", line] : ["record", total];
    issues.push(Object.freeze({ code, message, path: Object.freeze(path), ...where }));
  }

  /** A date as a day number, or NaN after rejecting the record. */
  function slowDay(value: unknown, name: string, line: number | undefined): number {
    if (typeof value === "string") {
      const day = parseIsoDay(value);
      if (day !== undefined) return day;
      if (value.trim() === "" && name === "received") {
        reject("missing_received", "the date received is empty", line);
        return Number.NaN;
      }
      reject("invalid_date", `${name} ${show(value)} is not an ISO date YYYY-MM-DD within 1900–2199`, line);
      return Number.NaN;
    }
    if (typeof value === "number" && Number.isInteger(value) && value >= FIRST_DAY && value <= LAST_DAY) return value;
    if (value === null || value === undefined) {
      reject("missing_received", "the date received is missing", line);
      return Number.NaN;
    }
    reject("invalid_date", `${name} ${show(value)} is not a day number or an ISO date within 1900–2199`, line);
    return Number.NaN;
  }

  function fieldValue(record: WaitingRecord, field: number, line: number | undefined): string | undefined {
    let v: unknown;
    switch (field) {
      case 0:
        return record.service;
      case 1:
        v = record.rhf;
        break;
      case 2:
        v = record.hf;
        break;
      case 3:
        v = record.municipality;
        break;
      case 4:
        v = record.sex;
        break;
      default: {
        const raw = record.age;
        const age = typeof raw === "number" ? raw : typeof raw === "string" && /^\s*\d{1,3}\s*$/.test(raw) ? Number(raw) : Number.NaN;
        const band = Number.isInteger(age) && age >= 0 ? bandOfAge[age] : undefined;
        if (band === undefined) reject("invalid_age", `age ${show(raw)} is not a whole number 0–${MAX_AGE}`, line);
        return band;
      }
    }
    if (typeof v === "string" && v !== "") return v;
    reject("missing_field", `${GROUP_FIELDS[field]!} is ${v === "" ? "empty" : "missing"}, and results are grouped by it`, line);
    return undefined;
  }

  function groupOf(): Group {
    if (depth === 0) {
      if (single === undefined) groups.push((single = { values: [], cells: [], offset: 0 }));
      return single;
    }
    let node = root;
    for (let i = 0; i < depth - 1; i++) {
      const v = values[i]!;
      let next = childOf(node, v) as Node | undefined;
      if (next === undefined) setChild(node, v, (next = createNode()));
      node = next;
    }
    const last = values[depth - 1]!;
    let group = childOf(node, last) as Group | undefined;
    if (group === undefined) {
      group = { values: values.slice(), cells: [], offset: -1 };
      setChild(node, last, group);
      groups.push(group);
    }
    return group;
  }

  function cellAt(group: Group, p: number): Cell {
    const cells = group.cells;
    if (group.offset < 0) group.offset = p;
    const i = p - group.offset;
    if (i >= 0 && i < cells.length) {
      const c = cells[i];
      if (c !== undefined) return c;
      return (cells[i] = createCell());
    }
    if (i >= 0) {
      while (cells.length < i) cells.push(undefined);
      const c = createCell();
      cells.push(c);
      return c;
    }
    // An earlier period than any so far: shift the cells right.
    const shifted: (Cell | undefined)[] = new Array<Cell | undefined>(-i).fill(undefined);
    group.cells = shifted.concat(cells);
    group.offset = p;
    const c = createCell();
    group.cells[0] = c;
    return c;
  }

  // Service codes met so far and their limits, searched with `===` before the Map: a reader
  // passes the same interned string each time, so this is a pointer compare.
  const seenServices: string[] = [];
  const seenLimits: number[] = [];
  function limitOf(service: string): number | undefined {
    for (let i = 0; i < seenServices.length; i++) if (seenServices[i] === service) return seenLimits[i];
    const limit = o.withinMax.get(service);
    if (limit !== undefined && seenServices.length < 16) {
      seenServices.push(service);
      seenLimits.push(limit);
    }
    return limit;
  }

  function add(record: WaitingRecord, line?: number): void {
    total++;
    const at = line ?? record.line;
    const limit = limitOf(record.service);
    if (limit === undefined) {
      reject("unknown_service", `service ${show(record.service)} is not one of ${[...limits.keys()].join(", ")}`, at);
      return;
    }
    const rv = record.received;
    const received = typeof rv === "number" && (rv | 0) === rv && rv >= FIRST_DAY && rv <= LAST_DAY ? rv : slowDay(rv, "received", at);
    if (received !== received) return;
    const sv = record.started;
    let started = -1;
    let isWaiting = false;
    if (sv === null) isWaiting = true;
    else {
      started = typeof sv === "number" && (sv | 0) === sv && sv >= FIRST_DAY && sv <= LAST_DAY ? sv : slowDay(sv, "started", at);
      if (started !== started) return;
    }
    const days = started - received;
    if (!isWaiting) {
      if (days < 0) {
        reject("start_before_referral", `care started ${isoOf(started)}, before the referral was received ${isoOf(received)}`, at);
        return;
      }
      if (days > maxWait) {
        reject("wait_too_long", `a wait of ${days} days (${isoOf(received)} to ${isoOf(started)}) is longer than ${maxWait} days`, at);
        return;
      }
    }
    const latest = isWaiting ? received : started;
    if (latest > asOf) {
      reject("after_as_of", `${isWaiting ? "received" : "started"} ${isoOf(latest)} is after the extraction date ${isoOf(asOf)}`, at);
      return;
    }
    for (let i = 0; i < depth; i++) {
      const v = fieldValue(record, fields[i]!, at);
      if (v === undefined) return;
      values[i] = v;
    }
    const group = groupOf();
    if (latest > maxDay) maxDay = latest;
    const pr = table[received - FIRST_DAY]!;
    if (isWaiting) {
      waiting++;
      cellAt(group, pr).delta++;
      return;
    }
    completed++;
    const ps = table[started - FIRST_DAY]!;
    const cell = cellAt(group, ps);
    cell.n++;
    cell.sum += days;
    if (days <= limit) cell.within++; // limit: the longest wait within, in whole days
    addDays(cell, days, denseLength);
    if (ps !== pr) {
      cell.delta--;
      cellAt(group, pr).delta++;
    }
  }

  function addIssue(issue: { readonly code: string; readonly message: string; readonly line?: number }): void {
    total++;
    reject(issue.code, issue.message, issue.line);
  }

  function compareGroups(a: Group, b: Group): number {
    for (let i = 0; i < depth; i++) {
      const x = a.values[i]!;
      const y = b.values[i]!;
      if (x === y) continue;
      if (groupBy[i] === "ageBand") return o.bandRank.get(x)! - o.bandRank.get(y)!;
      return x < y ? -1 : 1;
    }
    return 0;
  }

  function result(): WaitingTimeResult {
    const rows: WaitingTimeRow[] = [];
    const last = o.asOf !== undefined ? table[o.asOf - FIRST_DAY]! : maxDay === Number.NEGATIVE_INFINITY ? -1 : table[maxDay - FIRST_DAY]!;
    const serviceAt = groupBy.indexOf("service");
    for (const group of [...groups].sort(compareGroups)) {
      const key: Partial<Record<WaitingGroupField, string>> = {};
      groupBy.forEach((f, i) => (key[f] = group.values[i]!));
      Object.freeze(key);
      const limitDays = serviceAt < 0 ? null : (limits.get(group.values[serviceAt]!) ?? null);
      const limitComparator = serviceAt < 0 ? null : (o.comparators.get(group.values[serviceAt]!) ?? null);
      let still = 0;
      for (let p = group.offset; p >= 0 && p <= last; p++) {
        const cell = group.cells[p - group.offset];
        if (cell !== undefined) still += cell.delta;
        const n = cell?.n ?? 0;
        if (n === 0 && still === 0) continue;
        const [median, p90] = cell !== undefined && n > 0 ? valuesAtRanks(cell, [discRank(n, 1, 2), discRank(n, 9, 10)]) : [];
        rows.push({
          group: key,
          period: periodLabel(period, p),
          completed: n,
          totalDays: cell?.sum ?? 0,
          meanDays: n > 0 ? cell!.sum / n : null,
          medianDays: median ?? null,
          p90Days: p90 ?? null,
          withinLimit: cell?.within ?? 0,
          shareWithinLimit: n > 0 ? cell!.within / n : null,
          limitDays,
          limitComparator,
          stillWaiting: still,
        });
      }
    }
    return deepFreeze({
      groupBy: [...groupBy],
      period,
      rows,
      records: { total, completed, waiting, rejected },
      rejectedByCode: Object.fromEntries([...byCode].sort(([a], [b]) => (a < b ? -1 : 1))),
      issues: [...issues],
      issuesTruncated: truncated,
    });
  }

  return Object.freeze({ add, addIssue, result });
}
