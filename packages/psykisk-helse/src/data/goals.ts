import type { AreaData, MainGoalData, ResultGoalData, ThemeData } from "./types.js";

/**
 * The plan's two main goals (hovedmål), from the first slide of Helsedirektoratet's deck.
 *
 * @example
 * ```ts
 * import { mainGoals } from "@opptrapping/psykisk-helse";
 * mainGoals.map((g) => g.id); // ["H1", "H2"]
 * ```
 */
export const mainGoals = [
  {
    id: "H1",
    title: {
      nb: "Flere skal oppleve god psykisk helse og livskvalitet",
      en: "More people experience good mental health and quality of life",
    },
    sources: [{ doc: "S1", section: "Hovedmål" }],
  },
  {
    id: "H2",
    title: {
      nb: "De som har behov for psykisk helsehjelp skal få god og lett tilgjengelig hjelp",
      en: "Those who need mental health care get good and easily accessible help",
    },
    sources: [{ doc: "S1", section: "Hovedmål" }],
  },
] as const satisfies readonly MainGoalData[];

/**
 * The plan's three areas of effort (innsatsområder). Each has sub-areas with measures (S1),
 * but the sources name none of them, so `subAreas` is empty.
 *
 * @example
 * ```ts
 * import { areas } from "@opptrapping/psykisk-helse";
 * areas.map((a) => a.id); // ["A1", "A2", "A3"]
 * ```
 */
export const areas = [
  {
    id: "A1",
    title: {
      nb: "Helsefremmende og forebyggende psykisk helsearbeid",
      en: "Health-promoting and preventive mental health work",
    },
    subAreas: [],
    sources: [
      { doc: "S1", section: "Det er valgt tre innsatsområder for opptrappingsplanen" },
      { doc: "S1", section: "Innsatsområde 1" },
    ],
  },
  {
    id: "A2",
    title: {
      nb: "Gode og tilgjengelige tjenester der folk bor",
      en: "Good and accessible services where people live",
    },
    subAreas: [],
    sources: [
      { doc: "S1", section: "Det er valgt tre innsatsområder for opptrappingsplanen" },
      { doc: "S1", section: "Innsatsområde 2", note: "This slide shortens the title to 'Gode tjenester der folk bor'." },
    ],
  },
  {
    id: "A3",
    title: {
      nb: "Tilbudet til personer med langvarige og sammensatte behov",
      en: "Services for people with long-term and complex needs",
    },
    subAreas: [],
    sources: [
      { doc: "S1", section: "Det er valgt tre innsatsområder for opptrappingsplanen" },
      { doc: "S1", section: "Innsatsområde 3" },
    ],
  },
] as const satisfies readonly AreaData[];

/**
 * Cross-cutting themes: the two concerns the plan points to beside its areas, and the
 * "personnel and competence" column of Helsedirektoratet's 2025 overview.
 *
 * @example
 * ```ts
 * import { themes } from "@opptrapping/psykisk-helse";
 * themes.map((t) => t.id); // ["personellressurser", "brukermedvirkning", "personell-kompetanse"]
 * ```
 */
export const themes = [
  {
    id: "personellressurser",
    title: {
      nb: "Ta hensyn til personellressursene fremover",
      en: "Take future personnel resources into account",
    },
    sources: [{ doc: "S1", section: "Det er valgt tre innsatsområder for opptrappingsplanen" }],
  },
  {
    id: "brukermedvirkning",
    title: {
      nb: "Styrke pasient- og brukermedvirkning i tjenestene",
      en: "Strengthen patient and user participation in the services",
    },
    sources: [{ doc: "S1", section: "Det er valgt tre innsatsområder for opptrappingsplanen" }],
  },
  {
    id: "personell-kompetanse",
    title: { nb: "Personell og kompetanse", en: "Personnel and competence" },
    sources: [{ doc: "S1", section: "Hva skjer når?", note: "A column of its own beside the three areas." }],
  },
] as const satisfies readonly ThemeData[];

/**
 * The eight result goals (resultatmål), each with its targets. Titles in bokmål follow
 * Helsedirektoratet's slides (S1); R8, which only the county governors' page (P) lists, is
 * our bokmål rendering of its nynorsk wording. Deadlines are `longRun` wherever the sources
 * name no year.
 *
 * @example
 * ```ts
 * import { resultGoals } from "@opptrapping/psykisk-helse";
 * resultGoals.find((g) => g.id === "R5")?.targets.map((t) => t.id); // ["R5.phbu", "R5.phv", "R5.tsb"]
 * ```
 */
export const resultGoals = [
  {
    id: "R1",
    areaId: "A1",
    title: {
      nb: "Barn og unges selvrapporterte psykiske helseplager er redusert med 25 prosent",
      en: "Children's and young people's self-reported mental health complaints are reduced by 25 percent",
    },
    targets: [
      {
        id: "R1.reduce25",
        kind: "relativeChange",
        indicatorId: "R1.complaints",
        change: -0.25,
        deadline: { kind: "longRun" },
        sources: [
          { doc: "S1", section: "Innsatsområde 1" },
          { doc: "P", note: "Neither source names a baseline year or a deadline." },
        ],
      },
    ],
    note: {
      nb: "Kildene oppgir verken utgangsår eller frist for reduksjonen.",
      en: "The sources give neither a baseline year nor a deadline for the reduction.",
    },
    sources: [{ doc: "S1", section: "Innsatsområde 1" }, { doc: "P" }],
  },
  {
    id: "R2",
    areaId: "A1",
    title: {
      nb: "Andelen unge som blir uføre med bakgrunn i psykiske lidelser, er redusert",
      en: "The share of young people who become disability recipients because of mental disorders is reduced",
    },
    targets: [
      {
        id: "R2.reduce",
        kind: "direction",
        indicatorId: "R2.disability",
        direction: "decrease",
        deadline: { kind: "longRun" },
        sources: [{ doc: "S1", section: "Innsatsområde 1" }, { doc: "P" }],
      },
    ],
    sources: [{ doc: "S1", section: "Innsatsområde 1" }, { doc: "P" }],
  },
  {
    id: "R3",
    areaId: "A2",
    title: {
      nb: "Innbyggere i alle kommuner har tilgang til kunnskapsbaserte lavterskeltilbud",
      en: "Residents of all municipalities have access to knowledge-based low-threshold services",
    },
    targets: [
      {
        id: "R3.all",
        kind: "coverage",
        indicatorId: "R3.lowThreshold",
        value: 100,
        deadline: { kind: "longRun" },
        sources: [{ doc: "S0", section: "§2-lowthreshold" }, { doc: "S1", section: "Innsatsområde 2" }],
      },
    ],
    note: {
      nb: "P legger til «innen psykisk helse og rus». En SINTEF-kartlegging omtalt i Meld. St. 23 kap. 5 fant at 11 % av kommunene ikke hadde lavterskeltilbud for barn og unge og 20 % et delvis tilbud (året er ikke oppgitt i kildene våre).",
      en: "P adds 'within mental health and substance use'. A SINTEF survey cited in Meld. St. 23 ch. 5 found that 11 % of municipalities had no low-threshold service for children and youth and 20 % a partial one (the year is not given in our sources).",
    },
    sources: [
      { doc: "S1", section: "Innsatsområde 2" },
      { doc: "S0", section: "§2-lowthreshold" },
      { doc: "P" },
      { doc: "MS23", section: "kap. 5", note: "The SINTEF survey of low-threshold services for children and youth." },
    ],
  },
  {
    id: "R4",
    areaId: "A2",
    title: {
      nb: "Barn og unge som henvises til psykisk helsevern får tilbud om vurderingssamtale for avklaring av videre oppfølging",
      en: "Children and young people referred to mental health care are offered an assessment conversation to clarify further follow-up",
    },
    targets: [
      {
        id: "R4.all",
        kind: "coverage",
        indicatorId: "R4.assessment",
        value: 100,
        deadline: { kind: "longRun" },
        sources: [{ doc: "S0", section: "§2-waiting" }, { doc: "S1", section: "Innsatsområde 2" }],
      },
    ],
    note: {
      nb: "I sin helhet (S0): barn og unge som henvises til psykisk helsevern barn og unge (PHBU) skal få tilbud om en vurderingssamtale for avklaring av videre oppfølging i spesialisthelsetjenesten eller den kommunale helse- og omsorgstjenesten.",
      en: "In full (S0): children and young people referred to PHBU shall be offered an assessment conversation to clarify further follow-up in specialist care or the municipal health and care services.",
    },
    sources: [{ doc: "S1", section: "Innsatsområde 2" }, { doc: "S0", section: "§2-waiting" }, { doc: "P" }],
  },
  {
    id: "R5",
    areaId: "A2",
    title: {
      nb: "Gjennomsnittlig ventetid til psykisk helsevern skal reduseres",
      en: "Average waiting time to mental health care shall be reduced",
    },
    targets: [
      {
        id: "R5.phbu",
        kind: "threshold",
        indicatorId: "R5.wait",
        filter: { service: "PHBU" },
        comparator: "<",
        value: 35,
        deadline: { kind: "longRun" },
        sources: [{ doc: "S0", section: "§2-waiting", note: "In the long run below 35 days for PHBU." }, { doc: "P" }],
      },
      {
        id: "R5.phv",
        kind: "threshold",
        indicatorId: "R5.wait",
        filter: { service: "PHV" },
        comparator: "<",
        value: 40,
        deadline: { kind: "longRun" },
        sources: [{ doc: "P", note: "In the long run below 40 days for PHV." }],
      },
      {
        id: "R5.tsb",
        kind: "threshold",
        indicatorId: "R5.wait",
        filter: { service: "TSB" },
        comparator: "<",
        value: 30,
        deadline: { kind: "longRun" },
        sources: [{ doc: "P", note: "In the long run below 30 days for TSB." }],
      },
    ],
    note: {
      nb: "Ventetidene til påbegynt helsehjelp var i 2025 samlet sett tilbake på nivået før pandemien (S0). I PHBU var gjennomsnittet for juni–desember 2025 (37,5 dager, foreløpige månedstall) lavere enn for samme periode i 2019, ifølge brevet; 2019-verdien er ikke oppgitt (S0). Årlige mål for ventetid ved siden av planens langsiktige mål er ikke tatt med her.",
      en: "In 2025 waiting times to start of care were back at the pre-pandemic level overall (S0). In PHBU the mean for June–December 2025 (37.5 days, provisional monthly figures) was lower than for the same period of 2019, according to the letter; the 2019 value is not given (S0). Yearly waiting-time targets set beside the plan's long-run ones are not included here.",
    },
    sources: [{ doc: "S1", section: "Innsatsområde 2" }, { doc: "S0", section: "§2-waiting" }, { doc: "P" }],
  },
  {
    id: "R6",
    areaId: "A2",
    title: {
      nb: "Hindre nedbygging av sengeplasser og sikre tilstrekkelig døgnkapasitet i psykisk helsevern",
      en: "Prevent reduction of beds and ensure sufficient inpatient capacity in mental health care",
    },
    targets: [
      {
        id: "R6.noDecline",
        kind: "noDecline",
        indicatorId: "R6.places",
        deadline: { kind: "longRun" },
        sources: [{ doc: "S0", section: "§2-places" }, { doc: "S1", section: "Innsatsområde 2" }],
      },
      {
        id: "R6.capacity2040",
        kind: "capacity",
        indicatorId: "R6.places",
        increase: 430,
        deadline: { kind: "year", year: 2040 },
        sources: [
          {
            doc: "S0",
            section: "§2-places",
            note: "Inpatient capacity shall rise in line with the long-term need for about 430 more places towards 2040; the letter gives no baseline.",
          },
        ],
      },
      {
        id: "R6.costGrowth",
        kind: "growthExceeds",
        indicatorId: "rhf.costGrowth",
        referenceIndicatorId: "rhf.demographicGrowth",
        basis: "growthRate",
        deadline: { kind: "year", year: 2026 },
        sources: [
          {
            doc: "S0",
            section: "§2-steering",
            note: "Indicator in the RHFs' 2026 steering letter: real cost growth in mental health care and TSB above the demographic growth assumed in Prop. 1 S (2025–2026).",
          },
        ],
      },
    ],
    inferred: [
      {
        field: "targets.R6.costGrowth",
        inferred: true,
        reasoning: {
          nb: "Brevet knytter styringsindikatoren om kostnadsvekst til at psykisk helse ikke skal tape i konkurransen om ressurser i helseforetakene, ikke til et resultatmål. Den står under R6 fordi R6 er resultatmålet om kapasiteten i spesialisthelsetjenesten, og kostnadsveksten er ressurssiden av den.",
          en: "The letter ties the cost-growth steering indicator to mental health not losing in the competition for resources in the health trusts, not to a result goal. It sits under R6 because R6 is the result goal about specialist-care capacity, and cost growth is the resource side of that capacity.",
        },
      },
    ],
    note: {
      nb: "I sin helhet (S0): døgnkapasiteten i psykisk helsevern skal være på et nivå som møter behovet for å ivareta barn, unge og voksne med alvorlig psykisk lidelse som har behov for døgnbehandling. Nedgangen i døgnkapasitet er bremset fra og med 2021, og fram mot 2030 skal det helhetlige behandlingstilbudet i psykisk helsevern styrkes og døgnkapasiteten opp (S0; se milepælen for 2030). Styringsindikatoren for 2026 (R6.costGrowth) knytter brevet ikke til et resultatmål, men til at psykisk helse ikke skal tape i konkurransen om ressurser i helseforetakene; den står her fordi R6 er resultatmålet om kapasiteten i spesialisthelsetjenesten, og kostnadsveksten er ressurssiden av den.",
      en: "In full (S0): inpatient capacity in mental health care shall be at a level that meets the need of children, young people and adults with severe mental illness who need inpatient treatment. The decline in inpatient capacity has been slowed from 2021 on, and towards 2030 the overall treatment offer in mental health care is to be strengthened and inpatient capacity raised (S0; see the 2030 milestone). The letter ties the 2026 steering indicator (R6.costGrowth) to no result goal but to mental health not losing in the competition for resources in the health trusts; it sits here because R6 is the result goal about specialist-care capacity, and cost growth is the resource side of that capacity.",
    },
    sources: [{ doc: "S1", section: "Innsatsområde 2" }, { doc: "S0", section: "§2-places" }, { doc: "P" }],
  },
  {
    id: "R7",
    areaId: "A3",
    title: {
      nb: "Øke forventet levealder til personer med psykiske lidelser og/eller rusmiddelproblemer",
      en: "Increase the life expectancy of people with mental disorders and/or substance problems",
    },
    targets: [
      {
        id: "R7.increase",
        kind: "direction",
        indicatorId: "R7.lifeExpectancy",
        direction: "increase",
        deadline: { kind: "longRun" },
        sources: [{ doc: "S1", section: "Innsatsområde 3" }, { doc: "S0", section: "§4" }, { doc: "P" }],
      },
      {
        id: "R7.gap",
        kind: "gap",
        indicatorId: "R7.lifeExpectancy",
        referenceIndicatorId: "R7.lifeExpectancyRest",
        deadline: { kind: "longRun" },
        sources: [{ doc: "P", note: "R7 in full: and the gap in life expectancy to the rest of the population is reduced." }],
      },
    ],
    note: {
      nb: "P legger til at forskjellen i levealder til resten av befolkningen skal reduseres.",
      en: "P adds that the gap in life expectancy to the rest of the population shall be reduced.",
    },
    sources: [{ doc: "S1", section: "Innsatsområde 3" }, { doc: "S0", section: "§4" }, { doc: "P" }],
  },
  {
    id: "R8",
    // P lists R8 apart from the areas; the sources assign it to none, and A2 is our placement
    // only because the schema asks for an area (see `inferred`).
    areaId: "A2",
    inferred: [
      {
        field: "areaId",
        inferred: true,
        reasoning: {
          nb: "Kildene knytter R8 til ikke noe innsatsområde; skjemaet krever ett, og A2 (tjenestene) er vår plassering.",
          en: "The sources tie R8 to no area; the schema requires one, and A2 (the services) is our placement.",
        },
      },
    ],
    title: {
      nb: "Helsepersonell har mer tid til pasienter, brukere og faglig utvikling",
      en: "Health personnel have more time for patients, users and professional development",
    },
    targets: [],
    note: {
      nb: "Bare P nevner dette resultatmålet; tittelen er vår bokmålsgjengivelse av den nynorske ordlyden. Kildene våre definerer ingen indikator for det, og de knytter det ikke til et innsatsområde: plasseringen under A2 er vår.",
      en: "Only P lists this result goal; the bokmål title is our rendering of its nynorsk wording. Our sources define no indicator for it, and they tie it to no area: placing it under A2 is our choice.",
    },
    sources: [{ doc: "P" }, { doc: "S0", section: "§1", note: "The government has formulated eight result goals." }],
  },
] as const satisfies readonly ResultGoalData[];
