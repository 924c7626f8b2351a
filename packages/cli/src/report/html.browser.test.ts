import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../run.js";

// A real headless browser: Debian's chromium (`apt-get install chromium`; .ci/run installs it).
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

describe("the HTML report in headless Chromium", () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), "opptrapping-html-"));

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("renders one visible chart per target, the tables, and fetches nothing", async () => {
    let html = "";
    const code = run(["status", "--as-of", "2026-01", "--format", "html", "--lang", "en"], { stdout: (s) => void (html += s), stderr: () => {} });
    expect(code).toBe(0);
    const path = join(dir, "status.html");
    writeFileSync(path, html);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) requests.push(r.url());
    });
    await page.goto(pathToFileURL(path).href);
    const charts = page.locator("#charts svg");
    const targets = (html.match(/<tr class="target">/g) ?? []).length;
    expect(targets).toBeGreaterThan(0);
    await expect.poll(() => charts.count()).toBe(targets);
    for (let i = 0; i < targets; i++) {
      const box = await charts.nth(i).boundingBox();
      expect(box?.width).toBeGreaterThan(100);
      expect(box?.height).toBeGreaterThan(50);
    }
    // The PHBU chart draws its one point, the target line and the deadline line.
    const phbu = page.locator('svg[data-target="R5.phbu"]');
    expect(await phbu.locator('[data-role="point"]').count()).toBe(1);
    expect(await phbu.locator('[data-role="target"]').count()).toBe(1);
    expect(await page.locator("#goals tr.goal").count()).toBe(8);
    expect(requests).toEqual([]);
    const screenshot = join(dir, "status.png");
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(existsSync(screenshot)).toBe(true);
    await page.close();
  }, 60_000);
});
