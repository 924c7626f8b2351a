import type { IndicatorUnit } from "@opptrapping/core";
import type { Colour, ForecastMethod, Status } from "@opptrapping/sdk";

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
  readonly budgetLine: (b: BudgetWords) => string;
  /** What a source states about the money; `approximate` when it says "om lag". */
  readonly budgetClaim: (c: { readonly amount: string; readonly asOf: string; readonly source: string; readonly claimedOnTrack: boolean; readonly approximate: boolean }) => string;
  readonly milestonesLine: (c: { readonly overdue: number; readonly unconfirmed: number; readonly upcoming: number; readonly next: string | null }) => string;
  readonly vintage: (data: string | null, measures: string) => string;
  readonly coverage: (targetsAssessed: number, targets: number, goalsAssessed: number, goals: number) => string;
  readonly goalCoverage: (assessed: number, total: number) => string;
  readonly partial: string;
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
  readonly milestoneGroup: Readonly<Record<"overdue" | "unconfirmed" | "upcoming", string>>;
  readonly measureState: Readonly<Record<"delivered" | "inProgress" | "planned" | "phasedOut" | "unknown", string>>;
  readonly none: string;
  readonly noValue: string;
  readonly unit: Readonly<Record<IndicatorUnit, string>>;
  readonly trend: (arrow: string, perYear: string, improving: boolean) => string;
  readonly noTrend: string;
  readonly latest: (value: string, period: string) => string;
  readonly targetValue: (value: string) => string;
  readonly baseline: (value: string, period: string) => string;
  readonly forecast: (value: string, year: string, method: string) => string;
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
    readonly budgetDescription: (actual: string, expected: string, year: number, amount: string) => string;
    readonly moneyUnit: string;
  };
  readonly sectionIntro: (n: number) => string;
  readonly source: string;
  readonly introduction: string;
  readonly ahead: string;
  readonly behind: string;
  readonly assumptions: string;
  /** The budget calculation's assumption in a few words, for the one line. */
  readonly budgetPathWords: string;
  /** The budget calculation's assumptions in full. */
  readonly budgetAssumptions: readonly string[];
  readonly sensitivity: string;
  readonly missedInterim: (period: string, value: string) => string;
  readonly colourName: Readonly<Record<Colour, string>>;
}

/** What the budget line needs, already formatted. */
export interface BudgetWords {
  readonly actual: string;
  readonly share: string;
  readonly amount: string;
  readonly atLeast: boolean;
  readonly endYear: number;
  readonly expected: string;
  readonly budgetYear: number;
  readonly gap: string;
  readonly onTrack: boolean;
  readonly path: string;
  readonly basis: "reported" | "allocations";
  /** The source's claim, worded by `budgetClaim`, when there is one. */
  readonly claim: string | null;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const nb: Messages = {
  htmlLang: "nb",
  asOf: (d) => `per ${d}`,
  status: { achieved: "nådd", onTrack: "i rute", atRisk: "i fare", offTrack: "ikke i rute", insufficientData: "for lite data" },
  headline: (c) => [`${c.onTrack} av ${c.total} resultatmål i rute`, `${c.atRisk} i fare`, `${c.offTrack} ikke i rute`, `${c.noData} uten nok data`],
  headlineTitle: "Kort fortalt",
  budgetLine: (b) =>
    `Penger: ${b.claim ?? `${b.actual} varig økning (sum av varige bevilgninger)`}. Beregnet: ${b.share} av ${b.atLeast ? "minst " : ""}${b.amount} innen ${b.endYear}, ${b.onTrack ? "i rute" : "bak banen"} mot ${b.expected} ventet ved utgangen av ${b.budgetYear} (${b.gap}). Forutsetning: ${b.path}`,
  budgetClaim: (c) => `kilden oppgir ${c.approximate ? "om lag " : ""}${c.amount} per ${c.asOf}${c.claimedOnTrack ? " og at opptrappingen er i rute" : ""} ${c.source}`,
  milestonesLine: (c) =>
    `Milepæler: ${c.overdue} forfalt · ${c.unconfirmed} uten bekreftet status · ${c.upcoming} kommende${c.next ? ` (neste: ${c.next})` : ""}`,
  vintage: (data, measures) => `Data per ${data ?? "–"}; tiltaksstatus per ${measures}`,
  coverage: (ta, t, ga, g) => `Vurdert: ${ta} av ${t} målsettinger, ${ga} av ${g} resultatmål`,
  goalCoverage: (a, t) => (t === 0 ? "ingen målsetting med indikator i kildene" : `${a} av ${t} ${plural(t, "målsetting", "målsettinger")} vurdert`),
  partial: "delvis vurdert",
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
  milestoneGroup: { overdue: "forfalt", unconfirmed: "uten bekreftet status", upcoming: "kommende" },
  measureState: { delivered: "levert", inProgress: "under arbeid", planned: "planlagt", phasedOut: "faset ut", unknown: "status ikke oppgitt" },
  none: "ingen",
  noValue: "–",
  unit: { days: "dager", percent: "prosent", count: "antall", years: "år", nok: "kroner", per100k: "per 100 000", places: "plasser", index: "indeks" },
  trend: (arrow, perYear, improving) => `${arrow} ${perYear} per år, ${improving ? "bedring" : "ikke bedring"}`,
  noTrend: "for få målinger til å se en utvikling",
  latest: (v, p) => `Siste måling ${v} (${p}).`,
  targetValue: (v) => `Målverdi ${v}.`,
  baseline: (v, p) => `Utgangsnivå ${v} (${p}).`,
  forecast: (v, y, m) => `Fremskrevet til ${y}: ${v} (${m}).`,
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
    budgetDescription: (actual, expected, year, amount) => `Varig økning ${actual} mot ${expected} ventet ved utgangen av ${year}; forpliktelsen er ${amount}.`,
    moneyUnit: "mrd. kr",
  },
  sectionIntro: (n) => `${n} ${plural(n, "resultatmål", "resultatmål")}`,
  source: "Kilde",
  introduction: "innledningen",
  ahead: "foran banen",
  behind: "bak banen",
  assumptions: "Forutsetninger",
  budgetPathWords: "like steg hvert budsjettår, nominelle kroner",
  budgetAssumptions: ["Ventet beløp øker like mye hvert budsjettår fra første til siste år i forpliktelsen.", "Beløp i nominelle kroner slik kildene oppgir dem."],
  sensitivity: "Med andre baner",
  missedInterim: (p, v) => `Delmålet for ${p} (${v}) ble ikke nådd.`,
  colourName: { green: "grønn", yellow: "gul", red: "rød", grey: "grå" },
};

const nn: Messages = {
  ...nb,
  htmlLang: "nn",
  status: { achieved: "nådd", onTrack: "i rute", atRisk: "i fare", offTrack: "ikkje i rute", insufficientData: "for lite data" },
  headline: (c) => [`${c.onTrack} av ${c.total} resultatmål i rute`, `${c.atRisk} i fare`, `${c.offTrack} ikkje i rute`, `${c.noData} utan nok data`],
  headlineTitle: "Kort fortalt",
  budgetLine: (b) =>
    `Pengar: ${b.claim ?? `${b.actual} varig auke (sum av varige løyvingar)`}. Rekna ut: ${b.share} av ${b.atLeast ? "minst " : ""}${b.amount} innan ${b.endYear}, ${b.onTrack ? "i rute" : "bak bana"} mot ${b.expected} venta ved utgangen av ${b.budgetYear} (${b.gap}). Føresetnad: ${b.path}`,
  budgetClaim: (c) => `kjelda oppgir ${c.approximate ? "om lag " : ""}${c.amount} per ${c.asOf}${c.claimedOnTrack ? " og at opptrappinga er i rute" : ""} ${c.source}`,
  milestonesLine: (c) =>
    `Milepælar: ${c.overdue} forfalne · ${c.unconfirmed} utan stadfesta status · ${c.upcoming} komande${c.next ? ` (neste: ${c.next})` : ""}`,
  vintage: (data, measures) => `Data per ${data ?? "–"}; tiltaksstatus per ${measures}`,
  coverage: (ta, t, ga, g) => `Vurdert: ${ta} av ${t} målsetjingar, ${ga} av ${g} resultatmål`,
  goalCoverage: (a, t) => (t === 0 ? "inga målsetjing med indikator i kjeldene" : `${a} av ${t} ${plural(t, "målsetjing", "målsetjingar")} vurdert`),
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
  milestoneGroup: { overdue: "forfalle", unconfirmed: "utan stadfesta status", upcoming: "komande" },
  measureState: { delivered: "levert", inProgress: "under arbeid", planned: "planlagt", phasedOut: "fasa ut", unknown: "status ikkje oppgitt" },
  unit: { ...nb.unit, days: "dagar", nok: "kroner", places: "plassar" },
  trend: (arrow, perYear, improving) => `${arrow} ${perYear} per år, ${improving ? "betring" : "inga betring"}`,
  noTrend: "for få målingar til å sjå ei utvikling",
  latest: (v, p) => `Siste måling ${v} (${p}).`,
  baseline: (v, p) => `Utgangsnivå ${v} (${p}).`,
  forecast: (v, y, m) => `Framskrive til ${y}: ${v} (${m}).`,
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
    budgetDescription: (actual, expected, year, amount) => `Varig auke ${actual} mot ${expected} venta ved utgangen av ${year}; forpliktinga er ${amount}.`,
  },
  source: "Kjelde",
  ahead: "framom bana",
  behind: "bak bana",
  assumptions: "Føresetnader",
  budgetPathWords: "like steg kvart budsjettår, nominelle kroner",
  budgetAssumptions: ["Venta beløp aukar like mykje kvart budsjettår frå første til siste år i forpliktinga.", "Beløp i nominelle kroner slik kjeldene oppgir dei."],
  sensitivity: "Med andre baner",
  missedInterim: (p, v) => `Delmålet for ${p} (${v}) vart ikkje nådd.`,
};

const en: Messages = {
  htmlLang: "en",
  asOf: (d) => `as of ${d}`,
  status: { achieved: "achieved", onTrack: "on track", atRisk: "at risk", offTrack: "off track", insufficientData: "insufficient data" },
  headline: (c) => [`${c.onTrack} of ${c.total} result goals on track`, `${c.atRisk} at risk`, `${c.offTrack} off track`, `${c.noData} without enough data`],
  headlineTitle: "In brief",
  budgetLine: (b) =>
    `Money: ${b.claim ?? `${b.actual} permanent increase (sum of permanent allocations)`}. Calculated: ${b.share} of ${b.atLeast ? "at least " : ""}${b.amount} by ${b.endYear}, ${b.onTrack ? "on track" : "behind the path"} against ${b.expected} expected by the end of ${b.budgetYear} (${b.gap}). Assumption: ${b.path}`,
  budgetClaim: (c) => `the source states ${c.approximate ? "about " : ""}${c.amount} as of ${c.asOf}${c.claimedOnTrack ? " and that the escalation is on track" : ""} ${c.source}`,
  milestonesLine: (c) => `Milestones: ${c.overdue} overdue · ${c.unconfirmed} without confirmed status · ${c.upcoming} upcoming${c.next ? ` (next: ${c.next})` : ""}`,
  vintage: (data, measures) => `Data as of ${data ?? "–"}; measure status as of ${measures}`,
  coverage: (ta, t, ga, g) => `Assessed: ${ta} of ${t} targets, ${ga} of ${g} result goals`,
  goalCoverage: (a, t) => (t === 0 ? "no target with an indicator in the sources" : `${a} of ${t} ${plural(t, "target", "targets")} assessed`),
  partial: "partly assessed",
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
  milestoneGroup: { overdue: "overdue", unconfirmed: "status not confirmed", upcoming: "upcoming" },
  measureState: { delivered: "delivered", inProgress: "in progress", planned: "planned", phasedOut: "phased out", unknown: "status not stated" },
  none: "none",
  noValue: "–",
  unit: { days: "days", percent: "per cent", count: "number", years: "years", nok: "NOK", per100k: "per 100,000", places: "places", index: "index" },
  trend: (arrow, perYear, improving) => `${arrow} ${perYear} a year, ${improving ? "improving" : "not improving"}`,
  noTrend: "too few values to show a trend",
  latest: (v, p) => `Latest value ${v} (${p}).`,
  targetValue: (v) => `Target value ${v}.`,
  baseline: (v, p) => `Baseline ${v} (${p}).`,
  forecast: (v, y, m) => `Projected to ${y}: ${v} (${m}).`,
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
    budgetDescription: (actual, expected, year, amount) => `Permanent increase ${actual} against ${expected} expected by the end of ${year}; the commitment is ${amount}.`,
    moneyUnit: "NOK billion",
  },
  sectionIntro: (n) => `${n} result ${plural(n, "goal", "goals")}`,
  source: "Source",
  introduction: "introduction",
  ahead: "ahead of the path",
  behind: "behind the path",
  assumptions: "Assumptions",
  budgetPathWords: "equal steps each budget year, nominal kroner",
  budgetAssumptions: ["The expected amount grows by equal steps each budget year from the first to the last year of the commitment.", "Amounts in nominal kroner as the sources state them."],
  sensitivity: "With other paths",
  missedInterim: (p, v) => `The interim target for ${p} (${v}) was missed.`,
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
