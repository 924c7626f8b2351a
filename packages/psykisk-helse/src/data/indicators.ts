import { SERVICES } from "../ids.js";
import type { IndicatorData } from "./types.js";

/**
 * The indicators (indikatorer) the result goals are judged by. Units, aggregation kinds and
 * preferred directions follow from the goals' wording; definitions say only what the sources
 * say (nothing about age groups, data sources or baselines the sources do not give).
 *
 * @example
 * ```ts
 * import { indicators } from "@opptrapping/psykisk-helse";
 * indicators.find((i) => i.id === "R5.wait")?.unit; // "days"
 * ```
 */
export const indicators = [
  {
    id: "R1.complaints",
    title: {
      nb: "Barn og unges selvrapporterte psykiske helseplager",
      en: "Children's and young people's self-reported mental health complaints",
    },
    unit: "percent",
    aggregation: "proportion",
    direction: "decrease",
    definition: {
      nb: "Ungdata måler psykiske helseplager med seks spørsmål om siste uke; indikatoren er andelen med gjennomsnittssvar på minst «ganske mye plaget». Kildene våre gir ingen offisiell utgangsverdi.",
      en: "Ungdata measures mental health complaints with six questions about the past week; the indicator is the share whose mean answer is at least 'quite a lot bothered'. Our sources give no official baseline value.",
    },
    sources: [
      { doc: "S1", section: "Innsatsområde 1" },
      { doc: "UNGDATA", note: "How Ungdata measures mental health complaints." },
    ],
  },
  {
    id: "R2.disability",
    title: {
      nb: "Andelen unge som blir uføre med bakgrunn i psykiske lidelser",
      en: "Share of young people who become disability recipients because of mental disorders",
    },
    unit: "percent",
    aggregation: "proportion",
    direction: "decrease",
    definition: {
      nb: "Kildene definerer verken aldersgruppe, nevner eller datakilde.",
      en: "The sources define neither the age group, the denominator nor the data source.",
    },
    sources: [{ doc: "S1", section: "Innsatsområde 1" }],
  },
  {
    id: "R3.lowThreshold",
    title: {
      nb: "Andel kommuner med lavterskeltilbud innen psykisk helse og/eller rus",
      en: "Share of municipalities with low-threshold services in mental health and/or substance use",
    },
    unit: "percent",
    aggregation: "proportion",
    direction: "increase",
    definition: {
      nb: "Kommuner som har Rask psykisk helsehjelp og/eller ett eller flere andre lavterskeltiltak innen psykisk helse og/eller rus, slik kommunene rapporterer det.",
      en: "Municipalities that have Prompt Mental Health Care (Rask psykisk helsehjelp) and/or one or more other low-threshold measures in mental health and/or substance use, as the municipalities report it.",
    },
    sources: [
      { doc: "S0", section: "§2-lowthreshold", note: "The reporting the minister cites counts these services." },
      { doc: "S1", section: "Innsatsområde 2" },
    ],
  },
  {
    id: "R4.assessment",
    title: {
      nb: "Andel poliklinikker i psykisk helsevern for barn og unge (PHBU) med tilbud om vurderingssamtale/tidlig avklaring",
      en: "Share of outpatient clinics in mental health care for children and youth (PHBU) offering an assessment conversation / early clarification",
    },
    unit: "percent",
    aggregation: "proportion",
    direction: "increase",
    sources: [{ doc: "S0", section: "§2-waiting", note: "The share the minister reports for R4." }],
  },
  {
    id: "R5.wait",
    title: {
      nb: "Gjennomsnittlig ventetid til påbegynt helsehjelp i psykisk helsevern og TSB",
      en: "Mean waiting time to start of care in mental health care and TSB",
    },
    unit: "days",
    aggregation: "mean",
    direction: "decrease",
    // "Offisielle tall publiseres per tertial … månedstall er foreløpige" (the definition below, from RJ-VENTETID/HDIR-VENTETID):
    // only tertials and whole years make the trajectory; months and part-year ranges do not.
    reportingPeriod: "tertial",
    disaggregations: [
      {
        id: "service",
        title: { nb: "Tjenesteområde", en: "Service" },
        values: [...SERVICES],
      },
    ],
    definition: {
      nb: "Gjennomsnittlig tid fra sykehuset mottar henvisningen til helsehjelpen starter, for ordinært avviklede ventetider (planlagt behandling). Offisielle tall publiseres per tertial, en måned etter tertialet; månedstall er foreløpige. Medianen publiseres også. Antall som fortsatt venter er en telling på et tidspunkt og kan ikke summeres over tid. Ventetidene synker om sommeren og rundt jul og påske.",
      en: "Mean time from the hospital receiving the referral until care starts, for ordinarily completed waits (planned care). Official figures are published per tertial, a month after the tertial; monthly figures are preliminary. The median is published too. The number still waiting is a point-in-time count and cannot be summed over time. Waits dip in summer and around Christmas and Easter.",
    },
    sources: [
      { doc: "S0", section: "§2-waiting" },
      { doc: "S1", section: "Innsatsområde 2" },
      { doc: "RJ-VENTETID", note: "Definition and publication of the official indicator." },
      { doc: "HDIR-VENTETID", note: "Definition and publication of the official indicator." },
    ],
  },
  {
    id: "R6.places",
    title: {
      nb: "Døgnplasser i psykisk helsevern",
      en: "Inpatient places in mental health care",
    },
    unit: "places",
    aggregation: "stock",
    direction: "increase",
    definition: {
      nb: "Døgnkapasitet (senge-/døgnplasser) for barn, unge og voksne i psykisk helsevern. Kildene oppgir ikke antallet i dag.",
      en: "Inpatient capacity (beds / 24-hour places) for children, young people and adults in mental health care. The sources do not give today's number.",
    },
    sources: [
      { doc: "S0", section: "§2-places" },
      { doc: "S1", section: "Innsatsområde 2" },
    ],
  },
  {
    id: "rhf.costGrowth",
    title: {
      nb: "Realvekst i kostnader innen psykisk helsevern og tverrfaglig spesialisert rusbehandling",
      en: "Real growth in costs within mental health care and interdisciplinary specialised substance-abuse treatment",
    },
    unit: "percent",
    aggregation: "mean",
    // A growth rate of costs cannot be combined across regions or years without the cost
    // levels behind it, which the sources do not give.
    acrossUnits: "none",
    overTime: "none",
    direction: "increase",
    definition: {
      nb: "Styringsindikator i oppdragsbrevet til de regionale helseforetakene for 2026; RHF-ene rapporterer på den i årlig melding.",
      en: "Steering indicator in the 2026 steering letter to the regional health authorities; the RHFs report on it in their annual reports.",
    },
    sources: [{ doc: "S0", section: "§2-steering" }],
  },
  {
    id: "rhf.demographicGrowth",
    title: {
      nb: "Demografisk vekst for psykisk helsevern og TSB lagt til grunn i Prop. 1 S (2025–2026)",
      en: "Demographic growth for mental health care and TSB assumed in Prop. 1 S (2025–2026)",
    },
    unit: "percent",
    aggregation: "mean",
    acrossUnits: "none",
    overTime: "none",
    definition: {
      nb: "Referanse for styringsindikatoren: realveksten i kostnader skal være høyere enn denne. Kildene oppgir ikke tallet. Serien har ingen foretrukket retning i seg selv.",
      en: "Reference of the steering indicator: real cost growth shall exceed it. The sources do not give the figure. The series has no preferred direction of its own.",
    },
    sources: [{ doc: "S0", section: "§2-steering" }],
  },
  {
    id: "R7.lifeExpectancy",
    title: {
      nb: "Forventet levealder for personer med psykiske lidelser og/eller rusmiddelproblemer",
      en: "Life expectancy of people with mental disorders and/or substance problems",
    },
    unit: "years",
    aggregation: "mean",
    direction: "increase",
    sources: [
      { doc: "S1", section: "Innsatsområde 3" },
      { doc: "S0", section: "§4", note: "The letter words the group as people with severe mental disorders and severe substance problems." },
    ],
  },
  {
    id: "R7.lifeExpectancyRest",
    title: {
      nb: "Forventet levealder i resten av befolkningen",
      en: "Life expectancy of the rest of the population",
    },
    unit: "years",
    aggregation: "mean",
    direction: "increase",
    definition: {
      nb: "Referanse for R7s mål om at forskjellen i levealder skal reduseres.",
      en: "Reference for R7's aim that the gap in life expectancy shall be reduced.",
    },
    sources: [{ doc: "P", note: "R7 in full adds that the gap in life expectancy to the rest of the population shall be reduced." }],
  },
] as const satisfies readonly IndicatorData[];
