import type { StatusReport } from "./model.js";
import { targetChart } from "./svg.js";

const esc = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** The rows of one result goal and its targets. */
function goalRows(g: StatusReport["goals"][number]): string {
  const targets = g.targets
    .map(
      (t) => `<tr class="target"><td>${esc(t.id)}</td><td><span class="dot ${t.colour}"></span>${esc(t.statusText)}</td><td>${esc(t.value)}${t.valuePeriod ? ` <small>(${esc(t.valuePeriod)})</small>` : ""}</td><td>${esc(t.description)}</td><td>${esc(t.trend)}</td><td class="src">${esc(t.source)}</td></tr>`,
    )
    .join("");
  return `<tr class="goal"><th>${esc(g.id)}</th><th colspan="4"><span class="dot ${g.colour}"></span>${esc(g.title)} — ${esc(g.statusText)}</th><th class="src">${esc(g.source)}</th></tr>${targets}`;
}

/**
 * The status report as one self-contained HTML file: inline CSS, an inline SVG chart per
 * target (series, target line, deadline, forecast), and the same tables as the text output.
 * Nothing is fetched from the network.
 *
 * @example
 * ```ts
 * import { renderHtml } from "@opptrapping/cli";
 * fs.writeFileSync("status.html", renderHtml(report));
 * ```
 */
export function renderHtml(r: StatusReport): string {
  const nb = r.lang === "nb";
  const rows = r.areas
    .flatMap((a) => [
      `<tr class="area"><th colspan="6"><span class="dot ${a.colour}"></span>${esc(a.id)} ${esc(a.title)} — ${esc(a.statusText)}</th></tr>`,
      ...r.goals.filter((g) => g.areaId === a.id).map(goalRows),
    ])
    .join("");
  const charts = r.goals
    .flatMap((g) => g.targets)
    .map((t) => `<figure>${targetChart(t)}<figcaption><b>${esc(t.id)}</b> ${esc(t.description)} — ${esc(t.statusText)}<br><small>${esc(t.explanation)}</small></figcaption></figure>`)
    .join("");
  const b = r.budget;
  const budget = b
    ? `<table><tr><th>${nb ? "Bevilget" : "Appropriated"}</th><th>${nb ? "Forventet på banen" : "Expected on the path"}</th><th>${nb ? "Avvik" : "Gap"}</th><th>${nb ? "Status" : "Status"}</th><th>${nb ? "Kilde" : "Source"}</th></tr><tr><td>${esc(b.actual)}</td><td>${esc(b.expected)}</td><td>${esc(b.gap)}</td><td><span class="dot ${b.onTrack ? "green" : "red"}"></span>${b.onTrack ? (nb ? "i rute" : "on track") : nb ? "bak banen" : "behind"}</td><td class="src">${esc(b.source)}</td></tr></table>`
    : "<p>–</p>";
  const milestones = r.milestones.length
    ? `<table><tr><th></th><th>${nb ? "Frist" : "Due"}</th><th>${nb ? "Milepæl" : "Milestone"}</th><th>${nb ? "Kilde" : "Source"}</th></tr>${r.milestones.map((m) => `<tr><td>${esc(m.group)}</td><td>${esc(m.due)}</td><td>${esc(m.title)}</td><td class="src">${esc(m.source)}</td></tr>`).join("")}</table>`
    : "<p>–</p>";
  const gaps = r.dataGaps.length ? `<ul>${r.dataGaps.map((d) => `<li><b>${esc(d.targetId)}</b>: ${esc(d.reason)}</li>`).join("")}</ul>` : "<p>–</p>";
  const sources = `<ul>${r.sources.map((s) => `<li><b>${esc(s.id)}</b> ${esc(s.title)}</li>`).join("")}</ul>`;
  return `<!doctype html>
<html lang="${r.lang === "nb" ? "nb" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(r.title)} — ${esc(r.asOf)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
tr.area th{background:#eaeef2;font-size:15px}tr.goal th{background:#f6f8fa}.src{color:#57606a;font-size:12px}
.dot{display:inline-block;width:.7em;height:.7em;border-radius:50%;margin-right:.4em;vertical-align:baseline}
.green{background:#1a7f37}.yellow{background:#d4a72c}.red{background:#cf222e}.grey{background:#8c959f}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:1rem}figure{margin:0}figcaption{font-size:12px}
</style>
</head>
<body>
<h1>${esc(r.title)}</h1>
<p>${nb ? "Per" : "As of"} ${esc(r.asOf)}</p>
<h2>${nb ? "Resultatmål" : "Result goals"}</h2>
<table id="goals"><tr><th>${nb ? "Mål" : "Goal"}</th><th>Status</th><th>${nb ? "Verdi" : "Value"}</th><th>${nb ? "Mål" : "Target"}</th><th>Trend</th><th>${nb ? "Kilde" : "Source"}</th></tr>${rows}</table>
<h2>${nb ? "Utvikling per mål" : "Charts"}</h2>
<div class="charts" id="charts">${charts}</div>
<h2>${nb ? "Opptrapping av bevilgninger" : "Budget escalation"}</h2>
${budget}
<h2>${nb ? "Tiltak" : "Measures"}</h2>
<p>${r.measures.map((m) => `${esc(m.label)}: ${m.count}`).join(" · ")}</p>
<h2>${nb ? "Milepæler som forfaller eller er forfalt" : "Milestones due or overdue"}</h2>
${milestones}
<h2>${nb ? "Datamangler" : "Data gaps"}</h2>
${gaps}
<h2>${nb ? "Kilder" : "Sources"}</h2>
${sources}
</body>
</html>
`;
}
