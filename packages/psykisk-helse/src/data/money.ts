import type { MeasureId } from "./measures.js";
import type { AllocationData, CommitmentData } from "./types.js";

/**
 * The allocations (bevilgninger) the sources state, in exact NOK as decimal strings. A budget
 * year is given only where the source gives it; `permanence` is `unknown` wherever the source
 * does not say whether the money raises the level for good.
 *
 * @example
 * ```ts
 * import { allocations } from "@opptrapping/psykisk-helse";
 * allocations.find((a) => a.id === "a-lavterskel-tilskudd-2026")?.amount; // "60000000"
 * ```
 */
export const allocations = [
  {
    id: "a-lavterskel-kommuneinntekter",
    title: {
      nb: "Styrkede kommuneinntekter for lavterskeltilbud",
      en: "Stronger municipal income for low-threshold services",
    },
    amount: "300000000",
    permanence: "unknown",
    channel: "municipalIncome",
    measureId: "m-lavterskel-kommuneinntekter",
    recipientIds: ["kommunene"],
    note: {
      nb: "Frie inntekter, ikke øremerket. Budsjettåret er ikke oppgitt.",
      en: "Unearmarked income. The budget year is not stated.",
    },
    sources: [{ doc: "S0", section: "§2-lowthreshold" }],
  },
  {
    id: "a-lavterskel-tilskudd-2026",
    title: { nb: "Nytt tilskudd til lavterskeltilbud", en: "New grant for low-threshold services" },
    amount: "60000000",
    budgetYear: 2026,
    permanence: "unknown",
    channel: "earmarkedGrant",
    measureId: "m-lavterskel-tilskudd",
    recipientIds: [],
    sources: [{ doc: "S0", section: "§2-lowthreshold" }],
  },
  {
    id: "a-digitale-tilbud-2026",
    title: {
      nb: "Digitale tilbud tas i bruk i større grad",
      en: "Wider use of digital services",
    },
    amount: "10000000",
    budgetYear: 2026,
    permanence: "unknown",
    channel: "unknown",
    measureId: "m-digitale-tilbud",
    recipientIds: [],
    sources: [{ doc: "S0", section: "§2-lowthreshold" }],
  },
  {
    id: "a-prosjekt-x-2026",
    title: {
      nb: "Øremerket til utprøvingene i Prosjekt X",
      en: "Earmarked for the Prosjekt X pilots",
    },
    amount: "80000000",
    budgetYear: 2026,
    permanence: "unknown",
    channel: "earmarkedGrant",
    measureId: "m-prosjekt-x",
    recipientIds: ["rhf"],
    note: {
      nb: "Øremerket av rekrutterings- og samhandlingstilskuddet, tildelt de regionale helseforetakene og fordelt på utprøvingene i regionene. Per januar 2026 står det ikke ledige tilskuddsmidler til disposisjon for andre prosjekter.",
      en: "Earmarked from the recruitment-and-cooperation grant, paid to the RHFs and divided among the pilots in their regions. As of January 2026 no unallocated grant money is left for other projects.",
    },
    sources: [{ doc: "S0", section: "§3" }],
  },
  {
    id: "a-ips-2026",
    title: {
      nb: "Økt bevilgning til oppfølgingstjenester i NAVs egenregi for IPS/IPS ung",
      en: "More for NAV's own follow-up services, for IPS/IPS ung",
    },
    amount: "13000000",
    budgetYear: 2026,
    permanence: "unknown",
    channel: "agencyBudget",
    measureId: "m-ips",
    recipientIds: ["nav"],
    // S0 lines 647–651: "Stortinget har vedtatt å øke bevilgningen … med 13 millioner for å øke innsatsen med IPS/IPS ung i 2026."
    decidedByIds: ["storting"],
    note: {
      nb: "Stortinget har vedtatt økningen på 13 mill. kroner, til oppfølgingstjenester i Arbeids- og velferdsetatens egenregi.",
      en: "The Storting decided the increase of NOK 13 million, for follow-up services run by NAV itself.",
    },
    sources: [{ doc: "S0", section: "§4" }],
  },
  {
    id: "a-2023-nye-tiltak",
    title: { nb: "Nye tiltak i planens første år", en: "New measures in the plan's first year" },
    amount: "150000000",
    budgetYear: 2023,
    permanence: "unknown",
    channel: "unknown",
    recipientIds: [],
    sources: [{ doc: "MS23", section: "kap. 5", note: "2023 began with NOK 150 million for new measures." }],
  },
  {
    id: "a-2023-dogn",
    title: { nb: "Øremerket døgnbehandling i 2023", en: "Earmarked for inpatient care in 2023" },
    amount: "150000000",
    budgetYear: 2023,
    permanence: "unknown",
    channel: "unknown",
    recipientIds: [],
    note: {
      nb: "Øremerket døgnbehandling; hvem som mottok midlene, er ikke oppgitt i kildene våre.",
      en: "Earmarked for inpatient care; who received the money is not stated in our sources.",
    },
    sources: [{ doc: "MS23", section: "kap. 5", note: "Plus NOK 150 million earmarked for inpatient care in 2023." }],
  },
] as const satisfies readonly AllocationData<MeasureId>[];

/**
 * The id of a bundled allocation.
 *
 * @example
 * ```ts
 * import type { AllocationId } from "@opptrapping/psykisk-helse";
 * const id: AllocationId = "a-ips-2026";
 * ```
 */
export type AllocationId = (typeof allocations)[number]["id"];

/**
 * The plan's money commitment: appropriations to mental health rise by (at least) NOK 3
 * billion over 2023–2033, a permanent strengthening to a new level; about NOK 1.2 billion
 * appropriated as of January 2026, which the government says is on track.
 *
 * @example
 * ```ts
 * import { commitment } from "@opptrapping/psykisk-helse";
 * commitment.amount; // "3000000000"
 * commitment.reported[0]?.cumulative; // "1200000000"
 * ```
 */
export const commitment = {
  id: "c-3-mrd",
  title: {
    nb: "Bevilgningene til psykisk helse skal økes med minst 3 mrd. kroner i planperioden",
    en: "Appropriations to mental health shall rise by at least NOK 3 billion over the plan period",
  },
  amount: "3000000000",
  atLeast: true,
  permanent: true,
  startYear: 2023,
  endYear: 2033,
  reported: [
    {
      // The letter's date: the figure counts from that day, not from the end of the month.
      asOf: "2026-01-19",
      cumulative: "1200000000",
      claimedOnTrack: true,
      claim: {
        words: "omlag 1,2 mrd. kroner",
        qualifier: "about",
        uncertainty: {
          nb: "Brevet skriver «omlag 1,2 mrd. kroner» uten å si hvilke budsjettår eller bevilgninger tallet omfatter, eller i hvilke priser.",
          en: "The letter says 'omlag 1,2 mrd. kroner' without saying which budget years or allocations the figure covers, or in which prices.",
        },
      },
      sources: [
        {
          doc: "S0",
          section: "§1",
          note: "About NOK 1.2 billion appropriated so far; the government says it is on track to reach 3 billion by 2033.",
        },
      ],
    },
  ],
  sources: [
    { doc: "S1", section: "Hovedmål", note: "'At least' NOK 3 billion." },
    { doc: "S0", section: "§1", note: "NOK 3 billion, a permanent strengthening to a new level." },
    { doc: "S0", section: "§2-resources", note: "The Storting has committed to the increase over 2023–2033; single measures depend on each year's budget." },
  ],
} as const satisfies CommitmentData;
