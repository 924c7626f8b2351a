import type { DeepReadonly, PlanInput } from "@opptrapping/core";
import type { AllocationId } from "./money.js";
import type { MeasureId } from "./measures.js";
import type { MilestoneId } from "./milestones.js";
import type { ProposalItemData } from "./types.js";
import type { Citations } from "../sources.js";

type Item = ProposalItemData<MeasureId, AllocationId, MilestoneId>;
type ProposalData = Omit<NonNullable<DeepReadonly<PlanInput["proposals"]>>[number], "items" | "sources"> & {
  readonly items: readonly Item[];
  readonly sources: Citations;
};

const PROPOSAL_TEXT = { doc: "S0", section: "§intro", note: "The proposal's items as the letter quotes them." } as const;

/**
 * The private members' proposal Dokument 8:74 S (2025–2026) on better mental health care,
 * item by item (1; 2, the updated plan itself, and its contents 2a–2g; 3; 4), each with the minister's answer in our own words and mapped
 * to the measures, result goals, allocations and milestones the answer points to.
 *
 * @example
 * ```ts
 * import { proposal } from "@opptrapping/psykisk-helse";
 * proposal.items.find((i) => i.id === "F2d")?.allocationIds;
 * // ["a-lavterskel-kommuneinntekter", "a-lavterskel-tilskudd-2026", "a-digitale-tilbud-2026"]
 * ```
 */
export const proposal = {
  id: "dok8-74s-2025-2026",
  reference: "Dokument 8:74 S (2025–2026)",
  title: {
    nb: "Representantforslag om et bedre tilbud innen psykisk helsevern",
    en: "Private members' proposal on better mental health care",
  },
  items: [
    {
      id: "F1",
      text: {
        nb: "Gjennomgå mål, virkemidler og ressursbruk i opptrappingsplanen og legge fram en midtveisevaluering for Stortinget senest innen utgangen av 2026.",
        en: "Review the plan's goals, instruments and resource use and present a midterm evaluation to the Storting by the end of 2026 at the latest.",
      },
      due: "2026",
      response: {
        nb: "Ministeren viser til de åtte resultatmålene, Helsedirektoratets årlige rapportering om status for tiltak og resultatmål (første gang levert i 2025) og avtalen med SINTEF om en følgeevaluering med årlige statusrapporter (den første etter planen 16. februar 2026) og en sluttevaluering; planen er dynamisk og kan justeres etter rapportering og evalueringer. Brevet nevner ingen midtveisevaluering; Helsedirektoratets lysbilder om evalueringsprogrammet nevner også en «tradisjonell» midtveisrapport og sluttrapport, uten dato.",
        en: "The minister points to the eight result goals, Hdir's yearly reporting on the status of measures and result goals (first delivered in 2025) and the agreement with SINTEF on a follow-along evaluation with yearly status reports (the first planned for 16 February 2026) and a final evaluation; the plan is dynamic and can be adjusted by reporting and evaluations. The letter does not mention a midterm evaluation; Hdir's slides on the evaluation programme also mention a 'traditional' midterm report and final report ('tradisjonell midtveisrapport og sluttrapport'), with no date.",
      },
      measureIds: ["m-hdir-rapportering", "m-evalueringsprogram"],
      goalIds: ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"],
      allocationIds: [],
      milestoneIds: ["ms-hdir-rapport-1", "ms-sintef-statusrapport-1"],
      sources: [
        PROPOSAL_TEXT,
        { doc: "S0", section: "§1" },
        { doc: "S1", section: "Evalueringsprogrammet", note: "Also a 'traditional' midterm report and final report." },
      ],
    },
    {
      id: "F2",
      text: {
        nb: "Legge fram en oppdatert og forsterket opptrappingsplan for psykisk helse, basert på evalueringen, som blant annet skal inneholde punktene a–g.",
        en: "Present an updated and strengthened escalation plan for mental health, based on the evaluation, containing among other things items a–g.",
      },
      response: {
        nb: "Rapporteringen på resultatmålene og følgeevalueringen gir grunnlag for årlige oppdateringer av planen og for å finne innsatsområder som bør forsterkes; tiltakene i planen og oppfølgingen av den dekker etter ministerens syn det forslagsstillerne ønsker i en ny plan.",
        en: "Reporting on the result goals and the follow-along evaluation are the basis for yearly updates of the plan and for finding areas to strengthen; in the minister's view the plan's measures and its follow-up cover what the proposers want in a new plan.",
      },
      measureIds: ["m-hdir-rapportering", "m-evalueringsprogram"],
      goalIds: [],
      allocationIds: [],
      milestoneIds: [],
      sources: [PROPOSAL_TEXT, { doc: "S0", section: "§2" }],
    },
    {
      id: "F2a",
      text: {
        nb: "En konkret plan for økt ressursinnsats.",
        en: "A concrete plan for more resources.",
      },
      response: {
        nb: "Forpliktelsen om å øke bevilgningene med 3 mrd. kroner i 2023–2033 er den konkrete planen for økt ressursinnsats; økning til enkelttiltak avgjøres i de årlige budsjettene, og vil Stortinget øke takten, hører det hjemme i budsjettprosessene.",
        en: "The commitment to raise appropriations by NOK 3 billion over 2023–2033 is the concrete plan for more resources; increases for single measures are decided in each year's budget, and if the Storting wants a faster pace that belongs in the budget process.",
      },
      measureIds: [],
      goalIds: [],
      allocationIds: [],
      milestoneIds: [],
      sources: [PROPOSAL_TEXT, { doc: "S0", section: "§2-resources" }],
    },
    {
      id: "F2b",
      text: {
        nb: "Styringsgrep som sikrer at psykisk helse ikke taper i konkurransen om ressurser i helseforetakene.",
        en: "Steering that ensures mental health does not lose in the competition for resources in the health trusts.",
      },
      response: {
        nb: "Oppdragsbrevet til RHF-ene for 2026 gir styringssignal om å styrke psykisk helsevern og TSB og har en indikator om at realveksten i kostnader innen psykisk helsevern og TSB skal være høyere enn den demografiske veksten lagt til grunn i Prop. 1 S (2025–2026); RHF-ene rapporterer på den og på kapasitet i årlig melding.",
        en: "The RHFs' 2026 steering letter signals that they should strengthen mental health care and TSB, and has an indicator that real cost growth in mental health care and TSB shall exceed the demographic growth assumed in Prop. 1 S (2025–2026); the RHFs report on it and on capacity in their annual reports.",
      },
      measureIds: ["m-rhf-styrke-phv-tsb", "m-rhf-styringsindikator"],
      goalIds: [],
      allocationIds: [],
      milestoneIds: [],
      sources: [PROPOSAL_TEXT, { doc: "S0", section: "§2-steering" }],
    },
    {
      id: "F2c",
      text: {
        nb: "Særskilte tiltak for å redusere ventetidene for barn og unge.",
        en: "Special measures to cut waiting times for children and youth.",
      },
      response: {
        nb: "Ventetidsløftet har gitt markant lavere ventetider, samlet tilbake på nivået før pandemien, fulgt månedlig med en trafikklysmodell; i PHBU var snittet 37,5 dager i juni–desember 2025, lavere enn samme periode i 2019. Ventetid er et resultatmål (på sikt under 35 dager i PHBU). Flere henvisninger til BUP, særlig for ADHD, skal følges opp. RHF-ene har fått i oppdrag å innføre vurderingssamtale (87 % av PHBU-poliklinikkene i april 2025), og unge opp til 26 år har fått egenandelsfritak.",
        en: "The waiting-time initiative has brought waits markedly down, overall back to the pre-pandemic level, followed monthly with a traffic-light model; in PHBU the mean was 37.5 days in June–December 2025, lower than the same period of 2019. Waiting time is a result goal (in the long run below 35 days in PHBU). More referrals to BUP, especially for ADHD, will be followed up. The RHFs were assigned to introduce the assessment conversation (87 % of PHBU clinics in April 2025), and young people up to 26 are exempt from co-payment.",
      },
      measureIds: [
        "m-ventetidsloftet",
        "m-trafikklysmodell",
        "m-adhd-henvisninger",
        "m-vurderingssamtale",
        "m-egenandelsfritak",
      ],
      goalIds: ["R5", "R4"],
      allocationIds: [],
      milestoneIds: [],
      sources: [PROPOSAL_TEXT, { doc: "S0", section: "§2-waiting" }],
    },
    {
      id: "F2d",
      text: {
        nb: "Tiltak for å styrke kommunale lavterskeltilbud.",
        en: "Measures to strengthen municipal low-threshold services.",
      },
      response: {
        nb: "Målet om lavterskeltilbud i alle kommuner følges opp med 300 mill. kroner mer i kommunenes inntekter, et eget tilskudd på 60 mill. kroner fra 2026 og implementeringsstøtte; 3 av 4 kommuner hadde slike tilbud ifølge rapportering fra 2024. Fastlegen er også et lavterskeltilbud og er styrket, og 10 mill. kroner i 2026 og et levert oppdrag til Helsedirektoratet skal øke bruken av digitale verktøy. Kommunekommisjonens første delrapport peker på behov for en betydelig reduksjon i den statlige styringen; ministeren mener at en framover bør se hen til balansen mellom målrettede tiltak for å nå nasjonale mål og det lokale handlingsrommet når virkemidler for lavterskeltilbud vurderes.",
        en: "The goal of low-threshold services in every municipality is followed up with NOK 300 million more in municipal income, a NOK 60 million grant of its own from 2026 and implementation support; 3 of 4 municipalities had such services according to reporting from 2024. The regular GP is a low-threshold service too and has been strengthened, and NOK 10 million in 2026 and a delivered Hdir assignment are to increase the use of digital tools. The Municipal Commission's first sub-report points to a need for a considerable reduction of state steering; the minister's own view is that the balance between targeted measures for national goals and local room for manoeuvre should be weighed when choosing instruments for low-threshold services.",
      },
      measureIds: [
        "m-lavterskel-kommuneinntekter",
        "m-lavterskel-tilskudd",
        "m-implementeringsstotte",
        "m-fastlege",
        "m-digitale-tilbud",
        "m-hdir-digitale-verktoy",
      ],
      goalIds: ["R3"],
      allocationIds: ["a-lavterskel-kommuneinntekter", "a-lavterskel-tilskudd-2026", "a-digitale-tilbud-2026"],
      milestoneIds: ["ms-digitale-verktoy", "ms-kommunekommisjonen-delrapport-1"],
      sources: [PROPOSAL_TEXT, { doc: "S0", section: "§2-lowthreshold" }],
    },
    {
      id: "F2e",
      text: {
        nb: "Utredning av behovet for langtidsplasser i psykisk helsevern.",
        en: "A study of the need for long-term places in mental health care.",
      },
      response: {
        nb: "Hele behandlingskjeden for mennesker med langvarige og sammensatte behov skal styrkes. Nedgangen i døgnkapasitet er bremset fra 2021; fram mot 2030 skal det helhetlige behandlingstilbudet styrkes, og døgnkapasiteten skal opp i tråd med behovet for om lag 430 flere plasser fram mot 2040; RHF-ene har laget planer for økt døgnkapasitet og en plan for sikkerhetspsykiatri, og det skal ses på sikkerhets- og overgangsboliger. Etter Innst. 72 S (2025–2026) gjør RHF-ene i 2026 en faglig gjennomgang som grunnlag for en plan for DPS.",
        en: "The whole treatment chain for people with long-term and complex needs is to be strengthened. The decline in inpatient capacity has been slowed from 2021; towards 2030 the overall treatment offer is to be strengthened, and inpatient capacity is to rise in line with the need for about 430 more places towards 2040; the RHFs have made plans for more inpatient capacity and a plan for security psychiatry, and secure and transitional housing will be looked at. After Innst. 72 S (2025–2026) the RHFs make a professional review in 2026 as the basis of a plan for district psychiatric centres.",
      },
      measureIds: [
        "m-behandlingskjede",
        "m-rhf-dogn-plan",
        "m-sikkerhetspsykiatri-plan",
        "m-sikkerhetsboliger",
        "m-rhf-faglig-gjennomgang",
        "m-dps-plan",
      ],
      goalIds: ["R6"],
      allocationIds: [],
      milestoneIds: ["ms-dognkapasitet-2030", "ms-rhf-faglig-gjennomgang"],
      sources: [PROPOSAL_TEXT, { doc: "S0", section: "§2-places" }],
    },
    {
      id: "F2f",
      text: {
        nb: "Videre utbygging av ACT- og FACT-team.",
        en: "Further build-out of ACT and FACT teams.",
      },
      response: {
        nb: "Planen vil videreføre og videreutvikle oppsøkende team; tilskuddet til etablering er gitt over flere år og ble styrket, Helsedirektoratet gir faglig og organisatorisk støtte og får for 2026 i oppdrag å vurdere hvordan flere team kan stimuleres fram, og Prop. 1 S og oppdragsbrevet til RHF-ene sier at team bør etableres der befolkningsgrunnlaget tilsier det.",
        en: "The plan will continue and develop outreach teams; the establishment grant has been given over several years and was strengthened, Hdir gives professional and organisational support and for 2026 will be asked to assess how to stimulate more teams, and Prop. 1 S and the RHFs' steering letter say teams should be set up where the population allows.",
      },
      measureIds: ["m-oppsokende-tjenester", "m-act-fact-tilskudd", "m-act-fact-stotte", "m-act-fact-vurdering", "m-act-fact-styringssignal"],
      goalIds: [],
      allocationIds: [],
      milestoneIds: [],
      sources: [PROPOSAL_TEXT, { doc: "S0", section: "§2-act" }],
    },
    {
      id: "F2g",
      text: {
        nb: "Tiltak for å styrke psykisk helsetilbud i skolen og senke terskelen for å oppsøke hjelp.",
        en: "Measures to strengthen mental health services in schools and lower the threshold for seeking help.",
      },
      response: {
        nb: "Ministeren viser til læreplanverket, kompetansepakken om folkehelse og livsmestring (klar høsten 2026), retten til et trygt skolemiljø og oppfølgingen av Meld. St. 34 (2023–2024) og Meld. St. 28 (2024–2025), tilskudd til skolemiljøteam, PP-tjenestens tydeligere forebyggende rolle i ny opplæringslov (august 2024), helsestasjons- og skolehelsetjenesten og helsestasjon for ungdom, en planlagt prøveordning i 2026 med henvisningsrett til BUP for helsesykepleiere; dessuten lavterskeltilbud, fastlegen, digitale verktøy, vurderingssamtale og forsøk som «Én vei inn».",
        en: "The minister points to the curriculum, the competence package on public health and life skills (ready in autumn 2026), the right to a safe school environment and the follow-up of Meld. St. 34 (2023–2024) and Meld. St. 28 (2024–2025), grants for school environment teams, the clearer preventive role of the educational-psychological service in the new Education Act (August 2024), the health centre and school health service and the health centre for young people, a trial planned for 2026 letting public-health nurses refer to BUP; and also low-threshold services, the GP, digital tools, the assessment conversation and pilots such as 'Én vei inn'.",
      },
      measureIds: [
        "m-lk20",
        "m-kompetansepakke",
        "m-ny-opplaeringslov",
        "m-skolemiljo",
        "m-skolemiljoteam",
        "m-meld-st-28",
        "m-helsestasjon-skolehelse",
        "m-helsestasjon-ungdom",
        "m-helsesykepleier-henvisningsrett",
        "m-lavterskeltilbud",
        "m-fastlege",
        "m-digitale-tilbud",
        "m-vurderingssamtale",
        "m-prosjekt-x",
      ],
      goalIds: [],
      allocationIds: [],
      milestoneIds: ["ms-kompetansepakke", "ms-opplaeringslov", "ms-henvisningsrett-forsok"],
      sources: [PROPOSAL_TEXT, { doc: "S0", section: "§2-school" }],
    },
    {
      id: "F3",
      text: {
        nb: "Som et forsøksprosjekt utrede og etablere en modell der psykisk helse organiseres i en mer sammenhengende behandlingskjede mellom kommunale tjenester og spesialisthelsetjenesten, utenfor dagens helseforetaksmodell.",
        en: "As a pilot, study and set up a model organising mental health as a more continuous treatment chain between municipal and specialist services, outside today's health-trust model.",
      },
      response: {
        nb: "Nei til et nytt forsøk nå: Helsereformutvalget skal levere modeller for organisering 1. november 2026, Prosjekt X har 14 utprøvinger i gang (80 mill. kroner i 2026, Helsedirektoratet oppsummerer erfaringene), og rapporten om en integrert ungdomstjeneste fra desember 2025 er til behandling. Regjeringen vil vente på dette arbeidet.",
        en: "No to another pilot now: the Health Reform Committee is to deliver organisational models on 1 November 2026, Prosjekt X has 14 pilots under way (NOK 80 million in 2026, Hdir summarising the lessons), and the December 2025 report on an integrated youth service is under consideration. The government will await this work.",
      },
      measureIds: ["m-prosjekt-x", "m-prosjekt-x-oppsummering", "m-integrert-ungdomstjeneste"],
      goalIds: [],
      allocationIds: ["a-prosjekt-x-2026"],
      milestoneIds: ["ms-helsereformutvalget", "ms-ungdomstjeneste-rapport"],
      sources: [PROPOSAL_TEXT, { doc: "S0", section: "§3" }],
    },
    {
      id: "F4",
      text: {
        nb: "Legge fram en handlingsplan som tar utgangspunkt i sammenhengen mellom psykisk uhelse og sosial og økonomisk ulikhet, for å styrke samordningen mellom sosialfaglige tjenester og psykisk helsehjelp, innen juni 2027.",
        en: "Present an action plan, starting from the link between mental ill-health and social and economic inequality, to strengthen coordination between social services and mental health care, by June 2027.",
      },
      due: "2027-06",
      response: {
        nb: "Ministeren viser til strategien mot sosiale helseforskjeller (Meld. St. 15 (2022–2023)), Meld. St. 28 (2024–2025), bedre økonomi for barnefamilier, hovedprosjektet «En friskere befolkning», IPS (Stortinget har vedtatt 13 mill. kroner mer i 2026; regjeringen har som mål et landsdekkende tilbud), målet om økt levealder med handlingsplanen «Bedre helsehjelp – flere gode leveår 2025–2033» (høsten 2025), et samarbeid med fire andre departementer om gjeld og selvmordsrisiko og en ny handlingsplan for forebygging av selvmord.",
        en: "The minister points to the strategy against social inequalities in health (Meld. St. 15 (2022–2023)), Meld. St. 28 (2024–2025), better finances for families with children, the main project 'A healthier population', IPS (the Storting decided NOK 13 million more in 2026; the government aims at a nationwide offer), the life-expectancy goal with the action plan 'Bedre helsehjelp – flere gode leveår 2025–2033' (autumn 2025), cooperation with four other ministries on debt and suicide risk, and a new action plan for suicide prevention.",
      },
      measureIds: [
        "m-meld-st-15",
        "m-meld-st-28",
        "m-barnefamilier",
        "m-friskere-befolkning",
        "m-ips",
        "m-bedre-helsehjelp",
        "m-gjeld-selvmord",
        "m-selvmordsplan",
      ],
      goalIds: ["R7"],
      allocationIds: ["a-ips-2026"],
      milestoneIds: ["ms-meld-st-28", "ms-bedre-helsehjelp"],
      sources: [PROPOSAL_TEXT, { doc: "S0", section: "§4" }],
    },
  ],
  sources: [
    {
      doc: "S0",
      section: "§intro",
      note: "Proposal by Storting members Kathy Lie, Marian Hussein and Anne Lise Gjerstad Fredlund; the committee asked for the minister's statement on 22 December 2025.",
    },
  ],
} as const satisfies ProposalData;

/**
 * Proposal items the minister answers without pointing to anything a proposal item can map
 * to, with the reason. F2a is answered with the NOK 3 billion commitment, and proposal items
 * can reference measures, goals, allocations and milestones but not the commitment.
 *
 * @example
 * ```ts
 * import { UNMAPPED_PROPOSAL_ITEMS } from "@opptrapping/psykisk-helse";
 * Object.keys(UNMAPPED_PROPOSAL_ITEMS); // ["F2a"]
 * ```
 */
export const UNMAPPED_PROPOSAL_ITEMS = {
  F2a: "Answered with the NOK 3 billion commitment (commitment c-3-mrd), which a proposal item cannot reference.",
} as const satisfies Readonly<Partial<Record<(typeof proposal.items)[number]["id"], string>>>;
