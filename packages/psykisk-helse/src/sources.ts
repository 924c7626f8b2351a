import type { DeepReadonly, PlanInput } from "@opptrapping/core";

/**
 * A source document as accepted on input (the input side of core's `sourceSchema`).
 *
 * @example
 * ```ts
 * import type { SourceInput } from "@opptrapping/psykisk-helse";
 * const page: SourceInput = { id: "X", kind: "webpage", title: "Some page" };
 * ```
 */
export type SourceInput = DeepReadonly<PlanInput["sources"][number]>;

/**
 * The source documents every fact of the bundled plan cites.
 *
 * - `S0`: the minister's letter of 19 January 2026 answering Dokument 8:74 S (2025–2026),
 *   kept in the project's seeds; cited by section of the answer (`§intro`, `§1`,
 *   `§2-waiting`…).
 * - `S1`: Helsedirektoratet's slide deck on the plan and its follow-up, kept in the seeds;
 *   cited by slide title (`Innsatsområde 2`, `Hva skjer når?`…).
 * - `P`, `MS23`, `RJ-VENTETID`, `HDIR-VENTETID`, `UNGDATA`: public pages whose facts were
 *   verified for this project (see DOMAIN.md, "Facts from public pages"); each is used only
 *   for the facts noted on it.
 * - The rest are the public pages the bundled history of the indicators is transcribed from,
 *   each with its address (`url`), its publication date where the page shows one, and the date
 *   it was read (`retrieved`); see docs/data-sources.md, "Bundled series".
 *
 * @example
 * ```ts
 * import { sources } from "@opptrapping/psykisk-helse";
 * sources.find((s) => s.id === "S0")?.reference; // "25/5114"
 * ```
 */
export const sources = [
  {
    id: "S0",
    kind: "letter",
    title: "Dokument 8:74 S (2025–2026) – Representantforslag om et bedre tilbud innen psykisk helsevern",
    date: "2026-01-19",
    publisher: "Helse- og omsorgsdepartementet",
    reference: "25/5114",
    file: "000_dcb3170facfb9967.txt",
    note: "The Minister of Health and Care Services' statement to the Storting's health and care committee on the proposal, signed by Jan Christian Vestre. Cited by section of the answer: §intro (opening answer, also where the proposal's items are quoted), §1, §2 with §2-resources, §2-steering, §2-lowthreshold, §2-act, §2-waiting, §2-places, §2-school, then §3 and §4.",
  },
  {
    id: "S1",
    kind: "slides",
    title: "Opptrappingsplan for psykisk helse 2023–2033 – hvordan skal planen følges opp?",
    date: "2025-10-01",
    publisher: "Helsedirektoratet",
    file: "001_01e7d391241c3cb5.txt",
    note: "Slide deck on Helsedirektoratet's template dated 01.10.2025 (the date of the template, not necessarily of the talk); one slide carries '© Statsforvalteren i Trøndelag'. The title is ours, made from the deck's headings. Cited by slide title.",
  },
  {
    id: "P",
    kind: "webpage",
    title: "Opptrappingsplan for psykisk helse (2023–2033)",
    date: "2023-06-15",
    publisher: "Statsforvalteren i Vestland (statsforvalteren.no)",
    note: "Lists the eight result goals in full, in nynorsk. Used for wording the sources S0/S1 lack: the PHV and TSB waiting-time limits of R5, the life-expectancy gap of R7, and R8.",
  },
  {
    id: "MS23",
    kind: "whitePaper",
    title: "Meld. St. 23 (2022–2023) Opptrappingsplan for psykisk helse (2023–2033)",
    date: "2023",
    publisher: "Helse- og omsorgsdepartementet",
    reference: "Meld. St. 23 (2022–2023)",
    note: "The plan itself. Used only for two facts from its chapter 5, as verified on public pages: the money the plan started with in 2023, and a SINTEF survey of municipalities' low-threshold services for children and youth.",
  },
  {
    id: "RJ-VENTETID",
    kind: "webpage",
    title: "Fakta om ventetider",
    publisher: "Regjeringen (regjeringen.no)",
    note: "Used for how the official waiting-time indicator is defined and published.",
  },
  {
    id: "HDIR-VENTETID",
    kind: "webpage",
    title: "Ventetider og pasientrettigheter",
    publisher: "Helsedirektoratet (helsedirektoratet.no)",
    note: "Used for how the official waiting-time indicator is defined and published.",
  },
  {
    id: "UNGDATA",
    kind: "webpage",
    title: "Ungdata – psykiske helseplager",
    publisher: "Ungdata (ungdata.no)",
    note: "Used for how Ungdata measures self-reported mental health complaints. The title is ours.",
  },
  // The published history of the waiting-time indicator (R5.wait), read from stored copies of
  // public pages on 2026-12-03; see data/history/ and docs/data-sources.md, "Bundled series".
  {
    id: "HDIR-VENTETID-2016",
    kind: "webpage",
    title: "Ventetider, fristbrudd og aktivitet i spesialisthelsetjenesten 2016",
    publisher: "Helsedirektoratet (helsedirektoratet.no)",
    url: "https://helsedirektoratet.no/nyheter/ventetider-fristbrudd-og-aktivitet-i-spesialisthelsetjenesten-2016",
    retrieved: "2026-12-03",
    note: "News item on the 2016 annual figures from the Norwegian Patient Registry. Used for the table of mean waiting time per sector, whole country, 2015 and 2016. The stored copy shows no publication date.",
  },
  {
    id: "HOD-VENTETID-2018",
    kind: "webpage",
    title: "Kortere ventetid innen psykisk helsevern for barn og unge",
    publisher: "Helse- og omsorgsdepartementet (regjeringen.no)",
    url: "https://www.regjeringen.no/no/aktuelt/kortere-ventetid-innen-psykisk-helsevern-for-barn-og-unge/id2632927/",
    retrieved: "2026-12-03",
    note: "The ministry's news item on Helsedirektoratet's figures for 2018. Used for the mean waiting times of 2018 in PHBU, PHV and TSB, stated in its text. The stored copy shows no publication date.",
  },
  {
    id: "NTB-VENTETID-2021",
    kind: "webpage",
    title: "Rapport: Kortere ventetid på sykehusbehandling – økt ventetid i psykiatrien",
    publisher: "NTB, via Radio Haugaland (radioh.no)",
    url: "https://radioh.no/rapport-kortere-ventetid-pa-sykehusbehandling-okt-ventetid-i-psykiatrien/",
    published: "2022-03-18",
    retrieved: "2026-12-03",
    note: "News agency report on the 2021 figures reported to Helsedirektoratet. Used for the mean waiting times of 2021 in PHBU, PHV and TSB, stated in its text.",
  },
  {
    id: "TV2-VENTETID-2021",
    kind: "webpage",
    title: "TV 2 on Helsedirektoratet's press release on waiting times in 2021",
    publisher: "TV 2 (tv2.no)",
    url: "https://www.tv2.no/a/14770065/",
    published: "2022-05",
    retrieved: "2026-12-03",
    note: "Reports Helsedirektoratet's press release: the mean wait in PHBU in 2021 and in the year before. Used only for the 2020 PHBU figure. The title is ours; the stored copy gives the month of publication only.",
  },
  {
    id: "HMN-KVALITET-2022",
    kind: "webpage",
    title: "Lengre ventetider i psykisk helsevern",
    publisher: "Helse Midt-Norge RHF (helse-midt.no)",
    url: "https://www.helse-midt.no/nyheter/2023/lengre-ventetider-i-psykisk-helsevern/",
    published: "2023-05-04",
    retrieved: "2026-12-03",
    note: "News item on Helsedirektoratet's national quality indicators for 2022. Used for the national mean waiting time to start of treatment in PHBU in 2022.",
  },
  {
    id: "HDIR-KI-TSB-VENTETID",
    kind: "webpage",
    title: "Rusbehandling – gjennomsnittlig ventetid for pasienter",
    publisher: "Helsedirektoratet (helsedirektoratet.no), nasjonale kvalitetsindikatorer",
    url: "https://www.helsedirektoratet.no/statistikk/kvalitetsindikatorer/rusbehandling/gjennomsnittlig-ventetid-for-pasienter-i-tverrfaglig-spesialisert-rusbehandling",
    retrieved: "2026-12-03",
    note: "The national quality indicator page for TSB waiting times. Used for the national means of 2022 and 2023 (section 'Resultater') and for the caveats on comparability (more treatment sites from 2022; uncertain figures for St. Olavs hospital in 2022–2023). The stored copy shows no publication date.",
  },
  {
    id: "HDIR-KI-PHBU-65",
    kind: "webpage",
    title: "Psykisk helse for barn og unge – andel startet helsehjelp innen 65 dager",
    publisher: "Helsedirektoratet (helsedirektoratet.no), nasjonale kvalitetsindikatorer",
    url: "https://www.helsedirektoratet.no/statistikk/kvalitetsindikatorer/psykisk-helse-for-barn-og-unge/helsehjelp-innen-65-dager-for-barn-og-unge-i-psykisk-helsevern",
    retrieved: "2026-12-03",
    note: "A quality indicator page for PHBU (last professional update 2023-05-04). Used only for its caveats: more treatment sites are included in the PHBU indicators from 2022, and Helse Midt-Norge's data-system change makes the 2018 PHBU and TSB figures uncertain.",
  },
] as const satisfies readonly SourceInput[];

/**
 * The id of a source document of the bundled plan.
 *
 * @example
 * ```ts
 * import type { SourceId } from "@opptrapping/psykisk-helse";
 * const letter: SourceId = "S0";
 * ```
 */
export type SourceId = (typeof sources)[number]["id"];

/**
 * The sections of the minister's letter (S0) this data cites.
 *
 * @example
 * ```ts
 * import { S0_SECTIONS } from "@opptrapping/psykisk-helse";
 * S0_SECTIONS.includes("§2-waiting"); // true
 * ```
 */
export const S0_SECTIONS = [
  "§intro",
  "§1",
  "§2",
  "§2-resources",
  "§2-steering",
  "§2-lowthreshold",
  "§2-act",
  "§2-waiting",
  "§2-places",
  "§2-school",
  "§3",
  "§4",
] as const satisfies readonly string[];

/**
 * The slide titles of Helsedirektoratet's deck (S1) this data cites.
 *
 * @example
 * ```ts
 * import { S1_SLIDES } from "@opptrapping/psykisk-helse";
 * S1_SLIDES.includes("Hva skjer når?"); // true
 * ```
 */
export const S1_SLIDES = [
  "Hovedmål",
  "Det er valgt tre innsatsområder for opptrappingsplanen",
  "Innsatsområde 1",
  "Innsatsområde 2",
  "Innsatsområde 3",
  "Opptrappingsplanen er en dynamisk plan",
  "Organisering av arbeidet på nasjonalt nivå",
  "Regional og lokal implementering",
  "Etablerte strukturer benyttes",
  "Hva skjer når?",
  "Videreføre arbeid, etablere rammer mv.",
  "Evalueringsprogrammet",
] as const satisfies readonly string[];

/**
 * A reference to a source of the bundled plan: the document id, the place in it (a section
 * of S0 or a slide title of S1, checked by the compiler) and a note in our own words.
 *
 * @example
 * ```ts
 * import type { Citation } from "@opptrapping/psykisk-helse";
 * const c: Citation = { doc: "S0", section: "§2-waiting" };
 * ```
 */
export type Citation =
  | { readonly doc: "S0"; readonly section?: (typeof S0_SECTIONS)[number]; readonly note?: string }
  | { readonly doc: "S1"; readonly section?: (typeof S1_SLIDES)[number]; readonly note?: string }
  | { readonly doc: Exclude<SourceId, "S0" | "S1">; readonly section?: string; readonly note?: string };

/**
 * One or more citations: every entity cites at least one source.
 *
 * @example
 * ```ts
 * import type { Citations } from "@opptrapping/psykisk-helse";
 * const cs: Citations = [{ doc: "S1", section: "Hovedmål" }];
 * ```
 */
export type Citations = readonly [Citation, ...Citation[]];
