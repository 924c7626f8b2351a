import type { ActorData } from "./types.js";

/**
 * The actors the sources name as owning measures, receiving money or delivering milestones.
 * Where the sources speak of a group ("de regionale helseforetakene", "kommunene",
 * "Statsforvalteren", "kompetansesentrene") the group is one actor: the sources name no
 * single RHF, county governor office, centre or municipality.
 *
 * @example
 * ```ts
 * import { actors } from "@opptrapping/psykisk-helse";
 * actors.find((a) => a.id === "hdir")?.name.nb; // "Helsedirektoratet"
 * ```
 */
export const actors = [
  {
    id: "storting",
    name: { nb: "Stortinget", en: "The Storting (Norwegian parliament)" },
    kind: "parliament",
    sources: [
      { doc: "S0", section: "§intro" },
      { doc: "S1", section: "Opptrappingsplanen er en dynamisk plan" },
    ],
  },
  {
    id: "regjeringen",
    name: { nb: "Regjeringen", en: "The Government" },
    kind: "other",
    sources: [{ doc: "S0", section: "§intro" }],
  },
  {
    id: "hod",
    name: { nb: "Helse- og omsorgsdepartementet", en: "Ministry of Health and Care Services" },
    abbreviation: "HOD",
    kind: "ministry",
    sources: [{ doc: "S0", section: "§1" }, { doc: "S1", section: "Organisering av arbeidet på nasjonalt nivå" }],
  },
  {
    id: "aid",
    name: { nb: "Arbeids- og inkluderingsdepartementet", en: "Ministry of Labour and Social Inclusion" },
    kind: "ministry",
    sources: [{ doc: "S0", section: "§4" }],
  },
  {
    id: "bfd",
    name: { nb: "Barne- og familiedepartementet", en: "Ministry of Children and Families" },
    kind: "ministry",
    sources: [{ doc: "S0", section: "§4" }],
  },
  {
    id: "fin",
    name: { nb: "Finansdepartementet", en: "Ministry of Finance" },
    kind: "ministry",
    sources: [{ doc: "S0", section: "§4" }],
  },
  {
    id: "jd",
    name: { nb: "Justis- og beredskapsdepartementet", en: "Ministry of Justice and Public Security" },
    kind: "ministry",
    sources: [{ doc: "S0", section: "§4" }],
  },
  {
    id: "hdir",
    name: { nb: "Helsedirektoratet", en: "Norwegian Directorate of Health" },
    abbreviation: "Hdir",
    kind: "directorate",
    sources: [{ doc: "S0", section: "§1" }, { doc: "S1", section: "Organisering av arbeidet på nasjonalt nivå" }],
  },
  {
    id: "fhi",
    name: { nb: "Folkehelseinstituttet", en: "Norwegian Institute of Public Health" },
    abbreviation: "FHI",
    kind: "institute",
    sources: [{ doc: "S1", section: "Organisering av arbeidet på nasjonalt nivå" }, { doc: "S0", section: "§4" }],
  },
  {
    id: "udir",
    name: { nb: "Utdanningsdirektoratet", en: "Norwegian Directorate for Education and Training" },
    abbreviation: "Udir",
    kind: "directorate",
    sources: [{ doc: "S0", section: "§2-school" }],
  },
  {
    id: "av-dir",
    name: { nb: "Arbeids- og velferdsdirektoratet", en: "Norwegian Directorate of Labour and Welfare" },
    abbreviation: "AV-dir",
    kind: "directorate",
    sources: [{ doc: "S1", section: "Hva skjer når?" }],
  },
  {
    id: "nav",
    name: { nb: "Arbeids- og velferdsetaten", en: "Norwegian Labour and Welfare Administration" },
    abbreviation: "NAV",
    kind: "other",
    sources: [{ doc: "S0", section: "§4" }, { doc: "S1", section: "Hva skjer når?" }],
  },
  {
    id: "rhf",
    name: { nb: "De regionale helseforetakene", en: "The regional health authorities" },
    abbreviation: "RHF",
    kind: "rhf",
    sources: [
      { doc: "S0", section: "§2-steering" },
      { doc: "S1", section: "Organisering av arbeidet på nasjonalt nivå" },
    ],
  },
  {
    id: "statsforvalteren",
    name: { nb: "Statsforvalteren", en: "The county governors" },
    kind: "countyGovernor",
    sources: [{ doc: "S1", section: "Regional og lokal implementering" }],
  },
  {
    id: "kompetansesentre",
    name: { nb: "Kompetansesentrene", en: "The regional competence centres" },
    kind: "competenceCentre",
    sources: [{ doc: "S1", section: "Regional og lokal implementering" }],
  },
  {
    id: "kommunene",
    name: { nb: "Kommunene", en: "The municipalities" },
    kind: "municipality",
    sources: [{ doc: "S0", section: "§2-lowthreshold" }, { doc: "S1", section: "Regional og lokal implementering" }],
  },
  {
    id: "sintef",
    name: { nb: "SINTEF", en: "SINTEF" },
    kind: "evaluator",
    sources: [
      { doc: "S0", section: "§1" },
      { doc: "S1", section: "Evalueringsprogrammet", note: "Formally the main supplier of the evaluation programme." },
    ],
  },
  {
    id: "ahus",
    name: { nb: "Ahus", en: "Ahus" },
    abbreviation: "Ahus",
    kind: "evaluator",
    sources: [{ doc: "S1", section: "Evalueringsprogrammet" }],
  },
  {
    id: "ntnu",
    name: { nb: "NTNU", en: "NTNU" },
    abbreviation: "NTNU",
    kind: "evaluator",
    sources: [{ doc: "S1", section: "Evalueringsprogrammet" }],
  },
  {
    id: "sentio",
    name: { nb: "Sentio", en: "Sentio" },
    kind: "evaluator",
    sources: [{ doc: "S1", section: "Evalueringsprogrammet" }],
  },
  {
    id: "helsereformutvalget",
    name: { nb: "Helsereformutvalget", en: "The Health Reform Committee" },
    kind: "committee",
    sources: [{ doc: "S0", section: "§3" }],
  },
  {
    id: "kommunekommisjonen",
    name: { nb: "Kommunekommisjonen", en: "The Municipal Commission" },
    kind: "committee",
    sources: [{ doc: "S0", section: "§2-lowthreshold" }],
  },
] as const satisfies readonly ActorData[];
