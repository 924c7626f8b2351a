import { describe, expect, it } from "vitest";
import { ssbLatin1Bytes, ssbLatin1Text } from "./fixtures/ssbLatin1.js";
import { ssbUtf8Bytes } from "./fixtures/ssbUtf8.js";
import { sparseKeysText } from "./fixtures/sparseKeys.js";
import { parsePx } from "./parsePx.js";

describe("parsePx on an SSB-shaped Latin-1 file", () => {
  const file = parsePx(ssbLatin1Bytes);

  it("decodes ISO-8859-1 bytes when the file declares no CODEPAGE", () => {
    expect(file.codepage).toBe("iso-8859-1");
    expect(file.variables.map((v) => v.name)).toEqual(["region", "statistikkvariabel", "år"]);
    expect(file.variables[0]?.values).toEqual(["Hele landet", "Oslo", "Tromsø"]);
  });

  it("reads the same from the text as from the bytes", () => {
    expect(parsePx(ssbLatin1Text)).toEqual(file);
  });

  it("keeps STUB and HEADING, CODES, VARIABLECODE and TIMEVAL per variable", () => {
    expect(file.stub).toEqual(["region"]);
    expect(file.heading).toEqual(["statistikkvariabel", "år"]);
    expect(file.variables[0]).toEqual({ name: "region", code: "Region", placement: "stub", values: ["Hele landet", "Oslo", "Tromsø"], codes: ["0", "0301", "5501"] });
    expect(file.variables[2]?.timeval).toEqual({ unit: "A1", periods: ["2023", "2024"] });
  });

  it("reads DECIMALS and LANGUAGE", () => {
    expect(file.decimals).toBe(1);
    expect(file.language).toBe("no");
  });

  it("holds the cells in PX order, numbers and symbols as written", () => {
    expect(file.data).toEqual([41.2, 43.5, 15234, 15890, 38, "..", 2210, 2301, "-", 44.1, ":", 512]);
  });

  it("joins a note continued on the next line", () => {
    const note = file.entries.find((e) => e.keyword === "NOTE");
    expect(note?.value).toEqual({ kind: "text", text: "Tallene for 2024 er foreløpige. Tromsø omfatter også tidligere Karlsøy." });
    expect(note).toMatchObject({ line: 31, column: 1 });
  });

  it("keeps subkeys of two values and unquoted words", () => {
    expect(file.entries.find((e) => e.keyword === "PRECISION")).toMatchObject({ subkeys: ["statistikkvariabel", "Gjennomsnittlig ventetid (dager)"], value: { kind: "word", word: "1" } });
  });
});

describe("parsePx on a UTF-8 file in two languages", () => {
  const file = parsePx(ssbUtf8Bytes);

  it('decodes UTF-8 when CODEPAGE="utf-8"', () => {
    expect(file.codepage).toBe("utf-8");
    expect(file.variables.map((v) => v.name)).toEqual(["helseregion", "kjønn", "måned"]);
  });

  it("reads VALUES split over lines", () => {
    expect(file.variables[0]?.values).toEqual(["Helse Sør-Øst", "Helse Nord"]);
  });

  it("takes a time variable's values from a TIMEVAL range when it has no VALUES", () => {
    expect(file.variables[2]).toEqual({ name: "måned", placement: "heading", values: ["2024M05", "2024M06"], timeval: { unit: "M1", periods: ["2024M05", "2024M06"] } });
  });

  it("keeps the English keywords apart, aligned with the variables", () => {
    expect(file.languages).toEqual(["no", "en"]);
    expect(Object.keys(file.translations)).toEqual(["en"]);
    expect(file.translations.en?.variables).toEqual([
      { name: "health region", values: ["South-Eastern Norway Regional Health Authority", "Northern Norway Regional Health Authority"] },
      { name: "sex", values: ["Males", "Females"], codes: ["1", "2"] },
      { name: "month" },
    ]);
    expect(file.variables[1]?.values).toEqual(["Menn", "Kvinner"]);
  });

  it("reads unquoted and quoted dots", () => {
    expect(file.data).toEqual([1520.5, 1498, "..", 1602.3, "...", 310, 295.5, 301.5]);
  });
});

describe("parsePx on a sparse (KEYS) file", () => {
  const file = parsePx(sparseKeysText);

  it("reads which keys are codes and which values", () => {
    expect(file.keys).toEqual({ region: "CODES", kjønn: "VALUES" });
  });

  it("expands the rows to the full cube, rows left out being 0", () => {
    // region × kjønn × år: Oslo M, Oslo K, Bergen M, Bergen K, Trondheim M, Trondheim K.
    expect(file.data).toEqual([120, 135, 140, "..", 0, 0, 0, 0, 0, 0, 7, "-"]);
  });
});

describe("parsePx syntax", () => {
  const px = (header: string, data = "1;") => parsePx(`${header}\nDATA=\n${data}\n`);

  it("reads the list form and the range form of TIMEVAL", () => {
    const list = px('STUB="tid";\nTIMEVAL("tid")=TLIST(M1),"202311","2023M12";', "1 2");
    expect(list.variables[0]?.values).toEqual(["2023M11", "2023M12"]);
    const range = px('STUB="tid";\nTIMEVAL("tid")=TLIST(Q1, "20234"-"20242");', "1 2 3");
    expect(range.variables[0]?.values).toEqual(["2023Q4", "2024Q1", "2024Q2"]);
    const inOne = px('STUB="tid";\nTIMEVAL("tid")=TLIST(A1, "1994-1996");', "1 2 3");
    expect(inOne.variables[0]?.values).toEqual(["1994", "1995", "1996"]);
  });

  it("prefers VALUES to TIMEVAL for a time variable's values", () => {
    expect(px('STUB="tid";\nVALUES("tid")="2024M06";\nTIMEVAL("tid")=TLIST(M1),"202406";').variables[0]?.values).toEqual(["2024M06"]);
  });

  it("accepts any amount of space, lower-case keywords and quoted language codes", () => {
    const file = px('stub = "a" ;\nVALUES ( "a" ) =\n  "x" ,\n  "y" ;\nVALUES["en"]("a")="X","Y";', "1 2");
    expect(file.variables[0]?.values).toEqual(["x", "y"]);
    expect(file.entries.at(-1)).toMatchObject({ keyword: "VALUES", language: "en", subkeys: ["a"] });
  });

  it("keeps ; and , inside strings", () => {
    expect(px('STUB="a; b, c";\nVALUES("a; b, c")="x;y";').variables[0]).toMatchObject({ name: "a; b, c", values: ["x;y"] });
  });

  it("reads CRLF line ends", () => {
    expect(parsePx('STUB="a";\r\nVALUES("a")="x","y";\r\nDATA=\r\n1 2;\r\n').data).toEqual([1, 2]);
  });

  it("reads HIERARCHIES pairs, ATTRIBUTES and DATASYMBOLs", () => {
    const file = px('STUB="a";\nVALUES("a")="x";\nHIERARCHIES("a")="x","x":"y";\nATTRIBUTE-ID="ObsStatus";\nATTRIBUTES="A";\nATTRIBUTES("x")="P";\nDATASYMBOL4=":";');
    expect(file.entries.find((e) => e.keyword === "HIERARCHIES")?.value).toEqual({ kind: "list", items: ["x", "x:y"] });
    expect(file.attributes).toEqual({ ids: ["ObsStatus"], defaults: ["A"], cells: new Map([["x", ["P"]]]) });
    expect(file.dataSymbols).toEqual({ "....": ":" });
  });

  it("reads DATA separated by tabs, commas and line breaks, with or without a final ;", () => {
    expect(parsePx('HEADING="a";\nVALUES("a")="1","2","3","4";\nDATA=\n1,\t2\n3 ,4').data).toEqual([1, 2, 3, 4]);
  });

  it("reads every missing-value symbol, quoted or not, and signed and exponent numbers", () => {
    const symbols = ['"."', "..", '"..."', "....", '"....."', "......", '"-"', "-", '":"', "-1.5", "+2", "1e3", ".5"];
    const file = parsePx(`HEADING="a";\nVALUES("a")=${symbols.map((_, i) => `"${i}"`).join(",")};\nDATA=\n${symbols.join(" ")};`);
    expect(file.data).toEqual([".", "..", "...", "....", ".....", "......", "-", "-", ":", -1.5, 2, 1000, 0.5]);
  });
});
