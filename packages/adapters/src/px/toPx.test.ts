import type { Observation } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import { latin1Bytes, utf8Bytes } from "./fixtures/encode.js";
import { fromPx } from "./fromPx.js";
import { parsePx } from "./parsePx.js";
import { pxNativeMapping } from "./pxNativeMapping.js";
import { orderForPx } from "./orderForPx.js";
import { sortForPx } from "./sortForPx.js";
import { toPx } from "./toPx.js";

const o = (extra: Partial<Observation> = {}): Observation => ({ indicatorId: "R5.wait", period: "2024-06", orgUnit: "NO", dimensions: {}, value: 37.5, flags: [], ...extra });
const back = (px: string | Uint8Array) => fromPx(px, pxNativeMapping).observations;

describe("toPx", () => {
  it("writes a PX file: indicator, period and org unit in the stub, the measures in the heading", () => {
    expect(toPx([o({ count: 120 }), o({ orgUnit: "rhf-vest", value: null, flags: ["missing"] })], { title: "Ventetid" })).toBe(
      [
        'CHARSET="ANSI";',
        'AXIS-VERSION="2013";',
        'CODEPAGE="utf-8";',
        "DECIMALS=1;",
        'MATRIX="opptrapping";',
        'SUBJECT-CODE="opptrapping";',
        'SUBJECT-AREA="Opptrappingsplan for psykisk helse";',
        'TITLE="Ventetid";',
        'CONTENTS="Ventetid";',
        'UNITS="-";',
        'STUB="indicator","period","orgUnit";',
        'HEADING="measure";',
        'VALUES("indicator")="R5.wait";',
        'VALUES("period")="2024-06";',
        'VALUES("orgUnit")="NO","rhf-vest";',
        'VALUES("measure")="value","count","numerator","denominator";',
        'TIMEVAL("period")=TLIST(M1),"202406";',
        'CODES("indicator")="R5.wait";',
        'CODES("period")="2024-06";',
        'CODES("orgUnit")="NO","rhf-vest";',
        'CODES("measure")="value","count","numerator","denominator";',
        "DATA=",
        '37.5 120 ".." ".."',
        '".." ".." ".." "..";',
        "",
      ].join("\n"),
    );
  });

  it("reads back with pxNativeMapping, or any copy of it", () => {
    const list = [o({ count: 120, dimensions: { service: "PHBU" } }), o({ orgUnit: "rhf-vest", value: null, flags: ["missing"], dimensions: { service: "PHBU" } })];
    expect(back(toPx(list))).toEqual(list);
    expect(fromPx(toPx(list), JSON.parse(JSON.stringify(pxNativeMapping)) as typeof pxNativeMapping).observations).toEqual(list);
  });

  it("writes a disaggregation per variable, absent as the code \"\", and marks missing combinations with six dots", () => {
    const list = [o({ dimensions: { service: "PHBU" } }), o({ period: "2024-07" })];
    const px = toPx(list);
    expect(px).toContain('STUB="indicator","period","orgUnit","dimension:service";');
    // Values in the order they come: the observations keep their order.
    expect(px).toContain('VALUES("dimension:service")="PHBU","";');
    expect(px).toContain('DATASYMBOL6="no observation";');
    expect(px.split("DATA=\n")[1]).toBe(['37.5 ".." ".." ".."', '"......" "......" "......" "......"', '"......" "......" "......" "......"', '37.5 ".." ".." "..";', ""].join("\n"));
    expect(back(px)).toEqual(list);
  });

  it("writes a suppressed value as four dots presented as : and keeps every flag, note and source", () => {
    const list = [
      o({ value: null, flags: ["suppressed"] }),
      o({ period: "2024-07", value: 12, flags: ["provisional", "synthetic"], note: 'Foreløpig; "se note"\n100 %', source: { doc: "ssb-12345", section: "tabell 2" } }),
      o({ period: "2024-08", value: null, flags: ["missing", "suppressed"] }),
    ];
    const px = toPx(list);
    expect(px).toContain('DATASYMBOL4=":";');
    expect(px).toContain('ATTRIBUTES("R5.wait","2024-07","NO","value")="provisional synthetic","Foreløpig; %22se note%22%0A100 %25","ssb-12345","tabell 2","";');
    expect(px.split("DATA=\n")[1]?.split("\n")[0]).toBe('"...." ".." ".." ".."');
    expect(back(px)).toEqual(list);
  });

  it("keeps numbers exact, without exponents", () => {
    const list = [o({ value: 1e21 }), o({ period: "2024-07", value: 1.5e-7 }), o({ period: "2024-08", value: -0 }), o({ period: "2024-09", value: 0.1 + 0.2, count: 3, numerator: 1, denominator: 3 })];
    const px = toPx(list);
    expect(px).toContain("1000000000000000000000 ");
    expect(px).toContain("0.00000015 ");
    expect(px).toContain("DECIMALS=15;");
    expect(back(px)).toEqual(list);
    expect(Object.is(back(px)[2]?.value, -0)).toBe(true);
  });

  it("writes ISO-8859-1 that reads back from its bytes, escaping what Latin-1 lacks", () => {
    const list = [o({ dimensions: { region: "Tromsø – Romsa 🏔" } })];
    const px = toPx(list, { codepage: "iso-8859-1", title: 'Ventetid "2024" – Tromsø' });
    expect(px).toContain('CODEPAGE="iso-8859-1";');
    expect(px).toContain('TITLE="Ventetid \'2024\' ? Tromsø";');
    expect(px).toContain('VALUES("dimension:region")="Tromsø %u2013 Romsa %uD83C%uDFD4";');
    expect(back(latin1Bytes(px))).toEqual(list);
  });

  it("writes UTF-8 that reads back from its bytes", () => {
    const list = [o({ dimensions: { region: "Tromsø – Romsa 🏔" } })];
    expect(back(utf8Bytes(toPx(list)))).toEqual(list);
  });

  it("keeps an order that is a cube order, nesting the variables to match", () => {
    // By org unit, then indicator, then disaggregation: as a file with that nesting would be read.
    const list = [o({ orgUnit: "rhf-vest" }), o({ indicatorId: "A2" }), o({ dimensions: { sex: "m" } })];
    const px = toPx(list);
    expect(px).toContain('STUB="period","orgUnit","indicator","dimension:sex";');
    expect(px).toContain('VALUES("orgUnit")="rhf-vest","NO";');
    expect(orderForPx(list)).toEqual(list);
    expect(back(px)).toEqual(list);
  });

  it("sorts an order that no cube has", () => {
    const list = [o({ indicatorId: "A", period: "2023" }), o({ indicatorId: "B", period: "2024" }), o({ indicatorId: "A", period: "2024" }), o({ indicatorId: "B", period: "2023" })];
    const sorted = sortForPx(list);
    expect(sorted.map((x) => [x.indicatorId, x.period])).toEqual([["A", "2023"], ["A", "2024"], ["B", "2023"], ["B", "2024"]]);
    expect(orderForPx(list)).toEqual(sorted);
    expect(back(toPx(list))).toEqual(sorted);
  });

  it("normalises flags, periods and disaggregation order", () => {
    const messy = o({ value: 1, flags: ["synthetic", "provisional", "synthetic"], dimensions: { sex: "m", age: "18-25" } });
    expect(back(toPx([messy]))).toEqual([{ ...messy, flags: ["provisional", "synthetic"], dimensions: { age: "18-25", sex: "m" } }]);
    expect(Object.keys(back(toPx([messy]))[0]!.dimensions)).toEqual(["age", "sex"]);
  });

  it("writes TIMEVAL only for consecutive periods of one scale", () => {
    expect(toPx([o({ period: "2023" }), o({ period: "2024" })])).toContain('TIMEVAL("period")=TLIST(A1),"2023","2024";');
    expect(toPx([o({ period: "2024Q1" }), o({ period: "2024Q2" })])).toContain('TIMEVAL("period")=TLIST(Q1),"20241","20242";');
    expect(toPx([o({ period: "2022" }), o({ period: "2024" })])).not.toContain("TIMEVAL");
    expect(toPx([o({ period: "2024" }), o({ period: "2024-06" })])).not.toContain("TIMEVAL");
  });

  it("writes an empty list as a file with no observations", () => {
    const px = toPx([]);
    expect(parsePx(px).data).toEqual(["......", "......", "......", "......"]);
    expect(back(px)).toEqual([]);
  });

  it("refuses two observations for one cell", () => {
    expect(() => toPx([o(), o({ value: 1 })])).toThrowError(new AdapterError("duplicate_observation", "observations 0 and 1 have the same indicator, period, org unit and disaggregations; a PX cube holds one cell for each", { path: ["observations", 1] }));
  });

  it("refuses an invalid observation, saying which", () => {
    const bad = { ...o(), value: null } as Observation;
    expect(() => toPx([o({ period: "2023" }), bad])).toThrow('observation 1 is not valid: value: a null value needs the flag "missing" or "suppressed"');
  });

  it("refuses a cube too large to write", () => {
    const list = Array.from({ length: 200 }, (_, i) => o({ indicatorId: `I${i}`, orgUnit: String(301 + i).padStart(4, "0"), dimensions: { a: `a${i}`, b: `b${i}` } }));
    expect(() => toPx(list)).toThrowError(expect.objectContaining({ code: "cube_too_large" }) as Error);
  });

  it("wraps long lists after a comma", () => {
    const list = Array.from({ length: 40 }, (_, i) => o({ dimensions: { unit: `behandlingsenhet-${String(i).padStart(2, "0")}` } }));
    const px = toPx(list);
    expect(Math.max(...px.split("\n").map((l) => l.length))).toBeLessThanOrEqual(256);
    expect(back(px)).toEqual(list);
  });
});
