/**
 * Screenshots of the HTML report for docs/img: desktop, phone (390 px), the first page of
 * the A4 PDF that Chromium prints, and close-ups of goal R5 and the budget section, all as of
 * the data's vintage (19 January 2026). Run: pnpm report:screenshots
 *
 * The PDF page is rasterised with pdftoppm (Debian's poppler-utils) when it is there; without
 * it the script prints the page's print layout from Chromium instead and says so.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { renderHtml } from "../src/html.js";
import { bundledReport, launchChromium, VIEWPORTS } from "../src/browser.test-fixture.js";

const out = new URL("../../../docs/img/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), "opptrapping-shots-"));
const page = join(dir, "status.html");
writeFileSync(page, renderHtml(bundledReport("nb")));

const browser = await launchChromium();
try {
  const desktop = await browser.newPage({ viewport: VIEWPORTS.desktop });
  await desktop.goto(pathToFileURL(page).href);
  await desktop.screenshot({ path: join(out, "report-desktop.png"), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1500 } });
  const phone = await browser.newPage({ viewport: VIEWPORTS.phone, deviceScaleFactor: 2, isMobile: true });
  await phone.goto(pathToFileURL(page).href);
  await phone.screenshot({ path: join(out, "report-phone.png"), fullPage: true, clip: { x: 0, y: 0, width: 390, height: 1700 } });
  // Close-ups: the goal with a series break and a figure off the line, and the budget in its parts.
  await desktop.locator("#goal-R5").screenshot({ path: join(out, "report-goal-r5.png") });
  await desktop.locator("#budget").screenshot({ path: join(out, "report-budget.png") });
  const pdfPath = join(dir, "status.pdf");
  await desktop.pdf({ path: pdfPath, format: "A4", printBackground: true });
  let rasterised = false;
  try {
    execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdfPath, join(dir, "page1")]);
    renameSync(join(dir, "page1.png"), join(out, "report-print-page1.png"));
    rasterised = true;
  } catch {
    await desktop.emulateMedia({ media: "print" });
    await desktop.setViewportSize({ width: 794, height: 1123 });
    await desktop.screenshot({ path: join(out, "report-print-page1.png"), clip: { x: 0, y: 0, width: 794, height: 1123 } });
  }
  console.log(`wrote ${["report-desktop.png", "report-phone.png", "report-print-page1.png", "report-goal-r5.png", "report-budget.png"].map((f) => join(out, f)).filter(existsSync).join(", ")}${rasterised ? "" : " (print page from Chromium's print layout: install poppler-utils for the PDF's own page)"}`);
} finally {
  await browser.close();
}
