import {
  namedBits,
  objectIdentifier,
  time,
  tlv,
  unsignedInteger,
} from "../../../emulator/tls/der.js";

const ascii = (text: string) => Buffer.from(text, "ascii").toString("hex");

describe("DER", () => {
  it.each<[string, { content: number; header: string }]>([
    ["a short length in one byte", { content: 127, header: "047f" }],
    ["a long length with its byte count first", { content: 128, header: "048180" }],
    ["a length over 255 in two bytes", { content: 300, header: "0482012c" }],
  ])("encodes %s", (_, { content, header }) => {
    const encoded = tlv(0x04, Buffer.alloc(content)).toString("hex");
    expect(encoded).toBe(header + "00".repeat(content));
  });

  it.each<[string, { given: Buffer; want: string }]>([
    [
      "an integer with its high bit set, padded",
      { given: unsignedInteger(Buffer.from([0x80])), want: "02020080" },
    ],
    [
      "an integer's leading zeros dropped",
      { given: unsignedInteger(Buffer.from([0, 0, 5])), want: "020105" },
    ],
    ["zero", { given: unsignedInteger(Buffer.from([0])), want: "020100" }],
    [
      "an OID with multi-byte arcs",
      { given: objectIdentifier("1.2.840.10045.4.3.2"), want: "06082a8648ce3d040302" },
    ],
    ["keyCertSign|cRLSign, one unused bit", { given: namedBits(0x06), want: "03020106" }],
    ["digitalSignature, seven unused bits", { given: namedBits(0x80), want: "03020780" }],
    [
      "UTCTime until 2049",
      { given: time(new Date("2049-12-31T23:59:59Z")), want: `170d${ascii("491231235959Z")}` },
    ],
    [
      "GeneralizedTime from 2050",
      { given: time(new Date("2050-01-01T00:00:00Z")), want: `180f${ascii("20500101000000Z")}` },
    ],
  ])("encodes %s", (_, { given, want }) => {
    expect(given.toString("hex")).toBe(want);
  });
});
