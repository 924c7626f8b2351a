import type { MeasureId } from "./measures.js";
import type { MilestoneData } from "./types.js";

/**
 * Dated deliverables and deadlines the sources state, as precise as they state them
 * ("høsten 2025" is the year 2025, with the season in the source note). Milestones the
 * sources give no date for (the evaluation's midterm report and final evaluation) are left
 * out; a deadline a proposal asks for is on the proposal item, not here. Every `status` is
 * recorded as of the letter of 19 January 2026 (`statusAsOf`): a milestone due after that day
 * and still `planned` is "not reported" once it falls due, never "overdue".
 *
 * @example
 * ```ts
 * import { milestones } from "@opptrapping/psykisk-helse";
 * milestones.find((m) => m.id === "ms-sintef-statusrapport-1")?.due; // "2026-02-16"
 * ```
 */
export const milestones = [
  {
    id: "ms-meld-st-23",
    title: {
      nb: "Meld. St. 23 (2022–2023) Opptrappingsplan for psykisk helse (2023–2033) lagt fram",
      en: "Meld. St. 23 (2022–2023), the escalation plan for mental health, presented",
    },
    kind: "plan",
    due: "2023",
    status: "delivered",
    statusAsOf: "2026-01-19",
    deliveredOn: "2023",
    ownerIds: ["regjeringen"],
    measureIds: [],
    goalIds: [],
    sources: [{ doc: "S0", section: "§intro", note: "Presented in spring 2023." }],
  },
  {
    id: "ms-opplaeringslov",
    title: { nb: "Ny opplæringslov trer i kraft", en: "New Education Act in force" },
    kind: "lawInForce",
    due: "2024-08",
    status: "delivered",
    statusAsOf: "2026-01-19",
    deliveredOn: "2024-08",
    ownerIds: [],
    measureIds: ["m-ny-opplaeringslov"],
    goalIds: [],
    sources: [{ doc: "S0", section: "§2-school" }],
  },
  {
    id: "ms-hdir-rapport-1",
    title: {
      nb: "Helsedirektoratets første årlige rapport om status for tiltak og resultatmål",
      en: "Hdir's first yearly report on the status of measures and result goals",
    },
    kind: "report",
    due: "2025",
    status: "delivered",
    statusAsOf: "2026-01-19",
    deliveredOn: "2025",
    ownerIds: ["hdir"],
    measureIds: ["m-hdir-rapportering"],
    goalIds: [],
    sources: [{ doc: "S0", section: "§1" }],
  },
  {
    id: "ms-meld-st-28",
    title: {
      nb: "Meld. St. 28 (2024–2025) Tro på framtida – uansett bakgrunn lagt fram",
      en: "Meld. St. 28 (2024–2025) presented",
    },
    kind: "plan",
    due: "2025-06",
    status: "delivered",
    statusAsOf: "2026-01-19",
    deliveredOn: "2025-06",
    ownerIds: ["regjeringen"],
    measureIds: ["m-meld-st-28"],
    goalIds: [],
    sources: [{ doc: "S0", section: "§4" }],
  },
  {
    id: "ms-bedre-helsehjelp",
    title: {
      nb: "Handlingsplanen «Bedre helsehjelp – flere gode leveår 2025–2033» lansert",
      en: "Action plan 'Bedre helsehjelp – flere gode leveår 2025–2033' launched",
    },
    kind: "launch",
    due: "2025",
    status: "delivered",
    statusAsOf: "2026-01-19",
    deliveredOn: "2025",
    ownerIds: ["regjeringen"],
    measureIds: ["m-bedre-helsehjelp"],
    goalIds: ["R7"],
    sources: [{ doc: "S0", section: "§4", note: "Launched in autumn 2025 (høsten 2025)." }],
  },
  {
    id: "ms-ungdomstjeneste-rapport",
    title: {
      nb: "Helsedirektoratets rapport om en integrert ungdomstjeneste på ett nivå",
      en: "Hdir's report on an integrated one-level youth service",
    },
    kind: "report",
    due: "2025-12",
    status: "delivered",
    statusAsOf: "2026-01-19",
    deliveredOn: "2025-12",
    ownerIds: ["hdir"],
    measureIds: ["m-integrert-ungdomstjeneste"],
    goalIds: [],
    sources: [{ doc: "S0", section: "§3" }],
  },
  {
    id: "ms-digitale-verktoy",
    title: {
      nb: "Helsedirektoratets leveranse på oppdraget om kvalitetssikrede digitale verktøy innen psykisk helse",
      en: "Hdir delivers on the assignment on quality-assured digital tools in mental health",
    },
    kind: "report",
    due: "2025-12",
    status: "delivered",
    statusAsOf: "2026-01-19",
    deliveredOn: "2025-12",
    ownerIds: ["hdir"],
    measureIds: ["m-hdir-digitale-verktoy"],
    goalIds: [],
    sources: [{ doc: "S0", section: "§2-lowthreshold", note: "Delivered before Christmas 2025." }],
  },
  {
    id: "ms-kommunekommisjonen-delrapport-1",
    title: { nb: "Kommunekommisjonens første delrapport", en: "The Municipal Commission's first sub-report" },
    kind: "report",
    due: "2026-01-09",
    status: "delivered",
    statusAsOf: "2026-01-19",
    deliveredOn: "2026-01-09",
    ownerIds: ["kommunekommisjonen"],
    measureIds: [],
    goalIds: [],
    sources: [{ doc: "S0", section: "§2-lowthreshold" }],
  },
  {
    id: "ms-sintef-statusrapport-1",
    title: {
      nb: "Evalueringsprogrammets første årlige statusrapport",
      en: "The evaluation programme's first yearly status report",
    },
    kind: "evaluation",
    due: "2026-02-16",
    status: "planned",
    statusAsOf: "2026-01-19",
    ownerIds: ["sintef"],
    measureIds: ["m-evalueringsprogram"],
    goalIds: [],
    sources: [{ doc: "S0", section: "§1", note: "To be delivered on 16 February 2026 according to plan." }],
  },
  {
    id: "ms-kompetansepakke",
    title: {
      nb: "Kompetansepakken om folkehelse og livsmestring klar",
      en: "Competence package on public health and life skills ready",
    },
    kind: "launch",
    due: "2026",
    status: "planned",
    statusAsOf: "2026-01-19",
    ownerIds: ["udir", "hdir"],
    measureIds: ["m-kompetansepakke"],
    goalIds: [],
    sources: [{ doc: "S0", section: "§2-school", note: "Planned to be ready in autumn 2026 (høsten 2026)." }],
  },
  {
    id: "ms-henvisningsrett-forsok",
    title: {
      nb: "Nasjonal prøveordning med henvisningsrett til BUP for helsesykepleiere starter",
      en: "National trial of direct referral to BUP by public-health nurses starts",
    },
    kind: "trial",
    due: "2026",
    status: "planned",
    statusAsOf: "2026-01-19",
    ownerIds: [],
    measureIds: ["m-helsesykepleier-henvisningsrett"],
    goalIds: [],
    sources: [{ doc: "S0", section: "§2-school", note: "The aim is to start during 2026." }],
  },
  {
    id: "ms-rhf-faglig-gjennomgang",
    title: {
      nb: "De regionale helseforetakenes faglige gjennomgang av tilbudet i psykisk helsevern (jf. Innst. 72 S (2025–2026))",
      en: "The RHFs' professional review of mental health care services (cf. Innst. 72 S (2025–2026))",
    },
    kind: "report",
    due: "2026",
    status: "planned",
    statusAsOf: "2026-01-19",
    ownerIds: ["rhf"],
    measureIds: ["m-rhf-faglig-gjennomgang"],
    goalIds: ["R6"],
    sources: [{ doc: "S0", section: "§2-places", note: "Assigned to the RHFs for 2026." }],
  },
  {
    id: "ms-helsereformutvalget",
    title: { nb: "Helsereformutvalgets rapport", en: "The Health Reform Committee's report" },
    kind: "report",
    due: "2026-11-01",
    status: "planned",
    statusAsOf: "2026-01-19",
    ownerIds: ["helsereformutvalget"],
    measureIds: [],
    goalIds: [],
    sources: [{ doc: "S0", section: "§3" }],
  },
  {
    // S0 lines 373–375: "Frem mot 2030 skal vil styrke det helhetlige behandlingstilbudet … og døgnkapasiteten skal opp".
    id: "ms-dognkapasitet-2030",
    title: {
      nb: "Fram mot 2030: styrke det helhetlige behandlingstilbudet i psykisk helsevern og øke døgnkapasiteten",
      en: "Towards 2030: strengthen the overall treatment offer in mental health care and raise inpatient capacity",
    },
    kind: "deadline",
    due: "2030",
    status: "planned",
    statusAsOf: "2026-01-19",
    ownerIds: ["regjeringen"],
    measureIds: ["m-rhf-dogn-plan"],
    goalIds: ["R6"],
    note: {
      nb: "Kilden gir ingen tallfestet delmål for 2030; det langsiktige behovet er om lag 430 flere plasser fram mot 2040 (R6).",
      en: "The source gives no figure for 2030; the long-term need is about 430 more places towards 2040 (R6).",
    },
    sources: [{ doc: "S0", section: "§2-places", note: "Towards 2030 the overall treatment offer is to be strengthened and inpatient capacity is to rise." }],
  },
] as const satisfies readonly MilestoneData<MeasureId>[];

/**
 * The id of a bundled milestone.
 *
 * @example
 * ```ts
 * import type { MilestoneId } from "@opptrapping/psykisk-helse";
 * const id: MilestoneId = "ms-helsereformutvalget";
 * ```
 */
export type MilestoneId = (typeof milestones)[number]["id"];
