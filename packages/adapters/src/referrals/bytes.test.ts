import { describe, expect, it } from "vitest";
import { createInternTable, decodeBytes } from "./bytes.js";

describe("createInternTable", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const counting = () => {
    let calls = 0;
    const decode = (buf: Uint8Array, s: number, e: number) => (calls++, decodeBytes(buf, s, e, "utf-8"));
    return { decode, calls: () => calls };
  };

  it("decodes a repeated value once", () => {
    const c = counting();
    const table = createInternTable(c.decode);
    expect([table.get(bytes("PHBU"), 0, 4), table.get(bytes("xPHBU"), 1, 5)]).toEqual(["PHBU", "PHBU"]);
    expect(c.calls()).toBe(1);
  });

  it("keeps no more than limitBytes bytes of values: past that it decodes each time", () => {
    const c = counting();
    const table = createInternTable(c.decode, 65_536, 6);
    for (let i = 0; i < 3; i++) expect(table.get(bytes("PHBU"), 0, 4)).toBe("PHBU");
    for (let i = 0; i < 3; i++) expect(table.get(bytes("TSB"), 0, 3)).toBe("TSB");
    expect(c.calls()).toBe(1 + 3);
  });

  it("keeps no more than limit values", () => {
    const c = counting();
    const table = createInternTable(c.decode, 1);
    table.get(bytes("a"), 0, 1);
    table.get(bytes("b"), 0, 1);
    table.get(bytes("b"), 0, 1);
    table.get(bytes("a"), 0, 1);
    expect(c.calls()).toBe(3);
  });
});
