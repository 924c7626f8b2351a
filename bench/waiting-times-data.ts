/**
 * SYNTHETIC referral files for the waiting-time benchmark — seeded, not real data.
 *
 * One row per referral: id, service (PHBU/PHV/TSB), RHF name, HF, municipality, sex, age,
 * date received, date care started (empty while still waiting) and a free-text note that is
 * quoted in about 1 % of rows (with the delimiter inside, 1 in 20 of those with a line break
 * and doubled quotes), so every reader goes through its quoted path. A few rows per hundred
 * thousand are deliberately bad (care starting before the referral, an unknown service code),
 * so every contender has to filter the same rows.
 *
 * Two flavours, one date format each:
 * - `nb`: `;`-delimited, Latin-1, CRLF line ends, dates `dd.mm.yyyy` (a Norwegian spreadsheet export);
 * - `iso`: `,`-delimited, UTF-8, LF line ends, dates `yyyy-mm-dd`.
 */
import { mulberry32 } from "./synthetic.js";

/** The file flavours; see the module comment. */
export type Flavour = "nb" | "iso";

/** What a generated file looks like, for the readers that need to be told. */
export interface FileSpec {
  readonly flavour: Flavour;
  readonly delimiter: string;
  readonly encoding: "latin1" | "utf-8";
  readonly rows: number;
}

export const RHF_NAMES = ["Helse Sør-Øst", "Helse Vest", "Helse Midt-Norge", "Helse Nord"] as const;
const HFS: readonly (readonly string[])[] = [
  ["Oslo universitetssykehus HF", "Akershus universitetssykehus HF", "Vestre Viken HF", "Sykehuset Innlandet HF", "Sykehuset i Vestfold HF", "Sørlandet sykehus HF"],
  ["Helse Bergen HF", "Helse Stavanger HF", "Helse Fonna HF", "Helse Førde HF"],
  ["St. Olavs hospital HF", "Helse Møre og Romsdal HF", "Helse Nord-Trøndelag HF"],
  ["Universitetssykehuset Nord-Norge HF", "Nordlandssykehuset HF", "Helgelandssykehuset HF", "Finnmarkssykehuset HF"],
];
const COUNTIES: readonly (readonly string[])[] = [["03", "31", "32", "33", "34", "39", "40", "42"], ["11", "46"], ["15", "50"], ["18", "55", "56"]];
const RHF_WEIGHTS = [0.56, 0.21, 0.13, 0.1];
const SERVICES = ["PHBU", "PHV", "TSB"] as const;
const SERVICE_WEIGHTS = [0.3, 0.55, 0.15];
/** Mean wait in days by service and RHF, loosely around the plan's limits (SYNTHETIC). */
const MEAN_WAIT = [
  [40, 36, 42, 45],
  [44, 41, 46, 50],
  [30, 28, 33, 35],
];

const FIRST_DAY = Date.UTC(2023, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2025, 11, 31) / 86_400_000;

function pick(weights: readonly number[], u: number): number {
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i]!;
    if (u < acc) return i;
  }
  return weights.length - 1;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function formatDay(day: number, flavour: Flavour): string {
  const d = new Date(day * 86_400_000);
  const y = d.getUTCFullYear();
  const m = pad2(d.getUTCMonth() + 1);
  const dd = pad2(d.getUTCDate());
  return flavour === "iso" ? `${y}-${m}-${dd}` : `${dd}.${m}.${y}`;
}

/**
 * Yields the file in pieces of about `pieceBytes` characters (header first). Seeded: the same
 * arguments give the same file.
 */
export function* syntheticReferralCsv(rows: number, flavour: Flavour, seed = 20_250_615, pieceBytes = 1 << 20): Generator<string> {
  const random = mulberry32(seed);
  const sep = flavour === "nb" ? ";" : ",";
  const eol = flavour === "nb" ? "\r\n" : "\n";
  // Dates are formatted from a cache: the synthetic range is only ~1 100 days plus waits.
  const dayText = new Map<number, string>();
  const fmt = (day: number) => {
    let s = dayText.get(day);
    if (s === undefined) dayText.set(day, (s = formatDay(day, flavour)));
    return s;
  };
  let out = ["henvisning_id", "tjeneste", "rhf", "hf", "kommune", "kjonn", "alder", "mottatt", "startet", "merknad"].join(sep) + eol;
  for (let i = 1; i <= rows; i++) {
    const r = pick(RHF_WEIGHTS, random());
    const s = pick(SERVICE_WEIGHTS, random());
    const hfs = HFS[r]!;
    const hf = hfs[Math.floor(random() * hfs.length)]!;
    const counties = COUNTIES[r]!;
    const municipality = counties[Math.floor(random() * counties.length)]! + pad2(1 + Math.floor(random() * 30));
    const sex = random() < 0.55 ? "K" : "M";
    const age = s === 0 ? Math.floor(random() * 18) : 18 + Math.floor(random() * 62);
    const received = FIRST_DAY + Math.floor(random() * (LAST_DAY - FIRST_DAY + 1));
    // Exponential-ish waits with a floor, plus a long tail (SYNTHETIC).
    const mean = MEAN_WAIT[s]![r]!;
    let wait = Math.floor(-Math.log(1 - random()) * mean * 0.85 + mean * 0.15);
    if (random() < 0.002) wait += 200 + Math.floor(random() * 400);
    let started: number | null = received + wait;
    if (started > LAST_DAY || random() < 0.01) started = null;
    let service: string = SERVICES[s]!;
    const bad = random();
    if (bad < 0.00003 && started !== null) started = received - 1 - Math.floor(random() * 20);
    else if (bad < 0.00005) service = "XYZ";
    let note = "";
    const q = random();
    if (q < 0.01) {
      note = q < 0.0005 ? `"henvist på nytt${sep} se ""notat""${eol}linje 2"` : `"prioritert${sep} rett til helsehjelp"`;
    }
    out += `${i}${sep}${service}${sep}${RHF_NAMES[r]}${sep}${hf}${sep}${municipality}${sep}${sex}${sep}${age}${sep}${fmt(received)}${sep}${started === null ? "" : fmt(started)}${sep}${note}${eol}`;
    if (out.length >= pieceBytes) {
      yield out;
      out = "";
    }
  }
  if (out.length > 0) yield out;
}

/** The spec of a flavour. */
export function fileSpec(flavour: Flavour, rows: number): FileSpec {
  return flavour === "nb" ? { flavour, delimiter: ";", encoding: "latin1", rows } : { flavour, delimiter: ",", encoding: "utf-8", rows };
}

/** The synthetic limits of the benchmark: the plan's long-run limits (PHBU 35, PHV 40, TSB 30 days). */
export const LIMITS = { PHBU: 35, PHV: 40, TSB: 30 } as const;
