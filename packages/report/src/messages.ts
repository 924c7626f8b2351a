import type { IndicatorUnit } from "@opptrapping/core";
import type { BaselineBasis, Colour, ForecastMethod, MilestoneCheck, Status } from "@opptrapping/sdk";

/** A report language: Norwegian bokmål, nynorsk or English. */
export type Lang = "nb" | "nn" | "en";

/**
 * Every language a report can be written in.
 *
 * @example
 * ```ts
 * import { LANGS } from "@opptrapping/report";
 * LANGS.includes("nn"); // true
 * ```
 */
export const LANGS = ["nb", "nn", "en"] as const satisfies readonly Lang[];

/**
 * Every word the report prints, for one language. Renderers take all wording from here, so a
 * new language is one more table and a new field of the evaluation is one more entry.
 */
export interface Messages {
  /** The language tag for `<html lang>`. */
  readonly htmlLang: string;
  readonly asOf: (date: string) => string;
  readonly status: Readonly<Record<Status, string>>;
  /** The headline's four parts: "N av 8 resultatmål i rute", "N i fare", "N ikke i rute", "N uten nok data". */
  readonly headline: (c: { readonly onTrack: number; readonly atRisk: number; readonly offTrack: number; readonly noData: number; readonly total: number }) => readonly [string, string, string, string];
  readonly headlineTitle: string;
  /** The budget in one line: the source's claim, the library's calculation, the assumption it rests on. */
  readonly budgetLine: (b: BudgetWords) => string;
  /** A budget verdict in words. */
  readonly budgetVerdict: Readonly<Record<"onTrack" | "behind" | "undetermined" | "unknown", string>>;
  /** Labels of the budget section's parts. */
  readonly budgetParts: { readonly claim: string; readonly calculation: string; readonly assumption: string; readonly prices: string; readonly uncertainty: string; readonly undated: (n: number) => string };
  /** Column heads of the sensitivity table, and the mark of the reading the calculation uses. */
  readonly sensitivityColumns: { readonly path: string; readonly expected: (year: number) => string; readonly verdict: string; readonly used: string };
  readonly milestonesLine: (c: { readonly overdue: number; readonly notReported: number; readonly upcoming: number; readonly next: string | null }) => string;
  /** The data vintage: the latest data period, and the day measure and milestone states were recorded ("not updated since" when the report is later). */
  readonly vintage: (data: string | null, states: string, stale: boolean) => string;
  readonly coverage: (targetsAssessed: number, targets: number, goalsAssessed: number, goals: number) => string;
  readonly goalCoverage: (assessed: number, total: number) => string;
  readonly areaCoverage: (assessed: number, total: number) => string;
  readonly partial: string;
  /** A goal's missed interim milestones: "Delmål ikke nådd: …". */
  readonly missedMilestones: (list: string) => string;
  readonly sections: {
    readonly summary: string;
    readonly goals: string;
    readonly budget: string;
    readonly measures: string;
    readonly milestones: string;
    readonly dataGaps: string;
    readonly sources: string;
    readonly legend: string;
    readonly overview: string;
  };
  readonly columns: {
    readonly goal: string;
    readonly status: string;
    readonly latest: string;
    readonly target: string;
    readonly trend: string;
    readonly source: string;
    readonly period: string;
    readonly value: string;
    readonly due: string;
    readonly milestone: string;
    readonly standing: string;
    readonly year: string;
    readonly path: string;
    readonly allocated: string;
    readonly assessed: string;
  };
  readonly milestoneGroup: Readonly<Record<"overdue" | "notReported" | "upcoming", string>>;
  readonly measureState: Readonly<Record<"delivered" | "inProgress" | "planned" | "phasedOut" | "unknown", string>>;
  /** The plan's own measures, and other policy the sources mention. */
  readonly measureScope: Readonly<Record<"plan" | "related", string>>;
  readonly none: string;
  readonly noValue: string;
  readonly unit: Readonly<Record<IndicatorUnit, string>>;
  readonly trend: (arrow: string, perYear: string, improving: boolean) => string;
  readonly noTrend: string;
  readonly latest: (value: string, period: string) => string;
  readonly targetValue: (value: string) => string;
  readonly baseline: (value: string, period: string, basis: BaselineBasis) => string;
  readonly forecast: (value: string, year: string, method: string) => string;
  /** The straight line left the indicator's possible values and was cut at the edge. */
  readonly forecastClamped: (unclamped: string, value: string) => string;
  /** Progress since the baseline against what the straight path to the target requires by now (shares of the distance, as percentages). */
  readonly pace: (observed: string, required: string) => string;
  /** The latest value cannot settle achievement. */
  readonly notFinal: Readonly<Record<"provisional" | "not_reporting_period", string>>;
  /** One interim milestone of a target, and what the data says of it. */
  readonly milestoneCheck: (state: MilestoneCheck["state"], period: string, value: string, observed: string | null) => string;
  /** A break in the series: earlier values are left out. */
  readonly seriesBreak: (period: string) => string;
  /** Figures shown but left off the line, their period not comparable with the reporting period. */
  readonly notComparable: (list: string) => string;
  readonly forecastMethod: Readonly<Record<ForecastMethod, string>>;
  readonly basedOn: (n: number, list: string) => string;
  readonly noneUsed: string;
  readonly provisional: string;
  readonly insufficient: Readonly<Record<string, string>>;
  readonly insufficientFallback: string;
  readonly describe: {
    readonly relativeFrom: (change: string, baseline: string | null) => string;
    readonly direction: (lower: boolean, baseline: string | null) => string;
    readonly coverage: (value: string) => string;
    readonly noDecline: (baseline: string | null) => string;
    readonly capacity: (increase: string, baseline: string | null) => string;
    readonly gap: (reference: string) => string;
    readonly growthExceeds: (reference: string) => string;
    readonly by: (year: number) => string;
    readonly longRun: string;
  };
  readonly chart: {
    readonly target: (value: string) => string;
    readonly baseline: (period: string) => string;
    readonly interim: (period: string) => string;
    readonly deadline: (year: string) => string;
    /** A long-run target's deadline: judged against the plan's last year. */
    readonly longRun: (year: string) => string;
    readonly longRunShort: (year: string) => string;
    readonly baselineWord: string;
    readonly forecast: string;
    readonly measured: string;
    readonly provisional: string;
    readonly noData: string;
    readonly tableCaption: string;
    readonly description: (parts: { readonly points: number; readonly first: string | null; readonly last: string | null; readonly target: string | null; readonly status: string }) => string;
    readonly budgetTitle: string;
    readonly budgetPath: string;
    readonly budgetAllocated: string;
    readonly budgetReported: string;
    readonly budgetCommitment: (amount: string) => string;
    /** The legend entry of the other readings of the phase-in (each line names itself in its tooltip and the sensitivity table). */
    readonly budgetOtherPaths: string;
    /** The chart's text alternative: the claim (or the calculation's amount), the path's expectation, the commitment. */
    readonly budgetDescription: (actual: string | null, path: string, expected: string, year: number, amount: string) => string;
    readonly moneyUnit: string;
    /** A figure shown but not on the line (its period is not comparable). */
    readonly notComparable: string;
    readonly seriesBreak: (period: string) => string;
    /** An interim milestone's state, after its label. */
    readonly interimState: Readonly<Record<MilestoneCheck["state"], string>>;
  };
  readonly sectionIntro: (n: number) => string;
  readonly source: string;
  readonly introduction: string;
  readonly sensitivity: string;
  readonly colourName: Readonly<Record<Colour, string>>;
}

/** What the budget line needs, already formatted. */
export interface BudgetWords {
  /** What the source states, when a report counts by the date. */
  readonly claim: {
    /** The figure as stated: the source's words (`omlag 1,2 mrd. kroner`) or the amount with its qualifier. */
    readonly figure: string;
    /** "om lag" read as a range (`1,14–1,26 mrd. kr`); null for an exact figure. */
    readonly range: string | null;
    readonly date: string;
    /** Whether the source says it is on track; null when it does not say. */
    readonly claimedOnTrack: boolean | null;
    readonly source: string;
  } | null;
  /** The library's calculation on the assumed path; `unknown` when nothing is known (never NOK 0). */
  readonly calculation:
    | { readonly kind: "unknown" }
    | { readonly kind: "computed"; readonly verdict: string; readonly actual: string; readonly basis: "reported" | "allocations"; readonly expected: string; readonly year: number };
  /** The assumed path in words: `11 like store steg 2023–2033`. */
  readonly path: string;
  readonly readings: "agree" | "disagree" | "unknown";
  /** Where the readings disagree: the other verdicts with their paths, e.g. `bak banen med framtung 2023–2033`. */
  readonly others: readonly string[];
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const nb: Messages = {
  htmlLang: "nb",
  asOf: (d) => `per ${d}`,
  status: { achieved: "nådd", onTrack: "i rute", atRisk: "i fare", offTrack: "ikke i rute", insufficientData: "for lite data" },
  headline: (c) => [`${c.onTrack} av ${c.total} resultatmål i rute`, `${c.atRisk} i fare`, `${c.offTrack} ikke i rute`, `${c.noData} uten nok data`],
  headlineTitle: "Kort fortalt",
  budgetLine: (b) =>
    `Penger: ${
      b.claim
        ? `kilden oppgir ${b.claim.figure}${b.claim.range ? ` (lest som ${b.claim.range})` : ""} per ${b.claim.date}${b.claim.claimedOnTrack === true ? ", i rute" : b.claim.claimedOnTrack === false ? ", ikke i rute" : ""} ${b.claim.source}`
        : "ingen rapport fra kildene om samlet økning"
    }. Beregnet: ${
      b.calculation.kind === "unknown"
        ? "ukjent (ingen rapport og ingen bevilgning med kjent varighet; det betyr ikke 0 kr)"
        : `${b.calculation.verdict}, ${b.calculation.basis === "reported" ? "" : "varige bevilgninger "}${b.calculation.actual} mot ${b.calculation.expected} ventet ved utgangen av ${b.calculation.year}`
    }. Antakelse: ${b.path}${b.readings === "disagree" ? `; andre baner: ${b.others.join("; ")}` : b.readings === "agree" ? "; alle baner gir samme svar" : ""}.`,
  budgetVerdict: { onTrack: "i rute", behind: "bak banen", undetermined: "kan ikke avgjøres", unknown: "ukjent" },
  budgetParts: {
    claim: "Kildens påstand",
    calculation: "Beregning",
    assumption: "Antakelse",
    prices: "Priser",
    uncertainty: "Usikkerhet",
    undated: (n) => `${n} ${plural(n, "bevilgning", "bevilgninger")} uten budsjettår er ikke med i beregningen.`,
  },
  sensitivityColumns: { path: "Bane", expected: (y) => `Ventet ved utgangen av ${y}`, verdict: "Svar", used: "brukt i beregningen" },
  milestonesLine: (c) => `Milepæler: ${c.overdue} forfalt · ${c.notReported} ikke rapportert · ${c.upcoming} kommende${c.next ? ` (neste: ${c.next})` : ""}`,
  vintage: (data, states, stale) => `Data per ${data ?? "–"}; status for tiltak og milepæler per ${states}${stale ? ", ikke oppdatert siden" : ""}`,
  coverage: (ta, t, ga, g) => `Vurdert: ${ta} av ${t} ${plural(t, "målsetting", "målsettinger")}, ${ga} av ${g} resultatmål`,
  goalCoverage: (a, t) => (t === 0 ? "ingen målsetting med indikator i kildene" : `${a} av ${t} ${plural(t, "målsetting", "målsettinger")} vurdert`),
  areaCoverage: (a, t) => `${a} av ${t} resultatmål vurdert`,
  partial: "delvis vurdert",
  missedMilestones: (list) => `Delmål ikke nådd: ${list}`,
  sections: {
    summary: "Kort fortalt",
    goals: "Resultatmål",
    budget: "Opptrapping av bevilgninger",
    measures: "Tiltak",
    milestones: "Milepæler som forfaller eller er forfalt",
    dataGaps: "Hva som mangler data",
    sources: "Kilder",
    legend: "Slik leser du figurene",
    overview: "Oversikt",
  },
  columns: {
    goal: "Resultatmål",
    status: "Vurdering",
    latest: "Siste måling",
    target: "Målsetting",
    trend: "Utvikling",
    source: "Kilde",
    period: "Periode",
    value: "Verdi",
    due: "Frist",
    milestone: "Milepæl",
    standing: "Stilling",
    year: "År",
    path: "Ventet på banen",
    allocated: "Varig bevilget",
    assessed: "Vurdert",
  },
  milestoneGroup: { overdue: "forfalt", notReported: "ikke rapportert", upcoming: "kommende" },
  measureState: { delivered: "levert", inProgress: "under arbeid", planned: "planlagt", phasedOut: "faset ut", unknown: "status ikke oppgitt" },
  measureScope: { plan: "Planens egne tiltak", related: "Annen politikk kildene nevner" },
  none: "ingen",
  noValue: "–",
  unit: { days: "dager", percent: "prosent", share: "prosent", count: "antall", years: "år", nok: "kroner", per100k: "per 100 000", places: "plasser", index: "indeks" },
  trend: (arrow, perYear, improving) => `${arrow} ${perYear} per år, ${improving ? "bedring" : "ikke bedring"}`,
  noTrend: "for få målinger til å se en utvikling",
  latest: (v, p) => `Siste måling ${v} (${p}).`,
  targetValue: (v) => `Målverdi ${v}.`,
  baseline: (v, p, basis) => `Utgangsnivå ${v} (${p}; ${basis === "stated" ? "oppgitt i målet" : basis === "statedPeriod" ? "perioden er oppgitt i målet" : "valgt etter planens regel"}).`,
  forecast: (v, y, m) => `Fremskrevet til ${y}: ${v} (${m}).`,
  forecastClamped: (u, v) => `Den rette linjen ville gitt ${u}, som ikke er mulig; fremskrivingen er satt til ${v}.`,
  pace: (o, r) => `Framgang: ${o} av veien fra utgangsnivået til målet; en jevn bane dit krever ${r} nå.`,
  notFinal: { provisional: "Siste måling er foreløpig, så målet kan ikke regnes som nådd på den.", not_reporting_period: "Siste måling gjelder ikke en hel rapporteringsperiode, så målet kan ikke regnes som nådd på den." },
  milestoneCheck: (state, p, v, o) =>
    state === "met"
      ? `Delmålet for ${p} (${v}) er nådd${o ? ` (${o})` : ""}.`
      : state === "missed"
        ? `Delmålet for ${p} (${v}) ble ikke nådd${o ? ` (${o})` : ""}.`
        : state === "noData"
          ? `Delmålet for ${p} (${v}): ingen måling for perioden.`
          : `Delmål for ${p}: ${v}.`,
  seriesBreak: (p) => `Brudd i serien fra ${p}: tidligere tall er ikke sammenlignbare og er ikke brukt.`,
  notComparable: (list) => `Vist, men ikke med i utviklingen fordi perioden ikke kan sammenlignes med årstallene: ${list}.`,
  forecastMethod: {
    linearLeastSquares: "rett linje gjennom målingene",
    timeWeightedLeastSquares: "rett linje der nye målinger teller mest",
    lastValue: "siste måling videreført",
  },
  basedOn: (n, list) => `Bygger på ${n} ${plural(n, "måling", "målinger")}: ${list}.`,
  noneUsed: "Ingen målinger ennå.",
  provisional: "foreløpig",
  insufficient: {
    no_observations: "Ingen målinger ennå.",
    too_few_points: "For få målinger til å vurdere utviklingen.",
    no_baseline: "Utgangsnivået mangler.",
    zero_denominator: "Nevneren er null, så andelen kan ikke regnes ut.",
    no_reference: "Mangler data for tallene målet sammenlignes med.",
    not_measurable: "Kildene gir ingen indikator som kan måles.",
    no_data_for_deadline: "Mangler data for fristperioden.",
    no_national_data: "Mangler tall for hele landet; tallene for deler av landet kan ikke legges sammen til et landstall.",
    no_comparable_observations: "Ingen målinger for en periode som kan sammenlignes med rapporteringsperioden.",
  },
  insufficientFallback: "For lite data til å vurdere målet.",
  describe: {
    relativeFrom: (c, b) => `${c} fra ${b ?? "utgangsnivået (ikke oppgitt i kildene)"}`,
    direction: (lower, b) => `${lower ? "lavere" : "høyere"} enn ${b ?? "utgangsnivået"}`,
    coverage: (v) => `dekning ${v}`,
    noDecline: (b) => `ingen nedgang fra ${b ?? "utgangsnivået"}`,
    capacity: (inc, b) => `økning på ${inc}${b ? ` fra ${b}` : ""}`,
    gap: (r) => `forskjellen til «${r}» minsker`,
    growthExceeds: (r) => `veksten er større enn «${r}»`,
    by: (y) => `innen ${y}`,
    longRun: "på sikt",
  },
  chart: {
    target: (v) => `mål ${v}`,
    baseline: (p) => `utgangsnivå ${p}`,
    interim: (p) => `delmål ${p}`,
    deadline: (y) => `frist ${y}`,
    longRun: (y) => `på sikt (vurdert mot ${y})`,
    longRunShort: (y) => `på sikt: ${y}`,
    baselineWord: "utgangsnivå",
    forecast: "fremskrevet",
    measured: "målt",
    provisional: "foreløpig tall",
    noData: "Ingen målinger ennå",
    tableCaption: "Tallene i figuren",
    description: (p) =>
      p.points === 0
        ? `Ingen målinger ennå.${p.target ? ` Målet er ${p.target}.` : ""} Vurdering: ${p.status}.`
        : `${p.points} ${plural(p.points, "måling", "målinger")}${p.first ? `, første ${p.first}` : ""}${p.last && p.points > 1 ? `, siste ${p.last}` : ""}.${p.target ? ` Målet er ${p.target}.` : ""} Vurdering: ${p.status}.`,
    budgetTitle: "Varig økning i bevilgningene mot banen til forpliktelsen",
    budgetPath: "ventet bane",
    budgetAllocated: "varig bevilget (sum)",
    budgetReported: "oppgitt av kilden",
    budgetCommitment: (a) => `forpliktelse ${a}`,
    budgetOtherPaths: "andre lesninger av innfasingen",
    budgetDescription: (actual, path, expected, year, amount) =>
      `${actual ? `Kilden oppgir ${actual}. ` : ""}Banen (${path}) venter ${expected} ved utgangen av ${year}; forpliktelsen er ${amount}.`,
    moneyUnit: "mrd. kr",
    notComparable: "ikke sammenlignbart, ikke på linjen",
    seriesBreak: (p) => `brudd i serien ${p}`,
    interimState: { met: "nådd", missed: "ikke nådd", noData: "ingen måling", pending: "ikke forfalt" },
  },
  sectionIntro: (n) => `${n} ${plural(n, "resultatmål", "resultatmål")}`,
  source: "Kilde",
  introduction: "innledningen",
  sensitivity: "Svaret med hver lesning av innfasingen",
  colourName: { green: "grønn", yellow: "gul", red: "rød", grey: "grå" },
};

const nn: Messages = {
  ...nb,
  htmlLang: "nn",
  status: { achieved: "nådd", onTrack: "i rute", atRisk: "i fare", offTrack: "ikkje i rute", insufficientData: "for lite data" },
  headline: (c) => [`${c.onTrack} av ${c.total} resultatmål i rute`, `${c.atRisk} i fare`, `${c.offTrack} ikkje i rute`, `${c.noData} utan nok data`],
  headlineTitle: "Kort fortalt",
  budgetLine: (b) =>
    `Pengar: ${
      b.claim
        ? `kjelda oppgir ${b.claim.figure}${b.claim.range ? ` (lese som ${b.claim.range})` : ""} per ${b.claim.date}${b.claim.claimedOnTrack === true ? ", i rute" : b.claim.claimedOnTrack === false ? ", ikkje i rute" : ""} ${b.claim.source}`
        : "inga rapport frå kjeldene om samla auke"
    }. Rekna ut: ${
      b.calculation.kind === "unknown"
        ? "ukjend (inga rapport og inga løyving med kjend varigheit; det tyder ikkje 0 kr)"
        : `${b.calculation.verdict}, ${b.calculation.basis === "reported" ? "" : "varige løyvingar "}${b.calculation.actual} mot ${b.calculation.expected} venta ved utgangen av ${b.calculation.year}`
    }. Føresetnad: ${b.path}${b.readings === "disagree" ? `; andre baner: ${b.others.join("; ")}` : b.readings === "agree" ? "; alle baner gir same svar" : ""}.`,
  budgetVerdict: { onTrack: "i rute", behind: "bak bana", undetermined: "kan ikkje avgjerast", unknown: "ukjend" },
  budgetParts: {
    claim: "Påstanden i kjelda",
    calculation: "Utrekning",
    assumption: "Føresetnad",
    prices: "Prisar",
    uncertainty: "Uvisse",
    undated: (n) => `${n} ${plural(n, "løyving", "løyvingar")} utan budsjettår er ikkje med i utrekninga.`,
  },
  sensitivityColumns: { path: "Bane", expected: (y) => `Venta ved utgangen av ${y}`, verdict: "Svar", used: "brukt i utrekninga" },
  milestonesLine: (c) => `Milepælar: ${c.overdue} forfalne · ${c.notReported} ikkje rapporterte · ${c.upcoming} komande${c.next ? ` (neste: ${c.next})` : ""}`,
  vintage: (data, states, stale) => `Data per ${data ?? "–"}; status for tiltak og milepælar per ${states}${stale ? ", ikkje oppdatert sidan" : ""}`,
  coverage: (ta, t, ga, g) => `Vurdert: ${ta} av ${t} ${plural(t, "målsetjing", "målsetjingar")}, ${ga} av ${g} resultatmål`,
  goalCoverage: (a, t) => (t === 0 ? "inga målsetjing med indikator i kjeldene" : `${a} av ${t} ${plural(t, "målsetjing", "målsetjingar")} vurdert`),
  areaCoverage: (a, t) => `${a} av ${t} resultatmål vurderte`,
  missedMilestones: (list) => `Delmål ikkje nådde: ${list}`,
  sections: {
    summary: "Kort fortalt",
    goals: "Resultatmål",
    budget: "Opptrapping av løyvingar",
    measures: "Tiltak",
    milestones: "Milepælar som forfell eller har forfalle",
    dataGaps: "Kva som manglar data",
    sources: "Kjelder",
    legend: "Slik les du figurane",
    overview: "Oversyn",
  },
  columns: { ...nb.columns, target: "Målsetjing", source: "Kjelde", latest: "Siste måling", path: "Venta på bana", allocated: "Varig løyvd", milestone: "Milepæl" },
  milestoneGroup: { overdue: "forfalle", notReported: "ikkje rapportert", upcoming: "komande" },
  measureState: { delivered: "levert", inProgress: "under arbeid", planned: "planlagt", phasedOut: "fasa ut", unknown: "status ikkje oppgitt" },
  measureScope: { plan: "Tiltak i planen", related: "Annan politikk kjeldene nemner" },
  unit: { ...nb.unit, days: "dagar", nok: "kroner", places: "plassar" },
  trend: (arrow, perYear, improving) => `${arrow} ${perYear} per år, ${improving ? "betring" : "inga betring"}`,
  noTrend: "for få målingar til å sjå ei utvikling",
  latest: (v, p) => `Siste måling ${v} (${p}).`,
  baseline: (v, p, basis) => `Utgangsnivå ${v} (${p}; ${basis === "stated" ? "oppgitt i målet" : basis === "statedPeriod" ? "perioden er oppgitt i målet" : "valt etter regelen i planen"}).`,
  forecast: (v, y, m) => `Framskrive til ${y}: ${v} (${m}).`,
  forecastClamped: (u, v) => `Den rette linja ville gitt ${u}, som ikkje er mogleg; framskrivinga er sett til ${v}.`,
  pace: (o, r) => `Framgang: ${o} av vegen frå utgangsnivået til målet; ei jamn bane dit krev ${r} no.`,
  notFinal: { provisional: "Siste måling er førebels, så målet kan ikkje reknast som nådd på henne.", not_reporting_period: "Siste måling gjeld ikkje ein heil rapporteringsperiode, så målet kan ikkje reknast som nådd på henne." },
  milestoneCheck: (state, p, v, o) =>
    state === "met"
      ? `Delmålet for ${p} (${v}) er nådd${o ? ` (${o})` : ""}.`
      : state === "missed"
        ? `Delmålet for ${p} (${v}) vart ikkje nådd${o ? ` (${o})` : ""}.`
        : state === "noData"
          ? `Delmålet for ${p} (${v}): inga måling for perioden.`
          : `Delmål for ${p}: ${v}.`,
  seriesBreak: (p) => `Brot i serien frå ${p}: tidlegare tal kan ikkje samanliknast og er ikkje brukte.`,
  notComparable: (list) => `Vist, men ikkje med i utviklinga fordi perioden ikkje kan samanliknast med årstala: ${list}.`,
  forecastMethod: {
    linearLeastSquares: "rett linje gjennom målingane",
    timeWeightedLeastSquares: "rett linje der nye målingar tel mest",
    lastValue: "siste måling vidareført",
  },
  basedOn: (n, list) => `Byggjer på ${n} ${plural(n, "måling", "målingar")}: ${list}.`,
  noneUsed: "Ingen målingar enno.",
  provisional: "førebels",
  insufficient: {
    no_observations: "Ingen målingar enno.",
    too_few_points: "For få målingar til å vurdere utviklinga.",
    no_baseline: "Utgangsnivået manglar.",
    zero_denominator: "Nemnaren er null, så delen kan ikkje reknast ut.",
    no_reference: "Manglar data for tala målet blir samanlikna med.",
    not_measurable: "Kjeldene gir ingen indikator som kan målast.",
    no_data_for_deadline: "Manglar data for fristperioden.",
    no_national_data: "Manglar tal for heile landet; tala for delar av landet kan ikkje leggjast saman til eit landstal.",
    no_comparable_observations: "Ingen målingar for ein periode som kan samanliknast med rapporteringsperioden.",
  },
  insufficientFallback: "For lite data til å vurdere målet.",
  describe: {
    ...nb.describe,
    relativeFrom: (c, b) => `${c} frå ${b ?? "utgangsnivået (ikkje oppgitt i kjeldene)"}`,
    direction: (lower, b) => `${lower ? "lågare" : "høgare"} enn ${b ?? "utgangsnivået"}`,
    noDecline: (b) => `inga nedgang frå ${b ?? "utgangsnivået"}`,
    capacity: (inc, b) => `auke på ${inc}${b ? ` frå ${b}` : ""}`,
    gap: (r) => `skilnaden til «${r}» minkar`,
    growthExceeds: (r) => `veksten er større enn «${r}»`,
    by: (y) => `innan ${y}`,
  },
  chart: {
    ...nb.chart,
    longRun: (y) => `på sikt (vurdert mot ${y})`,
    forecast: "framskrive",
    provisional: "førebels tal",
    noData: "Ingen målingar enno",
    tableCaption: "Tala i figuren",
    description: (p) =>
      p.points === 0
        ? `Ingen målingar enno.${p.target ? ` Målet er ${p.target}.` : ""} Vurdering: ${p.status}.`
        : `${p.points} ${plural(p.points, "måling", "målingar")}${p.first ? `, første ${p.first}` : ""}${p.last && p.points > 1 ? `, siste ${p.last}` : ""}.${p.target ? ` Målet er ${p.target}.` : ""} Vurdering: ${p.status}.`,
    budgetTitle: "Varig auke i løyvingane mot bana til forpliktinga",
    budgetPath: "venta bane",
    budgetAllocated: "varig løyvd (sum)",
    budgetReported: "oppgitt av kjelda",
    budgetCommitment: (a) => `forplikting ${a}`,
    budgetOtherPaths: "andre lesingar av innfasinga",
    budgetDescription: (actual, path, expected, year, amount) =>
      `${actual ? `Kjelda oppgir ${actual}. ` : ""}Bana (${path}) ventar ${expected} ved utgangen av ${year}; forpliktinga er ${amount}.`,
    notComparable: "kan ikkje samanliknast, ikkje på linja",
    seriesBreak: (p) => `brot i serien ${p}`,
    interimState: { met: "nådd", missed: "ikkje nådd", noData: "inga måling", pending: "ikkje forfalle" },
  },
  source: "Kjelde",
  sensitivity: "Svaret med kvar lesing av innfasinga",
};

const en: Messages = {
  htmlLang: "en",
  asOf: (d) => `as of ${d}`,
  status: { achieved: "achieved", onTrack: "on track", atRisk: "at risk", offTrack: "off track", insufficientData: "insufficient data" },
  headline: (c) => [`${c.onTrack} of ${c.total} result ${plural(c.total, "goal", "goals")} on track`, `${c.atRisk} at risk`, `${c.offTrack} off track`, `${c.noData} without enough data`],
  headlineTitle: "In brief",
  budgetLine: (b) =>
    `Money: ${
      b.claim
        ? `the source states ${b.claim.figure}${b.claim.range ? `, read as ${b.claim.range},` : ""} as of ${b.claim.date}${b.claim.claimedOnTrack === true ? ", on track" : b.claim.claimedOnTrack === false ? ", not on track" : ""} ${b.claim.source}`
        : "no report of the cumulative increase in the sources"
    }. Calculated: ${
      b.calculation.kind === "unknown"
        ? "unknown (no report and no allocation of known permanence; this does not mean NOK 0)"
        : `${b.calculation.verdict}, ${b.calculation.basis === "reported" ? "" : "permanent allocations "}${b.calculation.actual} against ${b.calculation.expected} expected by the end of ${b.calculation.year}`
    }. Assumption: ${b.path}${b.readings === "disagree" ? `; other paths: ${b.others.join("; ")}` : b.readings === "agree" ? "; every path gives the same answer" : ""}.`,
  budgetVerdict: { onTrack: "on track", behind: "behind the path", undetermined: "undetermined", unknown: "unknown" },
  budgetParts: {
    claim: "The source's claim",
    calculation: "Calculation",
    assumption: "Assumption",
    prices: "Prices",
    uncertainty: "Uncertainty",
    undated: (n) => `${n} ${plural(n, "allocation", "allocations")} without a budget year ${plural(n, "is", "are")} not in the calculation.`,
  },
  sensitivityColumns: { path: "Path", expected: (y) => `Expected by the end of ${y}`, verdict: "Answer", used: "used in the calculation" },
  milestonesLine: (c) => `Milestones: ${c.overdue} overdue · ${c.notReported} not reported · ${c.upcoming} upcoming${c.next ? ` (next: ${c.next})` : ""}`,
  vintage: (data, states, stale) => `Data as of ${data ?? "–"}; measure and milestone states as of ${states}${stale ? ", not updated since" : ""}`,
  coverage: (ta, t, ga, g) => `Assessed: ${ta} of ${t} ${plural(t, "target", "targets")}, ${ga} of ${g} result ${plural(g, "goal", "goals")}`,
  goalCoverage: (a, t) => (t === 0 ? "no target with an indicator in the sources" : `${a} of ${t} ${plural(t, "target", "targets")} assessed`),
  areaCoverage: (a, t) => `${a} of ${t} result ${plural(t, "goal", "goals")} assessed`,
  partial: "partly assessed",
  missedMilestones: (list) => `Interim targets missed: ${list}`,
  sections: {
    summary: "In brief",
    goals: "Result goals",
    budget: "Budget escalation",
    measures: "Measures",
    milestones: "Milestones due or overdue",
    dataGaps: "What lacks data",
    sources: "Sources",
    legend: "How to read the charts",
    overview: "Overview",
  },
  columns: {
    goal: "Result goal",
    status: "Assessment",
    latest: "Latest value",
    target: "Target",
    trend: "Trend",
    source: "Source",
    period: "Period",
    value: "Value",
    due: "Due",
    milestone: "Milestone",
    standing: "Standing",
    year: "Year",
    path: "Expected on the path",
    allocated: "Permanently allocated",
    assessed: "Assessed",
  },
  milestoneGroup: { overdue: "overdue", notReported: "not reported", upcoming: "upcoming" },
  measureState: { delivered: "delivered", inProgress: "in progress", planned: "planned", phasedOut: "phased out", unknown: "status not stated" },
  measureScope: { plan: "The plan's own measures", related: "Other policy the sources mention" },
  none: "none",
  noValue: "–",
  unit: { days: "days", percent: "per cent", share: "per cent", count: "number", years: "years", nok: "NOK", per100k: "per 100,000", places: "places", index: "index" },
  trend: (arrow, perYear, improving) => `${arrow} ${perYear} a year, ${improving ? "improving" : "not improving"}`,
  noTrend: "too few values to show a trend",
  latest: (v, p) => `Latest value ${v} (${p}).`,
  targetValue: (v) => `Target value ${v}.`,
  baseline: (v, p, basis) => `Baseline ${v} (${p}; ${basis === "stated" ? "stated by the target" : basis === "statedPeriod" ? "period stated by the target" : "chosen by the plan's rule"}).`,
  forecast: (v, y, m) => `Projected to ${y}: ${v} (${m}).`,
  forecastClamped: (u, v) => `The straight line would give ${u}, which is impossible; the projection is set to ${v}.`,
  pace: (o, r) => `Progress: ${o} of the way from the baseline to the target; an even path there requires ${r} by now.`,
  notFinal: { provisional: "The latest value is provisional, so the target cannot count as achieved on it.", not_reporting_period: "The latest value does not cover a whole reporting period, so the target cannot count as achieved on it." },
  milestoneCheck: (state, p, v, o) =>
    state === "met"
      ? `The interim target for ${p} (${v}) was met${o ? ` (${o})` : ""}.`
      : state === "missed"
        ? `The interim target for ${p} (${v}) was missed${o ? ` (${o})` : ""}.`
        : state === "noData"
          ? `The interim target for ${p} (${v}): no value for the period.`
          : `Interim target for ${p}: ${v}.`,
  seriesBreak: (p) => `Break in the series from ${p}: earlier values are not comparable and are not used.`,
  notComparable: (list) => `Shown but left out of the trend, its period not comparable with the annual figures: ${list}.`,
  forecastMethod: {
    linearLeastSquares: "a straight line through the values",
    timeWeightedLeastSquares: "a straight line weighting recent values most",
    lastValue: "the latest value carried forward",
  },
  basedOn: (n, list) => `Based on ${n} ${plural(n, "value", "values")}: ${list}.`,
  noneUsed: "No values yet.",
  provisional: "provisional",
  insufficient: {
    no_observations: "No values yet.",
    too_few_points: "Too few values to judge the trend.",
    no_baseline: "The baseline is missing.",
    zero_denominator: "The denominator is zero, so the share cannot be computed.",
    no_reference: "No data for the figures the target is compared with.",
    not_measurable: "The sources give no measurable indicator.",
    no_data_for_deadline: "No data for the deadline period.",
    no_national_data: "No national figures; the figures for parts of the country cannot be added up to a national one.",
    no_comparable_observations: "No values for a period comparable with the reporting period.",
  },
  insufficientFallback: "Too little data to judge the target.",
  describe: {
    relativeFrom: (c, b) => `${c} from ${b ?? "the baseline (not stated in the sources)"}`,
    direction: (lower, b) => `${lower ? "lower" : "higher"} than ${b ?? "the baseline"}`,
    coverage: (v) => `coverage ${v}`,
    noDecline: (b) => `no decline from ${b ?? "the baseline"}`,
    capacity: (inc, b) => `an increase of ${inc}${b ? ` from ${b}` : ""}`,
    gap: (r) => `the difference to “${r}” shrinks`,
    growthExceeds: (r) => `growth above “${r}”`,
    by: (y) => `by ${y}`,
    longRun: "in the long run",
  },
  chart: {
    target: (v) => `target ${v}`,
    baseline: (p) => `baseline ${p}`,
    interim: (p) => `interim ${p}`,
    deadline: (y) => `deadline ${y}`,
    longRun: (y) => `long run (judged against ${y})`,
    longRunShort: (y) => `long run: ${y}`,
    baselineWord: "baseline",
    forecast: "projected",
    measured: "measured",
    provisional: "provisional value",
    noData: "No values yet",
    tableCaption: "The figures in the chart",
    description: (p) =>
      p.points === 0
        ? `No values yet.${p.target ? ` The target is ${p.target}.` : ""} Assessment: ${p.status}.`
        : `${p.points} ${plural(p.points, "value", "values")}${p.first ? `, first ${p.first}` : ""}${p.last && p.points > 1 ? `, latest ${p.last}` : ""}.${p.target ? ` The target is ${p.target}.` : ""} Assessment: ${p.status}.`,
    budgetTitle: "Permanent increase in appropriations against the commitment's path",
    budgetPath: "expected path",
    budgetAllocated: "permanently allocated (sum)",
    budgetReported: "stated by the source",
    budgetCommitment: (a) => `commitment ${a}`,
    budgetOtherPaths: "other readings of the phase-in",
    budgetDescription: (actual, path, expected, year, amount) =>
      `${actual ? `The source states ${actual}. ` : ""}The path (${path}) expects ${expected} by the end of ${year}; the commitment is ${amount}.`,
    moneyUnit: "NOK billion",
    notComparable: "not comparable, not on the line",
    seriesBreak: (p) => `series break ${p}`,
    interimState: { met: "met", missed: "missed", noData: "no value", pending: "not yet due" },
  },
  sectionIntro: (n) => `${n} result ${plural(n, "goal", "goals")}`,
  source: "Source",
  introduction: "introduction",
  sensitivity: "The answer under each reading of the phase-in",
  colourName: { green: "green", yellow: "yellow", red: "red", grey: "grey" },
};

/**
 * The message tables, one per language.
 *
 * @example
 * ```ts
 * import { MESSAGES } from "@opptrapping/report";
 * MESSAGES.nb.status.atRisk; // "i fare"
 * ```
 */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { nb, nn, en };
