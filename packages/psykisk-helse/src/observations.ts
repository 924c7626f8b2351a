import type { DeepReadonly, ObservationInput } from "@opptrapping/core";
import type { IndicatorId, Service } from "./ids.js";
import type { Citation } from "./sources.js";
import { historyObservations } from "./data/history/index.js";

/**
 * An observation of the bundled data, on input: core's observation input with the indicator,
 * the `service` value and the source checked against this package's tables.
 *
 * @example
 * ```ts
 * import type { ObservationData } from "@opptrapping/psykisk-helse";
 * const o: ObservationData = { indicatorId: "R4.assessment", period: "2025-04", orgUnit: "NO", value: 87, source: { doc: "S0" } };
 * ```
 */
export type ObservationData = Omit<DeepReadonly<ObservationInput>, "indicatorId" | "dimensions" | "source"> & {
  readonly indicatorId: IndicatorId;
  readonly dimensions?: { readonly service: Service };
  readonly source: Citation;
};

// The figures of the two seed documents (S0, S1).
const seedFigures = [
  {
    indicatorId: "R5.wait",
    period: "2025-06/2025-12",
    orgUnit: "NO",
    dimensions: { service: "PHBU" },
    value: 37.5,
    source: {
      doc: "S0",
      section: "§2-waiting",
      note: "National results for PHBU, June–December 2025: mean 37.5 days, lower than the same period of 2019.",
    },
    // S0 lines 305–311: followed "gjennom en trafikklysmodell … som viser månedlige resultater"; monthly figures are preliminary (RJ-VENTETID, HDIR-VENTETID).
    flags: ["provisional"],
    note: "Mean waiting time to start of care in PHBU, June–December 2025, from the monthly traffic-light follow-up. Provisional: monthly figures are preliminary, official figures come per tertial, and the letter does not say the figure is final. Lower than the same period of 2019 (no 2019 value given).",
  },
  {
    indicatorId: "R4.assessment",
    period: "2025-04",
    orgUnit: "NO",
    value: 87,
    source: { doc: "S0", section: "§2-waiting", note: "By April 2025, 87 % of PHBU outpatient clinics had established the offer." },
    note: "Status as of April 2025.",
  },
  {
    indicatorId: "R3.lowThreshold",
    period: "2024",
    orgUnit: "NO",
    value: 75,
    source: {
      doc: "S0",
      section: "§2-lowthreshold",
      note: "Reporting from 2024: 3 of 4 municipalities have Prompt Mental Health Care and/or other low-threshold measures in mental health and/or substance use.",
    },
    // S0 lines 220–224: "Rapportering fra 2024 viser at 3 av 4 kommuner enten har Rask psykisk helsehjelp og/eller …".
    note: "The source's words: '3 av 4 kommuner' (3 of 4 municipalities), written here as 75 % — a rounded share, not an exact count. Uncertain period: 'rapportering fra 2024' (reporting from 2024) may describe 2023, the year reported on, rather than 2024. It counts any low-threshold measure; the source does not say whether all are knowledge-based, as R3 asks.",
  },
] as const satisfies readonly ObservationData[];

/**
 * The figures the sources state that measure one of the plan's indicators, as observation
 * inputs: national values only, with no counts, numerators or denominators the sources do not
 * give. First the figures of the two seed documents, then the published history of the
 * indicators (`historyObservations`, from data/history/), each citing the public page it was
 * transcribed from. (Figures without an indicator — 1.2 bn appropriated, 430 places needed,
 * 14 pilots — are in the plan data itself.)
 *
 * @example
 * ```ts
 * import { observationData } from "@opptrapping/psykisk-helse";
 * observationData.find((o) => o.indicatorId === "R5.wait")?.value; // 37.5
 * ```
 */
export const observationData: readonly ObservationData[] = [...seedFigures, ...historyObservations];
