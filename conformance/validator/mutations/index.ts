export { generateMutations } from "./generate.js";
export type { MutationBase } from "./generate.js";
export { responseArbitrary, valueArbitrary } from "./arbitrary.js";
export type { ArbitraryOptions } from "./arbitrary.js";
export { ACCEPT, reject } from "./types.js";
export type { Expectation, ExpectedViolation, Mutation } from "./types.js";
