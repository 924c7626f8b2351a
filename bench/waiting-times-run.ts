/**
 * One contender of the waiting-time benchmark, run in its own process by
 * `waiting-times.bench.ts` (so each gets a clean heap and its own peak RSS):
 *
 *   node --conditions=@opptrapping/source --import tsx bench/waiting-times-run.ts <ours|duckdb|arquero> <file.csv> <nb|iso> <out.json>
 *
 * Each reads the SYNTHETIC referral file end to end and computes, per service × RHF × month
 * of the start of care, for completed waits of 0–1826 days of a known service: count, mean,
 * median and 90th percentile as `quantile_disc`, and the share within the service's limit
 * (≤ PHBU 35, PHV 40, TSB 30 days). The result groups go to `out.json` for the agreement check.
 * Ours runs with output suppression on (`suppressWaitingTimes`, k = 5, totals over RHFs
 * published), as results leaving the data's home would; its time includes that step.
 */
import { closeSync, fstatSync, openSync, readSync, writeFileSync } from "node:fs";
import { LIMITS, type Flavour } from "./waiting-times-data.js";

/** One group: service, RHF, month, count, mean, median, p90, share within the limit. */
export type GroupRow = [string, string, string, number, number, number, number, number];

/** What a contender reports. */
export interface RunReport {
  readonly contender: string;
  readonly file: string;
  /** Referral rows in the file (records read, bad ones included). */
  readonly rows: number;
  readonly ms: number;
  /** Peak resident set size of the whole process, MB. */
  readonly peakRssMb: number;
  readonly groups: readonly GroupRow[];
  readonly note?: string;
}

const [contender, file, flavour, out] = process.argv.slice(2) as [string, string, Flavour, string];
const nb = flavour === "nb";

// Only this contender's modules are loaded, before the clock starts: the time is the work on the file.
const oursModules = contender === "ours"
  ? { ...(await import("@opptrapping/adapters/csv")), ...(await import("@opptrapping/adapters/node")), ...(await import("@opptrapping/indicators")) }
  : undefined;
const duckModule = contender === "duckdb" ? await import("@duckdb/node-api") : undefined;
const aqModule = contender === "arquero" ? await import("arquero") : undefined;

async function ours(): Promise<Omit<RunReport, "contender" | "file" | "ms" | "peakRssMb">> {
  const { readReferralsInto, readFileChunks, createWaitingTimeAccumulator, suppressWaitingTimes } = oursModules!;
  const acc = createWaitingTimeAccumulator({ groupBy: ["service", "rhf"], period: "month", limits: LIMITS, limitComparator: "<=" });
  const summary = await readReferralsInto(acc, readFileChunks(file, { reuseBuffer: true }), {
    columns: { service: "tjeneste", rhf: "rhf", received: "mottatt", started: "startet" },
    dateFormat: nb ? "nb" : "iso",
    encoding: nb ? "latin1" : "utf-8",
  });
  const result = suppressWaitingTimes(acc.result(), { minCount: 5, margins: ["rhf"] });
  const groups = result.rows
    .filter((r) => r.suppressed === null && r.completed > 0)
    .map((r): GroupRow => [r.group.service!, r.group.rhf!, r.period, r.completed!, r.meanDays!, r.medianDays!, r.p90Days!, r.shareWithinLimit!]);
  const { primary, secondary } = result.suppression;
  return { rows: summary.records + summary.issues, groups, note: `rejected ${JSON.stringify(result.rejectedByCode)}; suppressed ${primary} primary, ${secondary} secondary` };
}

async function duckdb(): Promise<Omit<RunReport, "contender" | "file" | "ms" | "peakRssMb">> {
  const instance = await duckModule!.DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const path = file.replaceAll("'", "''");
  const sql = `
    WITH r AS (
      SELECT tjeneste AS service, rhf, startet AS started, startet - mottatt AS days
      FROM read_csv('${path}', header = true, delim = '${nb ? ";" : ","}', quote = '"', escape = '"',
        dateformat = '${nb ? "%d.%m.%Y" : "%Y-%m-%d"}', encoding = '${nb ? "latin-1" : "utf-8"}',
        columns = {'henvisning_id': 'BIGINT', 'tjeneste': 'VARCHAR', 'rhf': 'VARCHAR', 'hf': 'VARCHAR', 'kommune': 'VARCHAR',
                   'kjonn': 'VARCHAR', 'alder': 'INTEGER', 'mottatt': 'DATE', 'startet': 'DATE', 'merknad': 'VARCHAR'})
    ), counted AS (SELECT count(*) AS n FROM r)
    SELECT service, rhf, strftime(started, '%Y-%m') AS month, count(*) AS n, avg(days) AS mean,
      quantile_disc(days, 0.5) AS median, quantile_disc(days, 0.9) AS p90,
      avg(CASE WHEN days <= CASE service ${Object.entries(LIMITS).map(([s, l]) => `WHEN '${s}' THEN ${l}`).join(" ")} END THEN 1 ELSE 0 END) AS share,
      (SELECT n FROM counted) AS total
    FROM r
    WHERE started IS NOT NULL AND days BETWEEN 0 AND 1826 AND service IN (${Object.keys(LIMITS).map((s) => `'${s}'`).join(", ")})
    GROUP BY ALL ORDER BY ALL`;
  const reader = await connection.runAndReadAll(sql);
  const rows = reader.getRowObjectsJS() as { service: string; rhf: string; month: string; n: bigint | number; mean: number; median: bigint | number; p90: bigint | number; share: number; total: bigint | number }[];
  connection.closeSync();
  instance.closeSync();
  const groups = rows.map((r): GroupRow => [r.service, r.rhf, r.month, Number(r.n), r.mean, Number(r.median), Number(r.p90), r.share]);
  return { rows: Number(rows[0]?.total ?? 0), groups, note: "read_csv + SQL (avg, quantile_disc), default threads" };
}

async function arquero(): Promise<Omit<RunReport, "contender" | "file" | "ms" | "peakRssMb">> {
  const aq = aqModule!;
  // Arquero's own quantile interpolates; quantile_disc (the ⌈n·q⌉-th smallest) is registered
  // as custom aggregates over the same sorted value list Arquero's median uses.
  const disc = (num: number, den: number) => ({
    create: () => ({
      init: () => {},
      add: () => {},
      rem: () => {},
      value: (s: { list: { values(copy?: boolean): number[] } }) => {
        const v = s.list.values(true).sort((a, b) => a - b);
        return v[Math.max(1, Math.floor((v.length * num + den - 1) / den)) - 1];
      },
    }),
    param: [1],
    req: ["array_agg"],
  });
  aq.addAggregateFunction("disc_median", disc(1, 2) as never, { override: true });
  aq.addAggregateFunction("disc_p90", disc(9, 10) as never, { override: true });
  const toDay = nb
    ? (s: string) => (s === "" ? null : Date.UTC(Number(s.slice(6, 10)), Number(s.slice(3, 5)) - 1, Number(s.slice(0, 2))) / 86_400_000)
    : (s: string) => (s === "" ? null : Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / 86_400_000);
  const names = ["henvisning_id", "tjeneste", "rhf", "hf", "kommune", "kjonn", "alder", "mottatt", "startet", "merknad"];
  const parse = { mottatt: toDay, startet: toDay };
  // A file larger than V8's longest string (~512 MB) is read in line-aligned pieces of 128 MB,
  // each parsed by fromCSV, then concatenated: the whole table is held, as Arquero works in memory.
  const fd = openSync(file, "r");
  const size = fstatSync(fd).size;
  const decoder = new TextDecoder(nb ? "windows-1252" : "utf-8");
  const pieces: ReturnType<typeof aq.fromCSV>[] = [];
  const piece = 128 << 20;
  let carry = new Uint8Array(0);
  let offset = 0;
  let first = true;
  while (offset < size || carry.length > 0) {
    const buf = new Uint8Array(carry.length + Math.min(piece, size - offset));
    buf.set(carry);
    const got = readSync(fd, buf, carry.length, buf.length - carry.length, offset);
    offset += got;
    // Cut after the last line feed outside quotes (the file's quoted notes may hold line feeds).
    let cut = buf.length;
    if (offset < size) {
      let quoted = false;
      let lastLf = -1;
      for (let i = 0; i < buf.length; i++) {
        if (buf[i] === 34) quoted = !quoted;
        else if (buf[i] === 10 && !quoted) lastLf = i;
      }
      cut = lastLf + 1;
    }
    const text = decoder.decode(buf.subarray(0, cut));
    carry = buf.slice(cut);
    pieces.push(aq.fromCSV(text, { delimiter: nb ? ";" : ",", header: first, names, autoType: false, parse }));
    first = false;
    if (offset >= size && carry.length === 0) break;
  }
  closeSync(fd);
  let table = pieces[0]!;
  if (pieces.length > 1) table = table.concat(...pieces.slice(1));
  const rows = table.numRows();
  const limit = LIMITS as Record<string, number>;
  const monthOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 7);
  type Row = { tjeneste: string; mottatt: number; startet: number | null; days: number };
  const result = table
    .derive({ days: aq.escape((d: Row) => (d.startet === null ? null : d.startet - d.mottatt)) })
    .filter(aq.escape((d: Row) => d.startet !== null && d.days >= 0 && d.days <= 1826 && limit[d.tjeneste] !== undefined))
    .derive({
      month: aq.escape((d: Row) => monthOf(d.startet!)),
      within: aq.escape((d: Row) => (d.days <= limit[d.tjeneste]! ? 1 : 0)),
    })
    .groupby("tjeneste", "rhf", "month")
    .rollup({
      n: aq.op.count(),
      mean: aq.op.mean("days"),
      median: "d => op.disc_median(d.days)",
      p90: "d => op.disc_p90(d.days)",
      share: aq.op.mean("within"),
    })
    .orderby("tjeneste", "rhf", "month");
  const groups = result.objects().map((r) => {
    const o = r as { tjeneste: string; rhf: string; month: string; n: number; mean: number; median: number; p90: number; share: number };
    return [o.tjeneste, o.rhf, o.month, o.n, o.mean, o.median, o.p90, o.share] as GroupRow;
  });
  return { rows, groups, note: "fromCSV in 128 MB pieces + concat, groupby/rollup, custom quantile_disc aggregates" };
}

const run = { ours, duckdb, arquero }[contender];
if (!run) throw new Error(`unknown contender ${contender}`);
const t0 = performance.now();
const result = await run();
const ms = performance.now() - t0;
const report: RunReport = { contender, file, ms, peakRssMb: process.resourceUsage().maxRSS / 1024, ...result };
writeFileSync(out, JSON.stringify(report));
console.log(JSON.stringify({ contender, rows: report.rows, ms: Math.round(ms), peakRssMb: Math.round(report.peakRssMb), groups: report.groups.length }));
