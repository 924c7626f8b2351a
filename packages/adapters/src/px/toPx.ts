import type { Observation } from "@opptrapping/core";
import { AdapterError } from "../AdapterError.js";
import { formatPxNumber } from "./formatPxNumber.js";
import { escapePxText, NATIVE, NATIVE_ATTRIBUTE_IDS } from "./nativeFormat.js";
import { planCube } from "./planCube.js";
import { cubeKey } from "./sortForPx.js";
import { timevalFor } from "./timevalFor.js";
import { writeKeyword } from "./writeKeyword.js";

/** Options of {@link toPx}. */
export interface ToPxOptions {
  /** TITLE and CONTENTS of the table. @default "Observations" */
  readonly title?: string;
  /** The CODEPAGE the text declares; encode the string in it when saving. @default "utf-8" */
  readonly codepage?: "utf-8" | "iso-8859-1";
  /**
   * Whether to write only the combinations that hold an observation, as KEYS rows: `"auto"`
   * does so when fewer than half of the cube's combinations hold one (observations of two
   * datasets side by side), and says so in a NOTE. @default "auto"
   */
  readonly keys?: "auto" | "always" | "never";
}

/** A PX file is a full cube: sparse observations over many codes would multiply into more cells than anyone can read. */
const MAX_ROWS = 5_000_000;

function safeTitle(title: string, codepage: "utf-8" | "iso-8859-1"): string {
  const t = title.replace(/"/g, "'").replace(/[\u0000-\u001f\u007f]/g, " ");
  return codepage === "iso-8859-1" ? t.replace(/[^\u0000-\u00ff]/g, "?") : t;
}

function implied(o: Observation): readonly string[] {
  if (o.value !== null) return [];
  return o.flags.includes("suppressed") ? ["suppressed"] : ["missing"];
}

function attributesOf(o: Observation, esc: (s: string) => string): string[] | undefined {
  const flags = o.flags.filter((f) => !implied(o).includes(f));
  const values = [flags.join(" "), o.note ?? "", o.source?.doc ?? "", o.source?.section ?? "", o.source?.note ?? ""].map(esc);
  return values.some(Boolean) ? values : undefined;
}

/**
 * Writes observations as a PX file (PC-Axis, 2013 format): STUB `indicator`, `period`,
 * `orgUnit` and one `dimension:<id>` per disaggregation (code `""` where an observation has
 * none), HEADING `measure` with `value`, `count`, `numerator` and `denominator` — one DATA
 * line per combination. Observations that come in a cube order (as any PX or JSON-stat file
 * is read) keep it: the STUB nesting and the order of VALUES are chosen to match; others are
 * written in canonical order ({@link sortForPx}). Numbers are written in full (no
 * exponent); DECIMALS is the most any has (at most 15).
 *
 * Missing-value symbols: a missing value is `".."` (SSB: data missing); a suppressed one is
 * `"...."` presented as `:` through DATASYMBOL4 — the format has no confidentiality symbol of
 * its own, and readers keep to its dots; an absent count, numerator or denominator is
 * `".."`; a combination with no observation is `"......"` throughout. Flags a symbol does not
 * say (provisional, synthetic, missing on a value), notes and sources go in ATTRIBUTES
 * (`opptrapping:flags`, `opptrapping:note`, `opptrapping:source-*`). Texts that a PX string
 * cannot hold (`"`, line breaks, `%`; beyond U+00FF in ISO-8859-1) are percent-escaped.
 * So `fromPx(toPx(obs), pxNativeMapping).observations` deep-equals `orderForPx(obs)`: `obs`
 * itself when it is in normal form and a cube order. Throws `invalid_observation`,
 * `duplicate_observation` (two observations for one cell) and `cube_too_large` (more than
 * 5 000 000 combinations: a PX file is a full cube).
 *
 * @example
 * ```ts
 * import { toPx } from "@opptrapping/adapters/px";
 * const px = toPx([{ indicatorId: "R5.wait", period: "2024-06", orgUnit: "NO", dimensions: {}, value: 37.5, flags: [] }]);
 * // STUB="indicator","period","orgUnit"; HEADING="measure"; … DATA=\n37.5 ".." ".." "..";
 * ```
 */
export function toPx(observations: readonly Observation[], options: ToPxOptions = {}): string {
  const codepage = options.codepage ?? "utf-8";
  const esc = (s: string) => escapePxText(s, codepage);
  const title = safeTitle(options.title ?? "Observations", codepage);
  const cube = planCube(observations);
  const nameOf = (k: number) => [NATIVE.indicator, NATIVE.period, NATIVE.orgUnit][k] ?? `${NATIVE.dimensionPrefix}${cube.dimensionIds[k - 3]!}`;
  // Ids are PX-safe; disaggregation values may hold anything.
  const stub = cube.nesting.map((k) => ({ k, name: nameOf(k), codes: k < 3 ? cube.values[k]! : cube.values[k]!.map(esc) }));
  const rows = stub.reduce((n, v) => n * v.codes.length, 1);
  if (rows > MAX_ROWS)
    throw new AdapterError("cube_too_large", `the observations span a cube of ${rows} combinations (${stub.map((v) => `${v.codes.length} ${v.name}`).join(" × ")}), more than the ${MAX_ROWS} a PX file is written with; write them in parts`);
  const mode = options.keys ?? "auto";
  const sparse = mode === "always" || (mode === "auto" && cube.observations.length * 2 < rows);
  // Dense: each observation at its cell (row-major over the stub), found by its codes' positions; keys are unique (normaliseObservations).
  const cells: (Observation | undefined)[] = sparse ? [] : new Array<Observation | undefined>(rows);
  if (!sparse) {
    const positions = stub.map((v) => new Map(cube.values[v.k]!.map((code, i) => [code, i] as const)));
    const strides = stub.map((_, i) => stub.slice(i + 1).reduce((n, w) => n * w.codes.length, 1));
    for (const o of cube.observations) {
      const k = cubeKey(o, cube.dimensionIds);
      let cell = 0;
      stub.forEach((v, i) => (cell += positions[i]!.get(k[v.k]!)! * strides[i]!));
      cells[cell] = o;
    }
  }

  const data: string[] = [];
  const attributes: string[] = [];
  let decimals = 0;
  let suppressed = false;
  let absent = false;
  const num = (n: number) => {
    const s = formatPxNumber(n);
    const point = s.indexOf(".");
    if (point !== -1) decimals = Math.max(decimals, s.length - point - 1);
    return s;
  };
  const write = (o: Observation, codes: readonly string[], keyPrefix: string): void => {
    const value = o.value !== null ? num(o.value) : `"${implied(o)[0] === "suppressed" ? NATIVE.suppressed : NATIVE.missing}"`;
    suppressed ||= o.value === null && o.flags.includes("suppressed");
    const rest = [o.count, o.numerator, o.denominator].map((n) => (n === undefined ? `"${NATIVE.missing}"` : num(n)));
    data.push(keyPrefix + [value, ...rest].join(" "));
    const a = attributesOf(o, esc);
    if (a) attributes.push(writeKeyword("ATTRIBUTES", [...codes, "value"], a));
  };
  if (sparse) {
    // KEYS rows: the stub codes of each observation, then its cells; combinations without one are left out.
    for (const o of cube.observations) {
      const k = cubeKey(o, cube.dimensionIds);
      const codes = stub.map((v) => (v.k < 3 ? k[v.k]! : esc(k[v.k]!)));
      write(o, codes, `${codes.map((c) => `"${c}"`).join(",")} `);
    }
  }
  const idx = stub.map(() => 0);
  const noObservation = NATIVE.measures.map(() => `"${NATIVE.noObservation}"`).join(" ");
  for (let cell = 0; !sparse; cell++) {
    const o = cells[cell];
    if (!o) {
      absent = true;
      data.push(noObservation);
    } else
      write(
        o,
        stub.map((v, i) => v.codes[idx[i]!]!),
        "",
      );
    let k = stub.length - 1;
    for (; k >= 0 && ++idx[k]! >= stub[k]!.codes.length; k--) idx[k] = 0;
    if (k < 0) break;
  }

  const timeval = timevalFor(cube.values[1]!);
  const lines = [
    'CHARSET="ANSI";',
    'AXIS-VERSION="2013";',
    `CODEPAGE="${codepage}";`,
    `DECIMALS=${Math.min(decimals, 15)};`,
    'MATRIX="opptrapping";',
    'SUBJECT-CODE="opptrapping";',
    'SUBJECT-AREA="Opptrappingsplan for psykisk helse";',
    `TITLE="${title}";`,
    `CONTENTS="${title}";`,
    'UNITS="-";',
    writeKeyword("STUB", [], stub.map((v) => v.name)),
    writeKeyword("HEADING", [], [NATIVE.measure]),
    ...stub.map((v) => writeKeyword("VALUES", [v.name], v.codes)),
    writeKeyword("VALUES", [NATIVE.measure], NATIVE.measures),
    ...(timeval ? [`TIMEVAL("${NATIVE.period}")=TLIST(${timeval.unit}),${timeval.stamps.map((s) => `"${s}"`).join(",")};`] : []),
    ...stub.map((v) => writeKeyword("CODES", [v.name], v.codes)),
    writeKeyword("CODES", [NATIVE.measure], NATIVE.measures),
    ...(sparse
      ? [
          `NOTE="Sparse: ${cube.observations.length} of ${rows} combinations hold an observation; only those are written, as KEYS rows (in files written by opptrapping, a combination left out holds no observation).";`,
          ...stub.map((v) => `KEYS("${v.name}")=CODES;`),
        ]
      : []),
    ...(suppressed ? ['DATASYMBOL4=":";'] : []),
    ...(absent || sparse ? ['DATASYMBOL6="no observation";'] : []),
    ...(attributes.length
      ? [
          writeKeyword("ATTRIBUTE-ID", [], NATIVE_ATTRIBUTE_IDS),
          writeKeyword("ATTRIBUTE-TEXT", [], ["Flags", "Note", "Source", "Source section", "Source note"]),
          writeKeyword("ATTRIBUTES", [], NATIVE_ATTRIBUTE_IDS.map(() => "")),
          ...attributes,
        ]
      : []),
    "DATA=",
    ...data,
  ];
  return `${lines.join("\n")};\n`;
}
