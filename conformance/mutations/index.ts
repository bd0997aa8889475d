export { generateMutations } from "./generate.js";
export type { MutationBase } from "./generate.js";
export { ACCEPT, reject } from "./types.js";
export type { Expectation, ExpectedViolation, Mutation } from "./types.js";
