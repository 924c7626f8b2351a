import { existsSync } from "node:fs";
import { evaluatePlan } from "@opptrapping/indicators";
import { observations, plan } from "@opptrapping/psykisk-helse";
import { chromium, type Browser } from "playwright-core";
import { buildReport, type ReportModel } from "./model.js";
import type { Lang } from "./messages.js";

/** Debian's chromium (`apt-get install chromium`; .ci/run installs it), or CHROMIUM_PATH. */
export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
/** Flags for a quiet, offline headless run. */
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Starts the headless browser, or says how to get one. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** The bundled plan's report as of the data's vintage (19 January 2026, the CLI's default), the one the docs show. */
export function bundledReport(lang: Lang, asOf?: string): ReportModel {
  const p = plan();
  return buildReport(p, evaluatePlan(p, observations(), { asOf: asOf ?? p.revision.asOf }), { lang });
}

/** Viewports the layouts are tested and shown at. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
