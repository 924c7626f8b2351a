import type { MeasureData } from "./types.js";

// How lifecycles are read from the sources (nothing else is inferred):
// - "(levert)", "leverte", "har laget", "har styrket", "er innført", "trådte i kraft" → delivered;
// - "har fått i oppdrag", "er i gang", "i gang", a present-tense ongoing activity, and
//   S1's label "Oppdrag til Hdir 2024 – fortsatt under arbeid" → inProgress;
// - "vil få i oppdrag", "vil", "skal", "tas sikte på" → planned;
// - nothing stated → an empty lifecycle (state unknown).
// A date is given only where the source dates the change itself, as precisely as it does
// ("høsten 2025" → 2025 with a note; "før jul" 2025 → 2025-12).
// Area and goal links are those the sources make: a measure listed on an area's slide gets
// that area; a measure the letter presents under a result goal gets that goal (and its area).
// Links the sources do not make are listed in `inferred`, each with its reasoning.
// Every lifecycle event has `knownFrom`: the date of the source that reports it (S1 2025-10-01,
// S0 2026-01-19), so an undated state never applies before the source existed.
// `scope`: `plan` for measures S1 lists or S0 presents as part of or following up the plan;
// `related` for other government policy the letter mentions beside it (white papers, the
// curriculum, the Education Act, family benefits, the health reform, separate action plans).

const HVA_SKJER = { doc: "S1", section: "Hva skjer når?" } as const;
const S1_DATE = "2025-10-01";
const S0_DATE = "2026-01-19";
const HDIR_2024 = {
  state: "inProgress",
  knownFrom: S1_DATE,
  note: "Listed among the Hdir assignments of 2024 still in progress ('Oppdrag til Hdir 2024 – fortsatt under arbeid').",
  sources: [HVA_SKJER],
} as const;
const HDIR_2024_DELIVERED = {
  state: "delivered",
  knownFrom: S1_DATE,
  note: "Marked '(levert)' on the slide; the date of delivery is not given.",
  sources: [HVA_SKJER],
} as const;
// The slide "Hva skjer når?" lists items by area and puts the label "Oppdrag til Hdir 2024 –
// fortsatt under arbeid" under the second column only (S1 lines 185–266): that the label covers
// every column, and so Hdir's ownership and the in-progress state, is our reading.
const HVA_SKJER_OWNER = {
  field: "ownerIds",
  inferred: true,
  reasoning: {
    nb: "Lysbildet «Hva skjer når?» merker oppdragene som «Oppdrag til Hdir 2024»; at merket gjelder dette punktet, og at Helsedirektoratet dermed eier det, er vår lesning.",
    en: "The slide 'Hva skjer når?' labels the items 'Oppdrag til Hdir 2024'; that the label covers this item, and so that Hdir owns it, is our reading.",
  },
} as const;
const HVA_SKJER_STATE = {
  field: "lifecycle",
  inferred: true,
  reasoning: {
    nb: "Merket «fortsatt under arbeid» står under én kolonne på lysbildet; at det også gjelder dette punktet, er vår lesning.",
    en: "The label 'fortsatt under arbeid' (still in progress) stands under one column of the slide; that it covers this item too is our reading.",
  },
} as const;

/**
 * The measures (tiltak) and assignments (oppdrag) the sources name, with kind, area, goal
 * links, owners and the lifecycle the sources state (empty when they state none).
 *
 * @example
 * ```ts
 * import { measures } from "@opptrapping/psykisk-helse";
 * measures.find((m) => m.id === "m-vurderingssamtale")?.goalIds; // ["R4"]
 * ```
 */
export const measures = [
  // ── Area 1: health-promoting and preventive work ────────────────────────────────────────
  {
    id: "m-bred-innsats",
    title: {
      nb: "Bred og koordinert innsats i både helse-, arbeids- og utdanningssektoren",
      en: "Broad, coordinated effort across the health, labour and education sectors",
    },
    kind: "other",
    scope: "plan",
    areaId: "A1",
    goalIds: [],
    ownerIds: [],
    lifecycle: [],
    sources: [{ doc: "S1", section: "Innsatsområde 1" }],
  },
  {
    id: "m-kompetansepakke",
    title: {
      nb: "Kompetansepakke om folkehelse og livsmestring i skolen, der psykisk helse inngår",
      en: "Competence package on public health and life skills in school, including mental health",
    },
    kind: "guide",
    scope: "plan",
    areaId: "A1",
    goalIds: [],
    ownerIds: ["udir", "hdir"],
    lifecycle: [
      {
        state: "inProgress",
        knownFrom: S1_DATE,
        note: "Hdir helps develop it (listed among the Hdir assignments of 2024 still in progress); Udir and Hdir are developing it (S0).",
        sources: [HVA_SKJER, { doc: "S0", section: "§2-school" }],
      },
    ],
    note: {
      nb: "Utdanningsdirektoratet og Helsedirektoratet er i gang med å utvikle pakken; den skal etter planen være klar høsten 2026 (S0).",
      en: "Udir and Hdir are developing the package; it is planned to be ready in autumn 2026 (S0).",
    },
    sources: [HVA_SKJER, { doc: "S0", section: "§2-school" }],
  },
  {
    id: "m-handlingsplan-ensomhet",
    title: { nb: "Utarbeide en handlingsplan mot ensomhet", en: "Draw up an action plan against loneliness" },
    kind: "plan",
    scope: "plan",
    areaId: "A1",
    goalIds: [],
    ownerIds: ["hdir"],
    lifecycle: [HDIR_2024],
    inferred: [HVA_SKJER_OWNER, HVA_SKJER_STATE],
    sources: [HVA_SKJER],
  },
  {
    id: "m-befolkningskampanje",
    title: {
      nb: "Gjennomføre en befolkningskampanje for god psykisk helse",
      en: "Run a population campaign for good mental health",
    },
    kind: "campaign",
    scope: "plan",
    areaId: "A1",
    goalIds: [],
    ownerIds: ["hdir"],
    lifecycle: [HDIR_2024],
    inferred: [HVA_SKJER_OWNER, HVA_SKJER_STATE],
    sources: [HVA_SKJER],
  },
  {
    id: "m-digiung",
    title: { nb: "Videreutvikle DigiUng og ung.no", en: "Develop DigiUng and ung.no further" },
    kind: "service",
    scope: "plan",
    areaId: "A1",
    goalIds: [],
    ownerIds: ["hdir"],
    lifecycle: [HDIR_2024],
    inferred: [HVA_SKJER_OWNER, HVA_SKJER_STATE],
    sources: [HVA_SKJER],
  },
  // ── Area 2: good and accessible services where people live ──────────────────────────────
  {
    id: "m-helsestasjon-skolehelse",
    title: {
      nb: "Styrke helsestasjons- og skolehelsetjenesten",
      en: "Strengthen the health centre and school health service",
    },
    kind: "service",
    scope: "plan",
    areaId: "A2",
    goalIds: [],
    ownerIds: [],
    lifecycle: [],
    note: {
      nb: "S0 omtaler tjenesten som en sentral lavterskeltjeneste for barn og ungdom, med samtaler uten henvisning eller ventetid.",
      en: "S0 describes the service as a central low-threshold service for children and youth, offering conversations without referral or waiting.",
    },
    sources: [{ doc: "S1", section: "Innsatsområde 2" }, { doc: "S0", section: "§2-school" }],
  },
  {
    id: "m-lavterskeltilbud",
    title: {
      nb: "Lavterskeltilbud og Rask psykisk helsehjelp",
      en: "Low-threshold services and Prompt Mental Health Care (Rask psykisk helsehjelp)",
    },
    kind: "service",
    scope: "plan",
    areaId: "A2",
    goalIds: ["R3"],
    ownerIds: ["kommunene"],
    lifecycle: [],
    note: {
      nb: "S1 lister «Lavterskeltilbud, Rask psykisk helsehjelp, FACT og FACT Ung» som ett eksempel; FACT-teamene er eget tiltak her.",
      en: "S1 lists 'low-threshold services, Prompt Mental Health Care, FACT and FACT Ung' as one example; the FACT teams are a measure of their own here.",
    },
    sources: [{ doc: "S1", section: "Innsatsområde 2" }, { doc: "S0", section: "§2-lowthreshold" }],
  },
  {
    id: "m-lavterskel-kommuneinntekter",
    title: {
      nb: "Styrke kommunenes inntekter med 300 mill. kroner slik at flere kommuner kan utvikle lavterskeltilbud",
      en: "Strengthen municipal income by NOK 300 million so that more municipalities can build low-threshold services",
    },
    kind: "funding",
    scope: "plan",
    areaId: "A2",
    goalIds: ["R3"],
    ownerIds: ["regjeringen"],
    lifecycle: [{ state: "delivered", knownFrom: S0_DATE, note: "The income 'has been strengthened'; the year is not stated.", sources: [{ doc: "S0", section: "§2-lowthreshold" }] }],
    sources: [{ doc: "S0", section: "§2-lowthreshold" }],
  },
  {
    id: "m-lavterskel-tilskudd",
    title: {
      nb: "Eget tilskudd til lavterskeltilbud fra 2026",
      en: "A grant of its own for low-threshold services from 2026",
    },
    kind: "grant",
    scope: "plan",
    areaId: "A2",
    goalIds: ["R3"],
    ownerIds: [],
    lifecycle: [
      {
        state: "inProgress",
        date: "2026",
        knownFrom: S0_DATE,
        note: "Established in 2026, with NOK 60 million appropriated.",
        sources: [{ doc: "S0", section: "§2-lowthreshold" }],
      },
    ],
    sources: [{ doc: "S0", section: "§2-lowthreshold" }],
  },
  {
    id: "m-implementeringsstotte",
    title: {
      nb: "Implementeringsstøtte for lavterskeltilbud",
      en: "Implementation support for low-threshold services",
    },
    kind: "other",
    scope: "plan",
    areaId: "A2",
    goalIds: ["R3"],
    ownerIds: ["regjeringen"],
    lifecycle: [{ state: "inProgress", knownFrom: S0_DATE, sources: [{ doc: "S0", section: "§2-lowthreshold" }] }],
    sources: [{ doc: "S0", section: "§2-lowthreshold" }],
  },
  {
    id: "m-fastlege",
    title: {
      nb: "Styrke allmennlegetjenesten (fastlegen som lavterskeltjeneste)",
      en: "Strengthen the GP service (the regular GP as a low-threshold service)",
    },
    kind: "other",
    scope: "related",
    goalIds: [],
    ownerIds: ["regjeringen"],
    lifecycle: [
      {
        state: "delivered",
        knownFrom: S0_DATE,
        note: "The GP service 'has been strengthened considerably'; more GPs and fewer people without a regular GP. No date.",
        sources: [{ doc: "S0", section: "§2-lowthreshold" }],
      },
    ],
    note: {
      nb: "S0 omtaler dette som et bidrag til lavterskeltilbudet, ikke som et tiltak i opptrappingsplanen.",
      en: "S0 presents this as a contribution to low-threshold help, not as a measure of the plan.",
    },
    sources: [{ doc: "S0", section: "§2-lowthreshold" }],
  },
  {
    id: "m-digitale-tilbud",
    title: {
      nb: "Ta i bruk digitale tilbud og selvhjelpstilbud i større grad (10 mill. kroner i 2026)",
      en: "Wider use of digital services and self-help tools (NOK 10 million in 2026)",
    },
    kind: "funding",
    scope: "plan",
    goalIds: [],
    ownerIds: [],
    lifecycle: [],
    sources: [{ doc: "S0", section: "§2-lowthreshold" }],
  },
  {
    id: "m-hdir-digitale-verktoy",
    title: {
      nb: "Oppdrag til Helsedirektoratet: tiltak for å tilgjengeliggjøre og øke bruken av kvalitetssikrede digitale verktøy innen psykisk helse",
      en: "Assignment to Hdir: measures to make quality-assured digital tools in mental health available and more used",
    },
    kind: "assignment",
    scope: "plan",
    goalIds: [],
    ownerIds: ["hdir"],
    lifecycle: [
      {
        state: "delivered",
        date: "2025-12",
        knownFrom: S0_DATE,
        note: "Delivered before Christmas 2025.",
        sources: [{ doc: "S0", section: "§2-lowthreshold" }],
      },
    ],
    sources: [{ doc: "S0", section: "§2-lowthreshold" }],
  },
  {
    id: "m-likeverdig-lavterskel",
    title: {
      nb: "Utrede hvordan sikre likeverdig tilgang til lavterskeltilbud i hele landet, inkludert lovfesting",
      en: "Study how to secure equal access to low-threshold services nationwide, including legislation",
    },
    kind: "study",
    scope: "plan",
    areaId: "A2",
    goalIds: ["R3"],
    ownerIds: ["hdir"],
    lifecycle: [HDIR_2024_DELIVERED],
    inferred: [HVA_SKJER_OWNER],
    sources: [HVA_SKJER],
  },
  {
    id: "m-nav-tjenestemodeller",
    title: {
      nb: "Prøve ut nye tjenestemodeller mellom NAV og kommunale helsetjenester i samarbeid med AV-dir",
      en: "Try new service models between NAV and municipal health services, with AV-dir",
    },
    kind: "pilot",
    scope: "plan",
    areaId: "A2",
    goalIds: [],
    ownerIds: ["hdir", "av-dir"],
    lifecycle: [HDIR_2024],
    sources: [HVA_SKJER],
  },
  {
    id: "m-integrert-ungdomstjeneste",
    title: {
      nb: "Utrede og pilotere en integrert ungdomstjeneste på ett nivå for unge med psykiske lidelser og/eller rusmiddelproblemer, i samarbeid med barnevern og NAV",
      en: "Study and pilot an integrated one-level youth service for young people with mental disorders and/or substance problems, with child welfare and NAV",
    },
    kind: "study",
    scope: "plan",
    areaId: "A2",
    goalIds: [],
    ownerIds: ["hdir"],
    lifecycle: [
      HDIR_2024,
      {
        // S0 lines 568–574: only the study report was delivered; S1 lines 258–266 list the
        // measure (study and pilot) as still in progress.
        state: "inProgress",
        date: "2025-12",
        knownFrom: S0_DATE,
        note: "Hdir delivered its study report in December 2025; the ministry is considering it. The pilot is not reported, so the measure (study and pilot) is not delivered.",
        sources: [{ doc: "S0", section: "§3" }],
      },
    ],
    sources: [HVA_SKJER, { doc: "S0", section: "§3" }],
  },
  {
    id: "m-ips",
    title: {
      nb: "Videreføre og bygge ut tilbudet om individuell jobbstøtte (IPS og IPS ung)",
      en: "Continue and expand individual placement and support (IPS and IPS ung)",
    },
    kind: "service",
    scope: "plan",
    areaId: "A2",
    goalIds: [],
    ownerIds: ["nav"],
    // S0 lines 643–651: continued effort on IPS; the Storting has decided more money for 2026.
    lifecycle: [
      {
        state: "inProgress",
        knownFrom: S0_DATE,
        note: "Continued effort; the Storting has decided to raise the appropriation for IPS/IPS ung in 2026.",
        sources: [{ doc: "S0", section: "§4" }],
      },
    ],
    note: {
      nb: "Stortinget har vedtatt å øke bevilgningen til oppfølgingstjenester i NAVs egenregi med 13 mill. kroner for å øke innsatsen med IPS/IPS ung i 2026; målet er et landsdekkende IPS-tilbud (Prop. 1 S (2025–2026) for Arbeids- og inkluderingsdepartementet).",
      en: "The Storting decided to raise the appropriation for NAV's own follow-up services by NOK 13 million in 2026 for IPS/IPS ung; the aim is a nationwide IPS offer (Prop. 1 S (2025–2026) for the Ministry of Labour and Social Inclusion).",
    },
    sources: [{ doc: "S1", section: "Innsatsområde 2" }, { doc: "S0", section: "§4" }],
  },
  {
    id: "m-act-fact-tilskudd",
    title: {
      nb: "Tilskudd til etablering av ACT-, FACT- og FACT ung-team",
      en: "Grant for establishing ACT, FACT and FACT Ung teams",
    },
    kind: "grant",
    scope: "plan",
    areaId: "A2",
    goalIds: [],
    ownerIds: [],
    // S0 lines 279–281: "Det er over flere år bevilget tilskudd …", and the grant was strengthened: an ongoing scheme.
    lifecycle: [
      {
        state: "inProgress",
        knownFrom: S0_DATE,
        note: "Granted over several years and strengthened; an ongoing grant scheme.",
        sources: [{ doc: "S0", section: "§2-act" }],
      },
    ],
    note: {
      nb: "Bevilget over flere år og styrket da regjeringen tiltrådte; beløpet er ikke oppgitt.",
      en: "Granted over several years and strengthened when the government took office; the amount is not stated.",
    },
    sources: [
      { doc: "S1", section: "Innsatsområde 2", note: "FACT and FACT Ung are listed among the area's example measures." },
      { doc: "S0", section: "§2-act" },
    ],
  },
  {
    id: "m-act-fact-stotte",
    title: {
      nb: "Faglig og organisatorisk støtte til ACT-, FACT- og FACT ung-teamene",
      en: "Professional and organisational support to the ACT, FACT and FACT Ung teams",
    },
    kind: "other",
    scope: "plan",
    goalIds: [],
    ownerIds: ["hdir"],
    lifecycle: [{ state: "inProgress", knownFrom: S0_DATE, sources: [{ doc: "S0", section: "§2-act" }] }],
    sources: [{ doc: "S0", section: "§2-act" }],
  },
  {
    id: "m-act-fact-vurdering",
    title: {
      nb: "Oppdrag til Helsedirektoratet for 2026: vurdere hvordan det i større grad kan stimuleres til å etablere flere ACT-, FACT- og FACT ung-team",
      en: "Assignment to Hdir for 2026: assess how to stimulate the establishment of more ACT, FACT and FACT Ung teams",
    },
    kind: "assignment",
    scope: "plan",
    goalIds: [],
    ownerIds: ["hdir"],
    lifecycle: [{ state: "planned", knownFrom: S0_DATE, note: "Hdir 'will be given' the assignment for 2026.", sources: [{ doc: "S0", section: "§2-act" }] }],
    sources: [{ doc: "S0", section: "§2-act" }],
  },
  {
    id: "m-act-fact-styringssignal",
    title: {
      nb: "Tverrfaglige oppsøkende team bør etableres der det er befolkningsmessig grunnlag (Prop. 1 S og oppdragsbrev til RHF-ene)",
      en: "Interdisciplinary outreach teams should be established where the population allows (Prop. 1 S and the RHFs' steering letter)",
    },
    kind: "other",
    scope: "plan",
    goalIds: [],
    ownerIds: ["hod", "rhf"],
    lifecycle: [],
    sources: [{ doc: "S0", section: "§2-act" }],
  },
  {
    id: "m-vurderingssamtale",
    title: {
      nb: "Oppdrag til de regionale helseforetakene: innføre tilbud om vurderingssamtale/tidlig avklaring i PHBU",
      en: "Assignment to the RHFs: introduce an assessment conversation / early clarification in PHBU",
    },
    kind: "assignment",
    scope: "plan",
    areaId: "A2",
    goalIds: ["R4"],
    ownerIds: ["rhf"],
    lifecycle: [
      {
        state: "inProgress",
        knownFrom: S0_DATE,
        note: "By April 2025, 87 % of PHBU outpatient clinics had established the offer.",
        sources: [{ doc: "S0", section: "§2-waiting" }],
      },
    ],
    sources: [{ doc: "S0", section: "§2-waiting" }],
  },
  {
    id: "m-egenandelsfritak",
    title: {
      nb: "Egenandelsfritak for unge opp til 26 år i psykisk helsevern og TSB",
      en: "Co-payment exemption for young people up to 26 in mental health care and TSB",
    },
    kind: "other",
    scope: "plan",
    goalIds: [],
    ownerIds: [],
    lifecycle: [
      {
        state: "delivered",
        knownFrom: S0_DATE,
        note: "'Recently introduced' as of the letter (January 2026); no date given.",
        sources: [{ doc: "S0", section: "§2-waiting" }],
      },
    ],
    note: {
      nb: "For å senke terskelen for å oppsøke og motta helsehjelp for unge.",
      en: "To lower the threshold for young people to seek and receive care.",
    },
    sources: [{ doc: "S0", section: "§2-waiting" }],
  },
  {
    id: "m-ventetidsloftet",
    title: { nb: "Ventetidsløftet", en: "The waiting-time initiative (ventetidsløftet)" },
    kind: "other",
    scope: "plan",
    areaId: "A2",
    goalIds: ["R5"],
    ownerIds: ["regjeringen"],
    // S0 lines 301–303: "Gjennom arbeidet i ventetidsløftet har regjeringen sørget for …" — ongoing work.
    lifecycle: [
      {
        state: "inProgress",
        knownFrom: S0_DATE,
        note: "The work under the waiting-time initiative is ongoing.",
        sources: [{ doc: "S0", section: "§2-waiting" }],
      },
    ],
    note: {
      nb: "Ifølge S0 har arbeidet gitt en markant nedgang i gjennomsnittlig ventetid til påbegynt helsehjelp.",
      en: "According to S0 the work has brought a marked fall in mean waiting time to start of care.",
    },
    sources: [{ doc: "S0", section: "§2-waiting" }],
  },
  {
    id: "m-trafikklysmodell",
    title: {
      nb: "Trafikklysmodell for ventetider med månedlige resultater",
      en: "Traffic-light model for waiting times, with monthly results",
    },
    kind: "other",
    scope: "plan",
    areaId: "A2",
    goalIds: ["R5"],
    ownerIds: ["regjeringen"],
    lifecycle: [{ state: "inProgress", knownFrom: S0_DATE, sources: [{ doc: "S0", section: "§2-waiting" }] }],
    note: {
      nb: "Fargegrensene er ikke publisert i kildene våre.",
      en: "The colour thresholds are not published in our sources.",
    },
    sources: [{ doc: "S0", section: "§2-waiting" }],
  },
  {
    id: "m-adhd-henvisninger",
    title: {
      nb: "Følge opp økningen i henvisninger til BUP, særlig til ADHD-utredning, og se på behov for tiltak",
      en: "Follow up the rise in referrals to BUP, especially for ADHD assessment, and consider measures",
    },
    kind: "study",
    scope: "plan",
    areaId: "A2",
    goalIds: ["R5"],
    ownerIds: ["regjeringen", "hdir", "fhi"],
    lifecycle: [{ state: "planned", knownFrom: S0_DATE, sources: [{ doc: "S0", section: "§2-waiting" }] }],
    sources: [{ doc: "S0", section: "§2-waiting" }],
  },
  {
    id: "m-helsesykepleier-henvisningsrett",
    title: {
      nb: "Nasjonal prøveordning med henvisningsrett til BUP for helsesykepleiere",
      en: "National trial: public-health nurses may refer directly to BUP",
    },
    kind: "pilot",
    scope: "plan",
    goalIds: [],
    ownerIds: [],
    lifecycle: [{ state: "planned", knownFrom: S0_DATE, note: "The aim is to start it during 2026.", sources: [{ doc: "S0", section: "§2-school" }] }],
    sources: [{ doc: "S0", section: "§2-school" }],
  },
  {
    id: "m-rhf-dogn-plan",
    title: {
      nb: "Oppdrag til de regionale helseforetakene: konkret og tidfestet plan for økt døgnkapasitet i psykisk helsevern",
      en: "Assignment to the RHFs: a concrete, time-bound plan for more inpatient capacity in mental health care",
    },
    kind: "assignment",
    scope: "plan",
    areaId: "A2",
    goalIds: ["R6"],
    ownerIds: ["rhf"],
    lifecycle: [
      {
        state: "delivered",
        knownFrom: S0_DATE,
        note: "The letter refers to what 'the RHFs describe in their plans'; no date given.",
        sources: [{ doc: "S0", section: "§2-places" }],
      },
    ],
    sources: [{ doc: "S0", section: "§2-places" }],
  },
  {
    id: "m-sikkerhetspsykiatri-plan",
    title: {
      nb: "Overordnet plan for sikkerhetspsykiatri med økt kapasitet",
      en: "Overall plan for security psychiatry, with more capacity",
    },
    kind: "plan",
    scope: "plan",
    areaId: "A2",
    goalIds: ["R6"],
    ownerIds: ["rhf"],
    lifecycle: [{ state: "delivered", knownFrom: S0_DATE, note: "The RHFs 'have made' the plan; no date given.", sources: [{ doc: "S0", section: "§2-places" }] }],
    sources: [{ doc: "S0", section: "§2-places" }],
  },
  {
    id: "m-sikkerhetsboliger",
    title: {
      nb: "Se på nye løsninger for sikkerhetsboliger og overgangsboliger for dem som er ferdig med behandling og fortsatt trenger tett oppfølging",
      en: "Look at new solutions for secure and transitional housing for people who have finished treatment but still need close follow-up",
    },
    kind: "study",
    scope: "plan",
    areaId: "A2",
    goalIds: ["R6"],
    ownerIds: ["hod", "rhf"],
    lifecycle: [{ state: "planned", knownFrom: S0_DATE, sources: [{ doc: "S0", section: "§2-places" }] }],
    note: {
      nb: "Kan frigjøre døgnplasser i ordinære døgnavdelinger.",
      en: "Could free places in ordinary inpatient wards.",
    },
    sources: [{ doc: "S0", section: "§2-places" }],
  },
  {
    id: "m-rhf-faglig-gjennomgang",
    title: {
      nb: "Oppdrag til de regionale helseforetakene for 2026: faglig gjennomgang av tilbudet i psykisk helsevern (jf. Innst. 72 S (2025–2026))",
      en: "Assignment to the RHFs for 2026: a professional review of mental health care services (cf. Innst. 72 S (2025–2026))",
    },
    kind: "assignment",
    scope: "related",
    areaId: "A2",
    goalIds: ["R6"],
    ownerIds: ["rhf"],
    lifecycle: [
      { state: "inProgress", knownFrom: S0_DATE, note: "Assigned for 2026; the review is to underpin the DPS plan.", sources: [{ doc: "S0", section: "§2-places" }] },
    ],
    sources: [{ doc: "S0", section: "§2-places" }],
  },
  {
    id: "m-dps-plan",
    title: {
      nb: "Konkret og tidfestet plan for utvikling av distriktspsykiatriske sentre (DPS) i hele landet, og hindre nedbygging av slike tilbud",
      en: "A concrete, time-bound plan for developing district psychiatric centres (DPS) across Norway, and preventing their reduction",
    },
    kind: "plan",
    scope: "related",
    areaId: "A2",
    goalIds: ["R6"],
    ownerIds: ["hod"],
    lifecycle: [
      {
        state: "planned",
        knownFrom: S0_DATE,
        note: "The Storting asked for it (Innst. 72 S (2025–2026)); the minister will follow up the decision.",
        sources: [{ doc: "S0", section: "§2-places" }],
      },
    ],
    sources: [{ doc: "S0", section: "§2-places" }],
  },
  // ── Area 3: services for people with long-term and complex needs ────────────────────────
  {
    id: "m-helhetlig-plan",
    title: {
      nb: "Helhetlig plan for å sikre at personer med psykiske lidelser og/eller rusmiddelproblemer får den helsehjelpen de har behov for og rett på, og for å heve levealderen deres",
      en: "Comprehensive plan so that people with mental disorders and/or substance problems get the care they need and are entitled to, and to raise their life expectancy",
    },
    kind: "plan",
    scope: "plan",
    areaId: "A3",
    goalIds: ["R7"],
    ownerIds: ["hdir"],
    // S1 lines 222–230: "Utkast til en helhetlig plan … (levert)" — a draft, not the plan.
    lifecycle: [
      {
        state: "inProgress",
        knownFrom: S1_DATE,
        note: "Only a draft of the plan is marked '(levert)' on the slide; the finished plan is not reported. The date of the draft is not given.",
        sources: [HVA_SKJER],
      },
    ],
    inferred: [HVA_SKJER_OWNER],
    note: {
      nb: "Eksempeltiltaket på lysbildet om innsatsområde 3 og utkastet som er merket «levert» i oversikten for 2025 er her regnet som samme plan; bare utkastet er levert. Kildene sier ikke om utkastet ble handlingsplanen «Bedre helsehjelp – flere gode leveår 2025–2033».",
      en: "The example measure on the area 3 slide and the draft marked 'delivered' in the 2025 overview are taken here as the same plan; only the draft is delivered. The sources do not say whether the draft became the action plan 'Bedre helsehjelp – flere gode leveår 2025–2033'.",
    },
    sources: [{ doc: "S1", section: "Innsatsområde 3" }, HVA_SKJER],
  },
  {
    id: "m-bedre-helsehjelp",
    title: {
      nb: "Handlingsplanen «Bedre helsehjelp – flere gode leveår 2025–2033»",
      en: "Action plan 'Better health care – more good years of life 2025–2033'",
    },
    kind: "plan",
    scope: "related",
    areaId: "A3",
    goalIds: ["R7"],
    ownerIds: ["regjeringen"],
    lifecycle: [
      {
        state: "delivered",
        date: "2025",
        knownFrom: S0_DATE,
        note: "Launched in autumn 2025 (høsten 2025).",
        sources: [{ doc: "S0", section: "§4" }],
      },
    ],
    note: {
      nb: "Sentrale mål: hjelp til endring av levevaner, forebygging av somatisk sykdom og tettere oppfølging av somatisk helse og legemiddelbruk.",
      en: "Central aims: help to change lifestyle, prevention of somatic disease, and closer follow-up of somatic health and medication.",
    },
    sources: [{ doc: "S0", section: "§4" }],
  },
  {
    id: "m-oppsokende-tjenester",
    title: {
      nb: "Videreføre og videreutvikle oppsøkende tjenester som ACT-, FACT- og FACT ung-team",
      en: "Continue and develop outreach services such as ACT, FACT and FACT Ung teams",
    },
    kind: "service",
    scope: "plan",
    areaId: "A3",
    goalIds: [],
    ownerIds: [],
    lifecycle: [],
    sources: [{ doc: "S1", section: "Innsatsområde 3" }, { doc: "S0", section: "§2-act" }],
  },
  {
    id: "m-samhandlingsmodeller",
    title: {
      nb: "Utrede modeller for samhandling og integrerte tjenestetilbud",
      en: "Study models for cooperation and integrated services",
    },
    kind: "study",
    scope: "plan",
    areaId: "A3",
    goalIds: [],
    ownerIds: [],
    lifecycle: [],
    sources: [{ doc: "S1", section: "Innsatsområde 3" }],
  },
  {
    id: "m-behandlingskjede",
    title: {
      nb: "Styrke hele behandlingskjeden for mennesker med langvarige og sammensatte behov (oppdragsdokumentet til RHF-ene)",
      en: "Strengthen the whole treatment chain for people with long-term and complex needs (the RHFs' steering document)",
    },
    kind: "other",
    scope: "plan",
    areaId: "A3",
    goalIds: [],
    ownerIds: ["rhf"],
    lifecycle: [],
    note: {
      nb: "Omfatter polikliniske tilbud, ambulante team og døgntilbud ved DPS og sykehus, og døgntilbud i samarbeid mellom sykehus og kommune.",
      en: "Covers outpatient services, ambulant teams and inpatient care at DPS and hospitals, and inpatient services run jointly by hospitals and municipalities.",
    },
    sources: [{ doc: "S0", section: "§2-places" }],
  },
  {
    id: "m-unge-vold",
    title: {
      nb: "Utrede behandlingstilbud for unge med voldsproblematikk og samtidig psykisk lidelse og/eller rusmiddelproblemer",
      en: "Study treatment for young people with violence problems and a concurrent mental disorder or substance problem",
    },
    kind: "study",
    scope: "plan",
    areaId: "A3",
    goalIds: [],
    ownerIds: ["hdir"],
    lifecycle: [HDIR_2024],
    note: {
      nb: "Helsedirektoratet er med i styrings- og arbeidsgruppen.",
      en: "Hdir sits in the steering and working group.",
    },
    inferred: [HVA_SKJER_OWNER, HVA_SKJER_STATE],
    sources: [HVA_SKJER],
  },
  {
    id: "m-helse-barnevern",
    title: { nb: "Helse og barnevern", en: "Health and child welfare" },
    kind: "other",
    scope: "plan",
    areaId: "A3",
    goalIds: [],
    ownerIds: ["hdir"],
    lifecycle: [HDIR_2024],
    note: {
      nb: "Slik punktet står på lysbildet; innholdet er ikke beskrevet nærmere.",
      en: "As the slide words it; the content is not described further.",
    },
    inferred: [HVA_SKJER_OWNER, HVA_SKJER_STATE],
    sources: [HVA_SKJER],
  },
  // ── Personnel and competence ────────────────────────────────────────────────────────────
  {
    id: "m-psykologspesialist",
    title: {
      nb: "Utrede grunnlaget for en offentlig spesialistutdanning og spesialistgodkjenning for psykologspesialister",
      en: "Study the basis for a public specialist education and approval for psychologist specialists",
    },
    kind: "study",
    scope: "plan",
    themeIds: ["personell-kompetanse"],
    goalIds: [],
    ownerIds: ["hdir"],
    lifecycle: [HDIR_2024],
    inferred: [HVA_SKJER_OWNER, HVA_SKJER_STATE],
    sources: [HVA_SKJER],
  },
  // ── Continuing work and frameworks ──────────────────────────────────────────────────────
  {
    id: "m-veileder-barn-unge",
    title: {
      nb: "Implementere «Veileder om psykisk helsearbeid barn og unge»",
      en: "Implement the guide on mental health work for children and youth",
    },
    kind: "guide",
    scope: "plan",
    goalIds: [],
    ownerIds: [],
    lifecycle: [],
    note: { nb: "Sentral oppgave i 2024.", en: "A central task in 2024." },
    sources: [{ doc: "S1", section: "Videreføre arbeid, etablere rammer mv." }],
  },
  {
    id: "m-veileder-voksne",
    title: {
      nb: "Nasjonal veileder i lokalt psykisk helse- og rusarbeid for voksne",
      en: "National guide for local mental health and substance work for adults",
    },
    kind: "guide",
    scope: "plan",
    goalIds: [],
    ownerIds: [],
    lifecycle: [],
    sources: [{ doc: "S1", section: "Videreføre arbeid, etablere rammer mv." }],
  },
  {
    id: "m-bruker-parorende",
    title: {
      nb: "Faglige råd og anbefalinger om bruker- og pårørendemedvirkning",
      en: "Professional advice and recommendations on user and next-of-kin participation",
    },
    kind: "guide",
    scope: "plan",
    themeIds: ["brukermedvirkning"],
    goalIds: [],
    ownerIds: [],
    lifecycle: [],
    sources: [{ doc: "S1", section: "Videreføre arbeid, etablere rammer mv." }],
  },
  // ── Steering, follow-up and evaluation ──────────────────────────────────────────────────
  {
    id: "m-rhf-styringsindikator",
    title: {
      nb: "Styringsindikator i oppdragsbrevet til RHF-ene for 2026: realveksten i kostnader innen psykisk helsevern og TSB skal være høyere enn den demografiske veksten",
      en: "Steering indicator in the RHFs' 2026 steering letter: real cost growth in mental health care and TSB shall exceed demographic growth",
    },
    kind: "other",
    scope: "plan",
    areaId: "A2",
    goalIds: ["R6"],
    ownerIds: ["hod", "rhf"],
    lifecycle: [
      {
        state: "inProgress",
        date: "2026",
        knownFrom: S0_DATE,
        note: "Set in the steering letter for 2026; the RHFs report on it in their annual reports.",
        sources: [{ doc: "S0", section: "§2-steering" }],
      },
    ],
    inferred: [
      {
        field: "goalIds",
        inferred: true,
        reasoning: {
          nb: "Brevet knytter indikatoren til at psykisk helse ikke skal tape i konkurransen om ressurser i helseforetakene, ikke til et resultatmål; koblingen til R6 (kapasiteten i spesialisthelsetjenesten) er vår.",
          en: "The letter ties the indicator to mental health not losing in the competition for resources in the health trusts, not to a result goal; the link to R6 (specialist-care capacity) is ours.",
        },
      },
      {
        field: "areaId",
        inferred: true,
        reasoning: { nb: "Følger av koblingen til R6, som hører til innsatsområde 2.", en: "Follows from the link to R6, which belongs to area 2." },
      },
    ],
    note: {
      nb: "Målet er at psykisk helse ikke skal tape i konkurransen om ressurser i helseforetakene. RHF-ene rapporterer også om behandlingskapasitet, både i sikkerhetspsykiatrien og i de øvrige tjenestene.",
      en: "The aim is that mental health does not lose in the competition for resources in the health trusts. The RHFs also report on treatment capacity, in security psychiatry and the other services.",
    },
    sources: [{ doc: "S0", section: "§2-steering" }],
  },
  {
    id: "m-hdir-rapportering",
    title: {
      nb: "Helsedirektoratets årlige rapportering til HOD om status for tiltak og resultatmål, med anbefalinger om prioriteringer",
      en: "Hdir's yearly report to HOD on the status of measures and result goals, with recommended priorities",
    },
    kind: "assignment",
    scope: "plan",
    goalIds: [],
    ownerIds: ["hdir"],
    lifecycle: [{ state: "inProgress", knownFrom: S0_DATE, note: "The first report was delivered in 2025.", sources: [{ doc: "S0", section: "§1" }] }],
    note: {
      nb: "Helsedirektoratet innhenter også innspill fra sektoren og andre sektorer og anbefaler hvert år hva som bør prioriteres påfølgende år.",
      en: "Hdir also gathers input from the sector and other sectors and each year recommends what to prioritise the next year.",
    },
    sources: [{ doc: "S0", section: "§1" }, { doc: "S1", section: "Organisering av arbeidet på nasjonalt nivå" }],
  },
  {
    id: "m-evalueringsprogram",
    title: {
      nb: "Evalueringsprogram for opptrappingsplanen: følgeevaluering med årlige statusrapporter, midtveisrapport og sluttevaluering",
      en: "Evaluation programme for the plan: follow-along evaluation with yearly status reports, a midterm report and a final evaluation",
    },
    kind: "study",
    scope: "plan",
    goalIds: [],
    ownerIds: ["sintef", "ahus", "ntnu", "sentio"],
    lifecycle: [
      { state: "inProgress", knownFrom: S0_DATE, note: "An agreement with SINTEF has been entered into.", sources: [{ doc: "S0", section: "§1" }] },
    ],
    note: {
      nb: "SINTEF er hovedleverandør i samarbeid med Ahus og NTNU (og Sentio). Evaluerer også plangjennomføringen og kan foreslå justeringer. Datoene for midtveisrapport og sluttevaluering er ikke oppgitt.",
      en: "SINTEF is the main supplier with Ahus and NTNU (and Sentio). It also evaluates how the plan is carried out and may propose adjustments. The dates of the midterm report and final evaluation are not given.",
    },
    sources: [{ doc: "S0", section: "§1" }, { doc: "S1", section: "Evalueringsprogrammet" }],
  },
  {
    id: "m-regional-implementering",
    title: {
      nb: "Regional og lokal implementering: Statsforvalteren med kompetansesentrene veileder kommunene og bidrar til å sette i verk tiltak",
      en: "Regional and local implementation: the county governors with the competence centres guide municipalities and help put measures into effect",
    },
    kind: "other",
    scope: "plan",
    goalIds: [],
    ownerIds: ["statsforvalteren", "kompetansesentre"],
    lifecycle: [],
    note: {
      nb: "Kompetansesentrene bidrar i kommunene og spesialisthelsetjenesten etter tilskuddsbrev fra Helsedirektoratet.",
      en: "The competence centres work in municipalities and specialist care under Hdir's grant letters.",
    },
    sources: [{ doc: "S1", section: "Regional og lokal implementering" }],
  },
  // ── Organisation: the health reform ─────────────────────────────────────────────────────
  {
    id: "m-prosjekt-x",
    title: {
      nb: "Prosjekt X: utprøvinger der kommuner og sykehus prøver ut nye måter å organisere tjenestene på",
      en: "Prosjekt X: pilots in which municipalities and hospitals try new ways of organising services",
    },
    kind: "pilot",
    scope: "related",
    goalIds: [],
    ownerIds: ["regjeringen"],
    lifecycle: [
      { state: "inProgress", knownFrom: S0_DATE, note: "14 pilots under way as of January 2026.", sources: [{ doc: "S0", section: "§3" }] },
    ],
    note: {
      nb: "14 utprøvinger i gang per januar 2026. Blant dem innen psykisk helse: felles henvisningsmottak «Én vei inn» i Vestfold, sikkerhetsboliger for personer med sammensatte behov i Sør-Trøndelag og integrerte helsetjenester for barn og unge i Nordfjord. Del av arbeidet med helsereformen.",
      en: "14 pilots under way as of January 2026. Among those in mental health: a joint referral intake 'Én vei inn' in Vestfold, secure housing for people with complex needs in Sør-Trøndelag, and integrated services for children and youth in Nordfjord. Part of the health reform work.",
    },
    sources: [{ doc: "S0", section: "§3" }],
  },
  {
    id: "m-prosjekt-x-oppsummering",
    title: {
      nb: "Oppdrag til Helsedirektoratet: oppsummere erfaringer og læringspunkter fra Prosjekt X",
      en: "Assignment to Hdir: summarise experience and lessons from Prosjekt X",
    },
    kind: "assignment",
    scope: "related",
    goalIds: [],
    ownerIds: ["hdir"],
    lifecycle: [{ state: "inProgress", knownFrom: S0_DATE, sources: [{ doc: "S0", section: "§3" }] }],
    sources: [{ doc: "S0", section: "§3" }],
  },
  // ── Schools ─────────────────────────────────────────────────────────────────────────────
  {
    id: "m-ny-opplaeringslov",
    title: {
      nb: "Ny opplæringslov: PP-tjenestens forebyggende rolle og tidlig innsats tydeliggjort",
      en: "New Education Act: the educational-psychological service's preventive role and early intervention clarified",
    },
    kind: "law",
    scope: "related",
    goalIds: [],
    ownerIds: [],
    lifecycle: [
      { state: "delivered", date: "2024-08", knownFrom: S0_DATE, note: "In force from August 2024.", sources: [{ doc: "S0", section: "§2-school" }] },
    ],
    note: {
      nb: "Lovens kapittel 12 gir alle elever rett til et trygt og godt skolemiljø.",
      en: "Chapter 12 of the Act gives every pupil the right to a safe and good school environment.",
    },
    sources: [{ doc: "S0", section: "§2-school" }],
  },
  {
    id: "m-lk20",
    title: {
      nb: "Læreplanverket LK20/LK20S: kompetanse som fremmer god psykisk og fysisk helse",
      en: "The LK20/LK20S curriculum: competence that promotes good mental and physical health",
    },
    kind: "other",
    scope: "related",
    goalIds: [],
    ownerIds: [],
    lifecycle: [],
    sources: [{ doc: "S0", section: "§2-school" }],
  },
  {
    id: "m-skolemiljo",
    title: {
      nb: "Oppfølging av Meld. St. 34 (2023–2024): videreutvikle digitale støtte- og veiledningsressurser og lage en strategi for et trygt og godt barnehage- og skolemiljø",
      en: "Follow-up of Meld. St. 34 (2023–2024): develop digital support and guidance resources and a strategy for safe and good kindergarten and school environments",
    },
    kind: "plan",
    scope: "related",
    goalIds: [],
    ownerIds: ["regjeringen"],
    lifecycle: [{ state: "planned", knownFrom: S0_DATE, sources: [{ doc: "S0", section: "§2-school" }] }],
    sources: [{ doc: "S0", section: "§2-school" }],
  },
  {
    id: "m-skolemiljoteam",
    title: {
      nb: "Tilskuddsordning slik at kommuner kan opprette eller forsterke skolemiljøteam",
      en: "Grant scheme so municipalities can set up or strengthen school environment teams",
    },
    kind: "grant",
    scope: "related",
    goalIds: [],
    ownerIds: ["regjeringen"],
    lifecycle: [{ state: "delivered", knownFrom: S0_DATE, note: "The scheme 'has been established'; no date.", sources: [{ doc: "S0", section: "§2-school" }] }],
    note: { nb: "Teamene kan også ha barnehage som målgruppe.", en: "The teams may also serve kindergartens." },
    sources: [{ doc: "S0", section: "§2-school" }],
  },
  // ── Social inequality ───────────────────────────────────────────────────────────────────
  {
    id: "m-meld-st-15",
    title: {
      nb: "Meld. St. 15 (2022–2023) Nasjonal strategi for utjamning av sosiale helseforskjellar",
      en: "Meld. St. 15 (2022–2023) National strategy for reducing social inequalities in health",
    },
    kind: "plan",
    scope: "related",
    goalIds: [],
    ownerIds: ["regjeringen"],
    lifecycle: [{ state: "delivered", knownFrom: S0_DATE, sources: [{ doc: "S0", section: "§4" }] }],
    sources: [{ doc: "S0", section: "§4" }],
  },
  {
    id: "m-meld-st-28",
    title: {
      nb: "Meld. St. 28 (2024–2025) Tro på framtida – uansett bakgrunn",
      en: "Meld. St. 28 (2024–2025) Belief in the future – whatever one's background",
    },
    kind: "plan",
    scope: "related",
    goalIds: [],
    ownerIds: ["regjeringen"],
    lifecycle: [{ state: "delivered", date: "2025-06", knownFrom: S0_DATE, note: "Presented in June 2025.", sources: [{ doc: "S0", section: "§4" }] }],
    note: {
      nb: "Fem innsatsområder for sosial utjevning og mobilitet blant barn og familier, og tiltak for et godt lag rundt barn og unge.",
      en: "Five areas of effort for social levelling and mobility among children and families, and measures for a good team around children and youth.",
    },
    sources: [{ doc: "S0", section: "§4" }, { doc: "S0", section: "§2-school" }],
  },
  {
    id: "m-barnefamilier",
    title: {
      nb: "Styrket økonomi for barnefamiliene: økt barnetrygd og redusert egenbetaling i barnehage og SFO",
      en: "Stronger finances for families with children: higher child benefit and lower fees for kindergarten and after-school care",
    },
    kind: "funding",
    scope: "related",
    goalIds: [],
    ownerIds: ["regjeringen"],
    lifecycle: [{ state: "delivered", knownFrom: S0_DATE, note: "Through recent years' budgets; no dates or amounts given.", sources: [{ doc: "S0", section: "§4" }] }],
    sources: [{ doc: "S0", section: "§4" }],
  },
  {
    id: "m-friskere-befolkning",
    title: {
      nb: "«En friskere befolkning»: forebygging, folkehelse og utjevning for lavere sykefravær og høyere arbeidsdeltakelse",
      en: "'A healthier population': prevention, public health and levelling for lower sickness absence and higher work participation",
    },
    kind: "other",
    scope: "related",
    goalIds: [],
    ownerIds: ["regjeringen", "hod", "aid"],
    lifecycle: [{ state: "planned", knownFrom: S0_DATE, note: "One of the government's main projects in the coming parliamentary term.", sources: [{ doc: "S0", section: "§4" }] }],
    sources: [{ doc: "S0", section: "§4" }],
  },
  {
    id: "m-gjeld-selvmord",
    title: {
      nb: "Se nærmere på tiltak mot sammenhengen mellom gjeld, psykiske helseplager og selvmordsrisiko",
      en: "Look into measures on the link between debt, mental health problems and suicide risk",
    },
    kind: "study",
    scope: "related",
    goalIds: [],
    ownerIds: ["hod", "bfd", "aid", "fin", "jd"],
    lifecycle: [{ state: "inProgress", knownFrom: S0_DATE, note: "Cooperation with four other ministries (BFD, AID, FIN, JD) has started.", sources: [{ doc: "S0", section: "§4" }] }],
    sources: [{ doc: "S0", section: "§4" }],
  },
  {
    id: "m-selvmordsplan",
    title: {
      nb: "Ny og spisset handlingsplan for forebygging av selvmord: oppdrag til Helsedirektoratet og FHI om å anbefale innsatsområder, resultatmål og tiltak",
      en: "New, focused action plan for suicide prevention: assignment to Hdir and FHI to recommend areas, result goals and measures",
    },
    kind: "assignment",
    scope: "related",
    goalIds: [],
    ownerIds: ["hdir", "fhi"],
    lifecycle: [
      {
        state: "inProgress",
        knownFrom: S0_DATE,
        note: "The government has decided on the plan; Hdir and FHI have been given the assignment.",
        sources: [{ doc: "S0", section: "§4" }],
      },
    ],
    note: {
      nb: "Både folkehelse- og tjenesteperspektivet skal inngå; de er særskilt bedt om tiltak mot sammenhengen mellom økonomiske problemer/gjeld og selvmord, og om å ivareta kjønns- og mangfoldsperspektiv.",
      en: "Both the public-health and the service perspective are to be covered; they are asked in particular for measures on the link between financial problems/debt and suicide, and to take gender and diversity into account.",
    },
    sources: [{ doc: "S0", section: "§4" }],
  },
  // ── Added from the sources (issue 10) ───────────────────────────────────────────────────
  {
    // S1 lines 173–177: a need to develop some arenas and consider new ones, e.g. structures for coordination between national actors.
    id: "m-samordning-nasjonale-aktorer",
    title: {
      nb: "Videreutvikle eller vurdere nye strukturer for samordning mellom nasjonale aktører",
      en: "Develop or consider new structures for coordination between national actors",
    },
    kind: "other",
    scope: "plan",
    goalIds: [],
    ownerIds: [],
    lifecycle: [
      {
        state: "planned",
        knownFrom: S1_DATE,
        note: "The slide names a need to develop some arenas and consider new ones.",
        sources: [{ doc: "S1", section: "Etablerte strukturer benyttes" }],
      },
    ],
    sources: [{ doc: "S1", section: "Etablerte strukturer benyttes" }],
  },
  {
    // S1 lines 178–180: arenas for dialogue with larger parts of the field, including the municipal sector.
    id: "m-dialogarenaer",
    title: {
      nb: "Arenaer for dialog med større deler av fagfeltet, herunder kommunesektoren",
      en: "Arenas for dialogue with larger parts of the field, including the municipal sector",
    },
    kind: "other",
    scope: "plan",
    goalIds: [],
    ownerIds: [],
    lifecycle: [
      {
        state: "planned",
        knownFrom: S1_DATE,
        note: "The slide names a need to develop some arenas and consider new ones.",
        sources: [{ doc: "S1", section: "Etablerte strukturer benyttes" }],
      },
    ],
    sources: [{ doc: "S1", section: "Etablerte strukturer benyttes" }],
  },
  {
    // S0 lines 186–190: goals and steering signals in the RHFs' 2026 steering letter, among them to strengthen mental health care and TSB.
    id: "m-rhf-styrke-phv-tsb",
    title: {
      nb: "Styringssignal i oppdragsbrevet til RHF-ene for 2026: innrette virksomheten med sikte på å styrke psykisk helsevern og TSB",
      en: "Steering signal in the RHFs' 2026 steering letter: organise their work to strengthen mental health care and TSB",
    },
    kind: "other",
    scope: "plan",
    goalIds: [],
    ownerIds: ["hod", "rhf"],
    lifecycle: [
      {
        state: "inProgress",
        date: "2026",
        knownFrom: S0_DATE,
        note: "Given in the steering letter for 2026.",
        sources: [{ doc: "S0", section: "§2-steering" }],
      },
    ],
    sources: [{ doc: "S0", section: "§2-steering" }],
  },
  {
    // S0 lines 510–511: health centres for young people are an important supplement outside school hours.
    id: "m-helsestasjon-ungdom",
    title: { nb: "Helsestasjon for ungdom", en: "Health centre for young people (helsestasjon for ungdom)" },
    kind: "service",
    scope: "related",
    goalIds: [],
    ownerIds: [],
    lifecycle: [
      {
        state: "inProgress",
        knownFrom: S0_DATE,
        note: "An existing service, described as an important supplement outside school hours.",
        sources: [{ doc: "S0", section: "§2-school" }],
      },
    ],
    sources: [{ doc: "S0", section: "§2-school" }],
  },
] as const satisfies readonly MeasureData[];


/**
 * The id of a bundled measure.
 *
 * @example
 * ```ts
 * import type { MeasureId } from "@opptrapping/psykisk-helse";
 * const id: MeasureId = "m-prosjekt-x";
 * ```
 */
export type MeasureId = (typeof measures)[number]["id"];
