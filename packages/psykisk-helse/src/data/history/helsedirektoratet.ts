import type { DeepReadonly, SeriesDefinitionInput } from "@opptrapping/core";
import type { Service } from "../../ids.js";
import type { ObservationData } from "../../observations.js";
import type { Citation, Citations } from "../../sources.js";

/**
 * A series definition of the bundled data, on input: core's series definition with this
 * package's checked citations.
 *
 * @example
 * ```ts
 * import type { SeriesData } from "@opptrapping/psykisk-helse";
 * const s: SeriesData = {
 *   id: "R5.wait.TSB.year", filter: { service: "TSB" }, measures: { nb: "Gjennomsnittlig ventetid" },
 *   frequency: "year", producer: "Helsedirektoratet", sources: [{ doc: "HDIR-KI-TSB-VENTETID" }],
 * };
 * ```
 */
export type SeriesData = Omit<DeepReadonly<SeriesDefinitionInput>, "sources" | "breaks" | "filter"> & {
  readonly filter?: { readonly service: Service };
  readonly breaks?: readonly { readonly period: string; readonly note: string; readonly source: Citation }[];
  readonly sources: Citations;
};

const SERVICE_NAMES = {
  PHBU: { nb: "psykisk helsevern for barn og unge (PHBU)", en: "mental health care for children and youth (PHBU)" },
  PHV: { nb: "psykisk helsevern for voksne (PHV)", en: "adult mental health care (PHV)" },
  TSB: { nb: "tverrfaglig spesialisert rusbehandling (TSB)", en: "interdisciplinary specialised substance-abuse treatment (TSB)" },
} as const satisfies Record<Service, { nb: string; en: string }>;

// Stated on the quality-indicator pages for PHBU and TSB; no page we read says it for PHV.
const MORE_SITES_2022 = "Flere behandlingssteder er tatt med i statistikken fra og med 2022; tallene fra 2022 er ikke fullt sammenlignbare med årene før.";

const waitingSeries = (service: Service, breaks: SeriesData["breaks"], sources: Citations): SeriesData => ({
  id: `R5.wait.${service}.year`,
  filter: { service },
  measures: {
    nb: `Gjennomsnittlig ventetid i dager fra spesialisthelsetjenesten mottok henvisningen til helsehjelpen startet, for planlagt behandling der ventetiden er avviklet, per kalenderår, hele landet, alle aldre, ${SERVICE_NAMES[service].nb}. Helsedirektoratets årstall fra Norsk pasientregister; fra 2022 Helsedirektoratets nasjonale kvalitetsindikator for samme mål.`,
    en: `Mean waiting time in days from the specialist health service receiving the referral until care started, for planned care whose wait ended, per calendar year, whole country, all ages, ${SERVICE_NAMES[service].en}. Helsedirektoratet's annual figures from the Norwegian Patient Registry; from 2022 Helsedirektoratet's national quality indicator for the same measure.`,
  },
  frequency: "year",
  producer: "Helsedirektoratet (Norsk pasientregister)",
  ...(breaks === undefined ? {} : { breaks }),
  sources: [...sources, { doc: "HDIR-VENTETID", note: "The waiting-list statistics per tertial and year are the official ones; monthly figures are not." }],
});

/**
 * The series behind R5.wait: one per service, each the annual national mean waiting time.
 * The letter's June–December 2025 PHBU figure (S0) sits in the PHBU slice too; it comes from
 * the monthly traffic-light follow-up, and is the one point of that slice that is not a year.
 *
 * @example
 * ```ts
 * import { waitingTimeSeries } from "@opptrapping/psykisk-helse";
 * waitingTimeSeries.map((s) => s.filter?.service); // ["PHBU", "PHV", "TSB"]
 * ```
 */
export const waitingTimeSeries = [
  waitingSeries(
    "PHBU",
    [{ period: "2022", note: MORE_SITES_2022, source: { doc: "HDIR-KI-PHBU-65", section: "Forbehold ved tallene" } }],
    [{ doc: "HDIR-VENTETID-2016" }, { doc: "HOD-VENTETID-2018" }, { doc: "TV2-VENTETID-2021" }, { doc: "NTB-VENTETID-2021" }, { doc: "HMN-KVALITET-2022" }],
  ),
  waitingSeries("PHV", undefined, [{ doc: "HDIR-VENTETID-2016" }, { doc: "HOD-VENTETID-2018" }, { doc: "NTB-VENTETID-2021" }]),
  waitingSeries(
    "TSB",
    [{ period: "2022", note: MORE_SITES_2022, source: { doc: "HDIR-KI-TSB-VENTETID", section: "Forbehold ved tolkning av resultatene" } }],
    [{ doc: "HDIR-VENTETID-2016" }, { doc: "HOD-VENTETID-2018" }, { doc: "NTB-VENTETID-2021" }, { doc: "HDIR-KI-TSB-VENTETID" }],
  ),
] as const satisfies readonly SeriesData[];

const wait = (service: Service, period: string, value: number, source: Citation, note: string): ObservationData => ({
  indicatorId: "R5.wait",
  period,
  orgUnit: "NO",
  dimensions: { service },
  value,
  source,
  note,
});

const T2016: Citation = { doc: "HDIR-VENTETID-2016", section: "Tabell «Gjennomsnittlig ventetid per sektor»" };
const T2018: Citation = { doc: "HOD-VENTETID-2018", section: "Brødteksten" };
const T2021: Citation = { doc: "NTB-VENTETID-2021", section: "Brødteksten" };
const COVID = "2020 and 2021 should be read in the light of the changed activity during the covid-19 pandemic (HDIR-KI-TSB-VENTETID and HDIR-KI-PHBU-65, caveats).";
const HMN_2018 = "Helse Midt-Norge's change of data system makes the 2018 figures for PHBU and TSB somewhat uncertain (HDIR-KI-PHBU-65, caveats).";

/**
 * The published annual national mean waiting times, 2015–2023, transcribed from the sources
 * in data/history/fixtures (one reviewed transcription per source). Final annual figures: no
 * source marks any of them as provisional. Years no source we found states are left out.
 *
 * @example
 * ```ts
 * import { waitingTimeHistory } from "@opptrapping/psykisk-helse";
 * waitingTimeHistory.find((o) => o.period === "2018" && o.dimensions?.service === "PHBU")?.value; // 47
 * ```
 */
export const waitingTimeHistory = [
  wait("PHBU", "2015", 50, T2016, "Annual mean, 2015."),
  wait("PHBU", "2016", 50, T2016, "Annual mean, 2016."),
  wait("PHBU", "2018", 47, T2018, `Annual mean, 2018. ${HMN_2018}`),
  wait("PHBU", "2020", 44, { doc: "TV2-VENTETID-2021", section: "Ingressen" }, `Annual mean, 2020, given as the year before 2021. ${COVID}`),
  wait("PHBU", "2021", 50, T2021, `Annual mean, 2021. ${COVID}`),
  wait(
    "PHBU",
    "2022",
    53,
    { doc: "HMN-KVALITET-2022", section: "Økning i ventetid og fristbrudd for barn og unge i psykisk helsevern" },
    "Annual mean, 2022, from the national quality indicators; more treatment sites are counted from 2022 (a break in the series).",
  ),
  wait("PHV", "2015", 52, T2016, "Annual mean, 2015."),
  wait("PHV", "2016", 46, T2016, "Annual mean, 2016."),
  wait("PHV", "2018", 45, T2018, "Annual mean, 2018."),
  wait("PHV", "2021", 46, T2021, `Annual mean, 2021. ${COVID}`),
  wait("TSB", "2015", 44, T2016, "Annual mean, 2015."),
  wait("TSB", "2016", 35, T2016, "Annual mean, 2016."),
  wait("TSB", "2018", 34, T2018, `Annual mean, 2018 (stated as stable). ${HMN_2018}`),
  wait("TSB", "2021", 33, T2021, `Annual mean, 2021. ${COVID}`),
  wait(
    "TSB",
    "2022",
    31.9,
    { doc: "HDIR-KI-TSB-VENTETID", section: "Resultater" },
    "Annual mean, 2022, national quality indicator; more treatment sites are counted from 2022 (a break in the series), and St. Olavs hospital's figures are uncertain after a new record system.",
  ),
  wait(
    "TSB",
    "2023",
    33.0,
    { doc: "HDIR-KI-TSB-VENTETID", section: "Resultater" },
    "Annual mean, 2023, national quality indicator; St. Olavs hospital's figures are uncertain after a new record system.",
  ),
] as const satisfies readonly ObservationData[];
