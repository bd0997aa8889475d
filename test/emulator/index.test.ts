import * as emulator from "../../emulator/index.js";

// tsconfig.json does not list emulator/, so this import is also what type-checks the entry point.
describe("emulator entry point", () => {
  it("exports the public API", () => {
    expect(Object.keys(emulator).sort()).toEqual([
      "ANY_CREDENTIAL",
      "DEFAULT_LIMITS",
      "EmulatorError",
      "FAULT_KINDS",
      "InvalidOptionError",
      "SEEDED_OPERATIONS",
      "WELL_KNOWN_CREDENTIALS",
      "WELL_KNOWN_TOKEN_CREDENTIAL",
      "isEmulatorError",
      "normaliseOptions",
      "runLoad",
      "startEmulator",
    ]);
  });
});
