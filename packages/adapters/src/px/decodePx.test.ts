import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import { decodePx, normaliseCodepage, sniffCodepage } from "./decodePx.js";
import { latin1Bytes, utf8Bytes } from "./fixtures/encode.js";
import { parsePx } from "./parsePx.js";

const file = (header: string) => `${header}STUB="kjønn";\nVALUES("kjønn")="Menn","Kvinner";\nDATA=\n1 2;\n`;
const bom = (bytes: Uint8Array) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);

describe("decodePx", () => {
  it("reads ISO-8859-1 when no CODEPAGE is declared", () => {
    expect(decodePx(latin1Bytes(file("")))).toEqual({ text: file(""), codepage: "iso-8859-1" });
  });

  it("reads the code page the header declares, whatever its spelling", () => {
    expect(decodePx(utf8Bytes(file('CODEPAGE="UTF-8";\n'))).codepage).toBe("utf-8");
    expect(decodePx(latin1Bytes(file('CODEPAGE="windows-1252";\n'))).text).toBe(file('CODEPAGE="windows-1252";\n'));
    expect(decodePx(latin1Bytes(file('CHARSET="ANSI"; CODEPAGE = "iso-8859-1" ;\n'))).codepage).toBe("iso-8859-1");
  });

  it("reads a code page the runtime knows beyond these two", () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('CODEPAGE="iso-8859-15";\nSTUB="x";\nVALUES("x")="'), 0xa4, ...new TextEncoder().encode('";\nDATA=1;')]);
    expect(decodePx(bytes).text).toContain('VALUES("x")="€"');
  });

  it("reads UTF-8 with a byte order mark, declared or not", () => {
    expect(decodePx(bom(utf8Bytes(file(""))))).toEqual({ text: file(""), codepage: "utf-8" });
    expect(decodePx(bom(utf8Bytes(file('CODEPAGE="utf-8";\n')))).codepage).toBe("utf-8");
  });

  it("reads UTF-8 bytes with a byte order mark declared ISO-8859-1 as UTF-8, with a codepage_mismatch warning", () => {
    const decoded = decodePx(bom(utf8Bytes(file('CODEPAGE="iso-8859-1";\n'))));
    expect(decoded.codepage).toBe("utf-8");
    expect(decoded.warning?.code).toBe("codepage_mismatch");
  });

  it("reads UTF-8 bytes declared ISO-8859-1, or with no CODEPAGE, as UTF-8 with a codepage_mismatch warning at the first non-ASCII byte", () => {
    const text = file('CODEPAGE="iso-8859-1";\n');
    const decoded = decodePx(utf8Bytes(text));
    expect(decoded.text).toBe(text);
    expect(decoded.warning?.code).toBe("codepage_mismatch");
    expect(decodePx(utf8Bytes(file(""))).warning?.code).toBe("codepage_mismatch");
  });

  it("reads the bytes as told when an encoding is forced, with no detection", () => {
    const text = file('CODEPAGE="iso-8859-1";\n');
    const decoded = decodePx(utf8Bytes(text), "iso-8859-1", true);
    expect(decoded.warning).toBeUndefined();
    expect(decoded.text).not.toBe(text); // "å" read as two Latin-1 characters
  });

  it("passes text through, dropping a byte order mark", () => {
    expect(decodePx(`\uFEFF${file('CODEPAGE="utf-8";\n')}`)).toEqual({ text: file('CODEPAGE="utf-8";\n'), codepage: "utf-8" });
  });

  it("refuses what is neither a string nor bytes", () => {
    expect(() => decodePx(42 as unknown as string)).toThrow(AdapterError);
  });

  it("reads the bytes again when the parsed header declares another code page than the first read found", () => {
    // CODEPAGE[no] is the default language's, so it counts — but the quick look at the header misses it.
    const bytes = utf8Bytes('LANGUAGE="no";\nCODEPAGE[no]="utf-8";\nSTUB="x";\nVALUES("x")="a";\nDATA=1;');
    expect(sniffCodepage(new TextDecoder().decode(bytes))).toBeUndefined();
    expect(parsePx(bytes).codepage).toBe("utf-8");
  });
});

describe("code page names", () => {
  it("are normalised", () => {
    expect(["utf8", "UTF-8", " utf-8 "].map(normaliseCodepage)).toEqual(["utf-8", "utf-8", "utf-8"]);
    expect(["ISO-8859-1", "latin1", "windows-1252", "cp1252"].map(normaliseCodepage)).toEqual(["iso-8859-1", "iso-8859-1", "iso-8859-1", "iso-8859-1"]);
  });

  it("are looked for in the header only", () => {
    expect(sniffCodepage('STUB="x";\nDATA=\n1;\nCODEPAGE="utf-8";')).toBeUndefined();
  });
});
