import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledReport, launchChromium, VIEWPORTS } from "./browser.test-fixture.js";
import { renderHtml, renderHtmlFragment } from "./html.js";

// A real headless browser: Debian's chromium (`apt-get install chromium`; .ci/run installs it).
describe("the HTML report in headless Chromium", () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), "opptrapping-html-"));
  const page = join(dir, "status.html");
  writeFileSync(page, renderHtml(bundledReport("nb")));

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(viewport: { width: number; height: number }, url = pathToFileURL(page).href): Promise<{ p: Page; requests: string[] }> {
    const p = await browser.newPage({ viewport });
    const requests: string[] = [];
    p.on("request", (r) => {
      if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) requests.push(r.url());
    });
    await p.goto(url);
    return { p, requests };
  }

  it("desktop: headline first, one readable chart per target plus the budget, each with a unit and a text alternative; nothing fetched", async () => {
    const { p, requests } = await open(VIEWPORTS.desktop);
    const headline = await p.locator('[data-role="headline"]').boundingBox();
    expect(headline!.y).toBeLessThan(300);
    expect(await p.locator('[data-role="headline"]').innerText()).toContain("0 av 8 resultatmål i rute");
    const charts = p.locator("figure svg");
    expect(await charts.count()).toBe(13); // 12 targets + the budget
    // Page functions are strings: this file is type-checked without the DOM library.
    const facts = (await p.evaluate(`[...document.querySelectorAll("figure svg")].map((s) => ({
        id: s.getAttribute("data-chart"),
        width: s.getBoundingClientRect().width,
        height: s.getBoundingClientRect().height,
        unit: s.querySelector('[data-role="unit"]')?.textContent ?? "",
        title: s.querySelector("title")?.textContent ?? "",
        desc: s.querySelector("desc")?.textContent ?? "",
        labelledBy: (s.getAttribute("aria-labelledby") ?? "").split(" ").every((id) => id !== "" && s.querySelector("#" + CSS.escape(id)) !== null),
      }))`)) as { id: string | null; width: number; height: number; unit: string; title: string; desc: string; labelledBy: boolean }[];
    for (const f of facts) {
      expect(f.width, f.id ?? "").toBeGreaterThan(300);
      expect(f.height).toBeGreaterThan(60);
      expect(f.unit.length).toBeGreaterThan(0);
      expect(f.title.length).toBeGreaterThan(5);
      expect(f.desc.length).toBeGreaterThan(10);
      expect(f.labelledBy).toBe(true);
    }
    // Every chart with values has a data table beside it.
    expect(await p.locator('figure:has(svg [data-role="point"]) table.data').count()).toBe(await p.locator('figure:has(svg [data-role="point"])').count());
    expect(await p.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).toBe(true);
    expect(requests).toEqual([]);
    await p.close();
  }, 60_000);

  it("phone (390 px): no horizontal scrolling, tables reflow into labelled rows, charts fit", async () => {
    const { p } = await open(VIEWPORTS.phone);
    const widths = (await p.evaluate(`({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
      widest: Math.max(...[...document.querySelectorAll(".opptrapping-report *")].map((e) => e.getBoundingClientRect().right)),
      cellDisplay: getComputedStyle(document.querySelector("table.reflow td")).display,
      headVisible: document.querySelector("table.reflow thead").getBoundingClientRect().height > 1,
      label: getComputedStyle(document.querySelector("table.reflow td[data-label]"), "::before").content,
    })`)) as { scroll: number; inner: number; widest: number; cellDisplay: string; headVisible: boolean; label: string };
    expect(widths.scroll).toBeLessThanOrEqual(390);
    expect(widths.widest).toBeLessThanOrEqual(390.5);
    expect(widths.cellDisplay).toBe("block");
    expect(widths.headVisible).toBe(false);
    expect(widths.label).toBe('"Resultatmål: "');
    await p.close();
  }, 60_000);

  it("print (A4 PDF): a page break before each major section, no chart taller than a page or allowed to split", async () => {
    const { p } = await open(VIEWPORTS.desktop);
    await p.emulateMedia({ media: "print" });
    // A4 at 96 dpi less 14 mm margins: 718 × 1016 px of content.
    await p.setViewportSize({ width: 718, height: 1016 });
    const print = (await p.evaluate(`({
      majors: [...document.querySelectorAll("section.major")].map((s) => getComputedStyle(s).breakBefore),
      figures: [...document.querySelectorAll("figure")].map((f) => ({ inside: getComputedStyle(f).breakInside, height: f.getBoundingClientRect().height })),
      scroll: document.documentElement.scrollWidth,
    })`)) as { majors: string[]; figures: { inside: string; height: number }[]; scroll: number };
    expect(print.majors.length).toBeGreaterThanOrEqual(3);
    for (const b of print.majors) expect(b).toBe("page");
    for (const f of print.figures) {
      expect(f.inside).toBe("avoid");
      expect(f.height).toBeLessThan(1016);
    }
    expect(print.scroll).toBeLessThanOrEqual(718);
    const pdf = await p.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(40);
    await p.close();
  }, 60_000);

  it("embeds as a fragment in another page without spilling out of its container", async () => {
    const host = join(dir, "host.html");
    writeFileSync(
      host,
      `<!doctype html><html><head><meta name="viewport" content="width=device-width"><style>body{margin:0;font:20px serif}#box{width:600px;margin:0 auto}</style></head><body><div id="box">${renderHtmlFragment(bundledReport("en"))}</div></body></html>`,
    );
    const { p, requests } = await open(VIEWPORTS.desktop, pathToFileURL(host).href);
    const right = (await p.evaluate(`Math.max(...[...document.querySelectorAll("#box *")].map((e) => e.getBoundingClientRect().right))`)) as number;
    const box = await p.locator("#box").boundingBox();
    expect(right).toBeLessThanOrEqual(box!.x + box!.width + 0.5);
    expect(await p.locator(".opptrapping-report figure svg").count()).toBe(13);
    expect(requests).toEqual([]);
    await p.close();
  }, 60_000);
});
