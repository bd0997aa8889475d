import { InvalidArgumentError } from "../errors/invalid-argument-error.js";
import { describe } from "./describe.js";

/** Where an Azure Maps account's data lives: the `{geography}` of `https://{geography}.atlas.microsoft.com`. */
export const GEOGRAPHIES = ["us", "eu"] as const;
/** `"us"` or `"eu"`. */
export type Geography = (typeof GEOGRAPHIES)[number];

/**
 * The host template is `https://{geography}.atlas.microsoft.com` and the spec marks geography
 * `x-ms-skip-url-encoding`, so anything but the two known values could rewrite the host.
 */
export function checkGeography(value: unknown, argument = "options.geography"): Geography {
  if (typeof value === "string" && (GEOGRAPHIES as readonly string[]).includes(value)) {
    return value as Geography;
  }
  throw new InvalidArgumentError(argument, `"us" or "eu"`, describe(value));
}
