import {
  formatMoney,
  goalsOfArea,
  measuresByState,
  type Observation,
  type Plan,
} from "@opptrapping/core";
import { cite, describeTarget, MEASURE_STATES, t, withUnit, type Lang } from "./text.js";


const L = {
  mainGoals: { nb: "Hovedmål", en: "Main goals" },
  areas: { nb: "Innsatsområder, resultatmål og mål", en: "Areas, result goals and targets" },
  measures: { nb: "Tiltak etter status", en: "Measures by status" },
  money: { nb: "Penger", en: "Money" },
  figures: { nb: "Tall oppgitt i kildene", en: "Figures stated in the sources" },
  milestones: { nb: "Milepæler", en: "Milestones" },
  sources: { nb: "Kilder", en: "Sources" },
  noTargets: { nb: "ingen indikator definert i kildene", en: "no indicator defined in the sources" },
  commitment: { nb: "Forpliktelse", en: "Commitment" },
  reported: { nb: "Rapportert", en: "Reported" },
  asOf: { nb: "per", en: "as of" },
  permanent: { nb: "varig økning", en: "permanent increase" },
  atLeast: { nb: "minst", en: "at least" },
  yearUnknown: { nb: "år ikke oppgitt", en: "year not stated" },
  claimedOnTrack: { nb: "oppgitt å være i rute", en: "stated to be on track" },
  dataAsOf: { nb: "Data per", en: "Data as of" },
} as const;

/**
 * A readable text summary of a plan: main goals; areas → result goals → targets; measures by
 * status; money stated; figures stated; milestones; sources. Every line cites its sources.
 *
 * @example
 * ```ts
 * import { renderPlanSummary } from "@opptrapping/cli";
 * import { plan, observations } from "@opptrapping/psykisk-helse";
 * console.log(renderPlanSummary(plan(), { observations: observations(), lang: "en" }));
 * ```
 */
export function renderPlanSummary(plan: Plan, options: { readonly lang?: Lang; readonly observations?: readonly Observation[] } = {}): string {
  const lang = options.lang ?? "nb";
  const l = (key: keyof typeof L) => t(L[key], lang);
  const out: string[] = [];
  const head = (text: string) => out.push("", text, "─".repeat(Math.min(78, text.length)));
  const indicator = (id: string) => plan.indicators.find((i) => i.id === id);

  out.push(`${t(plan.title, lang)}${plan.reference ? ` — ${plan.reference}` : ""}`);
  out.push(`${plan.period} · ${l("dataAsOf")} ${plan.revision.asOf} (${plan.revision.version})`);

  head(l("mainGoals"));
  for (const g of plan.mainGoals) out.push(`  ${g.id}  ${t(g.title, lang)} ${cite(g.sources)}`);

  head(l("areas"));
  for (const area of plan.areas) {
    out.push(`  ${area.id}  ${t(area.title, lang)} ${cite(area.sources)}`);
    for (const goal of goalsOfArea(plan, area.id)) {
      out.push(`      ${goal.id}  ${t(goal.title, lang)} ${cite(goal.sources)}`);
      if (goal.targets.length === 0) out.push(`          – ${l("noTargets")}`);
      for (const target of goal.targets)
        out.push(`          ${target.id}: ${describeTarget(target, indicator(target.indicatorId), lang)} ${cite(target.sources)}`);
    }
  }

  head(l("measures"));
  const byState = measuresByState(plan);
  for (const state of ["delivered", "inProgress", "planned", "phasedOut", "unknown"] as const) {
    const list = byState[state];
    if (list.length === 0) continue;
    out.push(`  ${t(MEASURE_STATES[state], lang)} (${list.length})`);
    for (const m of list) {
      const last = m.lifecycle.at(-1);
      const date = last?.date ? ` ${last.date}` : "";
      out.push(`      ${m.id}${date}  ${t(m.title, lang)} ${cite(last?.sources ?? m.sources)}`);
    }
  }

  head(l("money"));
  const c = plan.commitment;
  if (c) {
    out.push(`  ${l("commitment")}: ${c.atLeast ? `${l("atLeast")} ` : ""}${formatMoney(c.amount, { locale: lang })} ${c.permanent ? l("permanent") : ""} ${c.startYear}–${c.endYear} ${cite(c.sources)}`);
    for (const r of c.reported)
      out.push(`  ${l("reported")} ${l("asOf")} ${r.asOf}: ${formatMoney(r.cumulative, { locale: lang })}${r.claimedOnTrack ? ` (${l("claimedOnTrack")})` : ""} ${cite(r.sources)}`);
  }
  for (const a of plan.allocations)
    out.push(`  ${String(a.budgetYear ?? l("yearUnknown")).padEnd(4)}  ${formatMoney(a.amount, { locale: lang }).padStart(13)}  ${t(a.title, lang)} (${a.channel}, ${a.permanence}) ${cite(a.sources)}`);

  if (options.observations && options.observations.length > 0) {
    head(l("figures"));
    for (const o of options.observations) {
      const ind = indicator(o.indicatorId);
      const dims = Object.values(o.dimensions).join("/");
      const value = o.value === null ? o.flags.join(", ") : withUnit(o.value, ind?.unit ?? "count", lang);
      out.push(`  ${o.indicatorId}${dims ? ` ${dims}` : ""} ${o.orgUnit} ${o.period}: ${value}${o.source ? ` ${cite([o.source])}` : ""}`);
    }
  }

  head(l("milestones"));
  for (const m of [...plan.milestones].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)))
    out.push(`  ${m.due.padEnd(10)} ${m.status.padEnd(9)} ${t(m.title, lang)} ${cite(m.sources)}`);

  head(l("sources"));
  for (const s of plan.sources)
    out.push(`  ${s.id.padEnd(4)} ${s.title}${s.reference ? `, ${s.reference}` : ""}${s.date ? ` (${s.date})` : ""}${s.url ? ` <${s.url}>` : ""}${s.file ? ` — seeds/${s.file}` : ""}`);
  return out.join("\n") + "\n";
}
