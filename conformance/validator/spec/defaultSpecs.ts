/** The specs a validator loads when none are given: the Maps specs this package ships. */
export { BUNDLED_SPEC_PATHS as DEFAULT_SPEC_PATHS } from "../../packageFiles.js";
