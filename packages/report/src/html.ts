import type { ChartTable } from "./chartModel.js";
import { escapeHtml as esc } from "./escape.js";
import { budgetLines, type GoalSection, type ReportModel, type TargetSection } from "./model.js";
import { renderBudgetChart, renderSvgChart } from "./svg.js";

/**
 * The report's style sheet, every rule scoped to `.opptrapping-report` so it can sit inside
 * another page: desktop columns, a phone layout (tables reflow into labelled rows, nothing
 * wider than the screen) and print (A4, a page break before each major section, no chart cut).
 *
 * @example
 * ```ts
 * import { REPORT_CSS } from "@opptrapping/report";
 * document.head.insertAdjacentHTML("beforeend", `<style>${REPORT_CSS}</style>`);
 * ```
 */
export const REPORT_CSS = `
.opptrapping-report{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;max-width:75rem;margin:0 auto;padding:1rem;box-sizing:border-box;overflow-wrap:break-word}
.opptrapping-report *,.opptrapping-report *::before,.opptrapping-report *::after{box-sizing:inherit}
.opptrapping-report h1{font-size:1.7rem;line-height:1.2;margin:.2rem 0}
.opptrapping-report h2{font-size:1.3rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid #d0d7de}
.opptrapping-report h3{font-size:1.08rem;margin:1.4rem 0 .3rem}
.opptrapping-report .asof{color:#57606a;margin:0 0 1rem}
.opptrapping-report .summary{background:#f6f8fa;border:1px solid #d0d7de;border-radius:8px;padding:.4rem 1.2rem 1rem}
.opptrapping-report .summary h2{border:0;margin-top:.6rem}
.opptrapping-report .headline{font-size:1.2rem;font-weight:600;margin:.2rem 0 .8rem;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem}
.opptrapping-report .headline span{white-space:nowrap}
.opptrapping-report .facts{margin:0;padding-left:1.2rem}
.opptrapping-report .facts li{margin:.25rem 0}
.opptrapping-report table{border-collapse:collapse;width:100%;margin:.6rem 0 1rem;font-size:.93rem}
.opptrapping-report th,.opptrapping-report td{border-bottom:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
.opptrapping-report thead th{background:#eaeef2}
.opptrapping-report caption{text-align:left;font-size:.85rem;color:#57606a;padding:.2rem 0}
.opptrapping-report .src{color:#57606a;font-size:.85rem}
.opptrapping-report .dot{display:inline-block;width:.75em;height:.75em;border-radius:50%;margin-right:.35em;vertical-align:baseline;flex:none}
.opptrapping-report .badge{display:inline-block;border-radius:1em;padding:0 .6em;font-size:.85rem;font-weight:600;color:#fff;white-space:nowrap}
.opptrapping-report .green{background:#1a7f37}.opptrapping-report .yellow{background:#9a6700}.opptrapping-report .red{background:#cf222e}.opptrapping-report .grey{background:#6e7781}
.opptrapping-report .goal-meta{margin:.1rem 0 .6rem;color:#57606a}
.opptrapping-report .targets{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,24rem),1fr));gap:1rem;align-items:start}
.opptrapping-report figure{margin:0;border:1px solid #d0d7de;border-radius:8px;padding:.7rem;background:#fff;min-width:0}
.opptrapping-report figcaption{margin-bottom:.4rem}
.opptrapping-report figure svg{display:block;width:100%;height:auto;max-width:100%}
.opptrapping-report .explain{font-size:.88rem;margin:.4rem 0}
.opptrapping-report table.data{font-size:.82rem;margin:.3rem 0 0}
.opptrapping-report table.data td:last-child,.opptrapping-report table.data th:last-child{text-align:right}
.opptrapping-report .legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;padding:0;list-style:none}
.opptrapping-report .budget-figure{max-width:40rem}
.opptrapping-report .missed{margin:.1rem 0 .6rem;color:#cf222e;font-weight:600}
.opptrapping-report .note{color:#57606a;font-style:italic}
.opptrapping-report .partial{font-weight:400;color:#57606a;font-size:.9em}
.opptrapping-report table.sensitivity tr.used td{font-weight:600}
@media (max-width:40rem){
.opptrapping-report{padding:.5rem;font-size:14px}
.opptrapping-report figure{padding:.4rem}
.opptrapping-report .summary{padding:.3rem .7rem .7rem}
.opptrapping-report h1{font-size:1.35rem}
.opptrapping-report .headline{font-size:1.05rem}
.opptrapping-report table.reflow thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.opptrapping-report table.reflow,.opptrapping-report table.reflow tbody,.opptrapping-report table.reflow tr,.opptrapping-report table.reflow td,.opptrapping-report table.reflow th{display:block;width:100%}
.opptrapping-report table.reflow tr{border-bottom:1px solid #d0d7de;padding:.3rem 0}
.opptrapping-report table.reflow td,.opptrapping-report table.reflow th{border:0;padding:.1rem 0}
.opptrapping-report table.reflow caption{display:block;width:100%}
.opptrapping-report table.reflow td[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:#57606a}
}
@media print{
@page{size:A4;margin:14mm}
.opptrapping-report{max-width:none;padding:0;font-size:11pt}
.opptrapping-report section.major{break-before:page}
.opptrapping-report figure,.opptrapping-report table.data,.opptrapping-report .headline,.opptrapping-report .facts,.opptrapping-report tr{break-inside:avoid}
.opptrapping-report h2,.opptrapping-report h3{break-after:avoid}
.opptrapping-report .targets{grid-template-columns:1fr 1fr}
}
`;

function dataTable(t: ChartTable): string {
  if (t.rows.length === 0) return "";
  return `<table class="data"><caption>${esc(t.caption)}</caption><thead><tr>${t.head.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead><tbody>${t.rows
    .map((row) => `<tr>${row.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

function targetFigure(t: TargetSection, r: ReportModel): string {
  const m = r.messages;
  return `<figure class="target" data-target="${esc(t.id)}" data-status="${t.status}">
<figcaption><b>${esc(t.description)}</b> <span class="badge ${t.colour}">${esc(t.statusText)}</span><br><span class="src">${
    t.reason !== null && t.chart.points.length === 0 ? esc(t.reason) : `${esc(m.columns.latest)}: ${esc(t.latest)}${t.latestPeriod ? ` (${esc(t.latestPeriod)})` : ""} · ${esc(t.trend)}`
  }</span></figcaption>
${renderSvgChart(t.chart)}
${t.chart.points.length === 0 && t.chart.offLine.length === 0 && t.reason !== null ? `<p class="explain"><span class="src">${esc(t.source)}</span></p>` : `<p class="explain">${esc(t.explanation)} <span class="src">${esc(t.source)}</span></p>`}
${dataTable(t.chart.table)}
</figure>`;
}

function goalBlock(g: GoalSection, r: ReportModel): string {
  const m = r.messages;
  const empty = g.targets.length === 0 ? `<p>${esc(m.insufficient["not_measurable"] ?? m.insufficientFallback)}</p>` : "";
  return `<div class="goal" id="goal-${esc(g.id)}">
<h3><span class="dot ${g.colour}"></span>${esc(g.id)} ${esc(g.title)}</h3>
<p class="goal-meta"><span class="badge ${g.colour}">${esc(g.statusText)}</span>${g.partial ? ` ${esc(m.partial)}` : ""} · ${esc(g.coverage.text)} <span class="src">${esc(g.source)}</span></p>
${g.missedMilestones.length > 0 ? `<p class="missed" data-role="missed-milestones">${esc(m.missedMilestones(g.missedMilestones.join("; ")))}</p>` : ""}
${empty}<div class="targets">${g.targets.map((t) => targetFigure(t, r)).join("\n")}</div>
</div>`;
}

/**
 * The report as an HTML fragment to embed in a page: one `<article class="opptrapping-report">`
 * with its own scoped `<style>` (leave it out with `style: false` and load {@link REPORT_CSS}
 * yourself). Inline SVG charts, no scripts, nothing fetched.
 *
 * @example
 * ```ts
 * import { renderHtmlFragment } from "@opptrapping/report";
 * document.querySelector("#status")!.innerHTML = renderHtmlFragment(report);
 * ```
 */
export function renderHtmlFragment(r: ReportModel, options: { readonly style?: boolean } = {}): string {
  const m = r.messages;
  const c = m.columns;
  const h = r.headline;
  const colours = ["green", "yellow", "red", "grey"] as const;
  const counts = h.parts.map((text, i) => ({ colour: colours[i] ?? "grey", text }));
  const headline = `<p class="headline" data-role="headline">${counts.map((x) => `<span><span class="dot ${x.colour}"></span>${esc(x.text)}</span>`).join(" ")}</p>`;
  const facts = `<ul class="facts">${[h.budget, h.milestones, h.vintage, h.coverage]
    .filter((x): x is string => x !== null)
    .map((x) => `<li>${esc(x)}</li>`)
    .join("")}</ul>`;
  const overview = `<table class="reflow overview"><caption>${esc(m.sections.overview)}</caption><thead><tr><th scope="col">${esc(c.goal)}</th><th scope="col">${esc(c.status)}</th><th scope="col">${esc(c.assessed)}</th></tr></thead><tbody>${r.areas
    .flatMap((a) => a.goals)
    .map(
      (g) =>
        `<tr><td data-label="${esc(c.goal)}"><a href="#goal-${esc(g.id)}">${esc(g.id)}</a> ${esc(g.title)}</td><td data-label="${esc(c.status)}"><span class="dot ${g.colour}"></span>${esc(g.statusText)}${g.partial ? ` (${esc(m.partial)})` : ""}</td><td data-label="${esc(c.assessed)}">${esc(g.coverage.text)}</td></tr>`,
    )
    .join("")}</tbody></table>`;
  const legend = `<ul class="legend">${(["achieved", "onTrack", "atRisk", "offTrack", "insufficientData"] as const)
    .map((s) => `<li><span class="dot ${s === "achieved" || s === "onTrack" ? "green" : s === "atRisk" ? "yellow" : s === "offTrack" ? "red" : "grey"}"></span>${esc(m.status[s])}</li>`)
    .join("")}</ul>`;
  const areas = r.areas
    .map(
      (a, i) =>
        `<section class="area${i === 0 ? " major" : ""}" id="area-${esc(a.id)}"${i === 0 ? "" : ""}>
${i === 0 ? `<h2>${esc(m.sections.goals)}</h2>` : ""}
<h2 class="area-title"><span class="dot ${a.colour}"></span>${esc(a.id)} ${esc(a.title)} — ${esc(a.statusText)}${a.partial ? ` <span class="partial">(${esc(m.partial)})</span>` : ""}</h2>
<p class="goal-meta" data-role="area-coverage">${esc(a.coverage.text)}</p>
${a.goals.map((g) => goalBlock(g, r)).join("\n")}
</section>`,
    )
    .join("\n");
  const b = r.budget;
  const budget = b
    ? `<ul class="budget-lines">${budgetLines(b, m)
        .map((x) => `<li>${esc(x)}</li>`)
        .join("")}</ul>${
        b.sensitivity.length > 0
          ? `<table class="reflow sensitivity" data-readings="${b.readings}"><caption>${esc(m.sensitivity)}</caption><thead><tr><th scope="col">${esc(m.sensitivityColumns.path)}</th><th scope="col">${esc(m.sensitivityColumns.expected(b.year))}</th><th scope="col">${esc(m.sensitivityColumns.verdict)}</th></tr></thead><tbody>${b.sensitivity
              .map(
                (s) =>
                  `<tr${s.used ? ' class="used"' : ""}><td data-label="${esc(m.sensitivityColumns.path)}">${esc(s.path)}${s.used ? ` <span class="src">(${esc(m.sensitivityColumns.used)})</span>` : ""}</td><td data-label="${esc(m.sensitivityColumns.expected(b.year))}">${esc(s.expected)}</td><td data-label="${esc(m.sensitivityColumns.verdict)}">${esc(s.verdict)}</td></tr>`,
              )
              .join("")}</tbody></table>`
          : ""
      }<figure class="budget-figure" data-target="budget"><figcaption><b>${esc(b.chart.title)}</b></figcaption>${renderBudgetChart(b.chart)}${dataTable(b.chart.table)}</figure>`
    : `<p>${esc(m.none)}</p>`;
  const milestones = r.milestones.length
    ? `<table class="reflow"><thead><tr><th scope="col">${esc(c.standing)}</th><th scope="col">${esc(c.due)}</th><th scope="col">${esc(c.milestone)}</th><th scope="col">${esc(c.source)}</th></tr></thead><tbody>${r.milestones
        .map(
          (x) =>
            `<tr data-state="${x.group}"><td data-label="${esc(c.standing)}">${esc(x.groupText)}</td><td data-label="${esc(c.due)}">${esc(x.due)}</td><td data-label="${esc(c.milestone)}">${esc(x.title)}${x.group === "upcoming" ? "" : `<br><span class="src">${esc(x.reason)}</span>`}</td><td data-label="${esc(c.source)}" class="src">${esc(x.source)}</td></tr>`,
        )
        .join("")}</tbody></table>`
    : `<p>${esc(m.none)}</p>`;
  const gaps = r.dataGaps.length ? `<ul>${r.dataGaps.map((d) => `<li><b>${esc(d.goalId)}</b> ${esc(d.target)}: ${esc(d.reason)}</li>`).join("")}</ul>` : `<p>${esc(m.none)}</p>`;
  const sources = `<ul>${r.sources.map((s) => `<li><b>${esc(s.id)}</b> ${esc(s.title)}${s.detail ? ` <span class="src">(${esc(s.detail)})</span>` : ""}${s.url ? ` <a class="src" href="${esc(s.url)}">${esc(s.url)}</a>` : ""}</li>`).join("")}</ul>`;
  const style = options.style === false ? "" : `<style>${REPORT_CSS}</style>\n`;
  return `${style}<article class="opptrapping-report" lang="${m.htmlLang}">
<header><h1>${esc(r.title)}</h1><p class="asof">${esc(m.asOf(r.asOfText))}</p></header>
<section class="summary" id="summary"><h2>${esc(m.sections.summary)}</h2>${headline}${facts}${overview}<h3>${esc(m.sections.legend)}</h3>${legend}</section>
${areas}
<section class="major" id="budget"><h2>${esc(m.sections.budget)}</h2>${budget}</section>
<section id="milestones"><h2>${esc(m.sections.milestones)}</h2>${r.milestonesNote ? `<p class="note">${esc(r.milestonesNote)}</p>` : ""}${milestones}</section>
<section id="measures"><h2>${esc(m.sections.measures)}</h2>${r.measuresNote ? `<p class="note">${esc(r.measuresNote)}</p>` : ""}<ul>${r.measures
    .map((scope) => `<li><b>${esc(scope.label)}:</b> ${scope.states.map((x) => `${esc(x.label)} ${x.count}`).join(" · ")}</li>`)
    .join("")}</ul></section>
<section class="major" id="gaps"><h2>${esc(m.sections.dataGaps)}</h2>${gaps}</section>
<section id="sources"><h2>${esc(m.sections.sources)}</h2>${sources}</section>
</article>`;
}

/**
 * The report as one self-contained HTML page: inline CSS, inline SVG charts, no scripts,
 * nothing fetched from the network; readable on a desktop, a 390 px phone and printed to A4.
 *
 * @example
 * ```ts
 * import { renderHtml } from "@opptrapping/report";
 * const page = renderHtml(report); // "<!doctype html>…"
 * ```
 */
export function renderHtml(r: ReportModel): string {
  return `<!doctype html>
<html lang="${r.messages.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(r.title)} — ${esc(r.asOfText)}</title>
<style>body{margin:0;background:#fff}</style>
</head>
<body>
${renderHtmlFragment(r)}
</body>
</html>
`;
}
