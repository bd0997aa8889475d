import { InvalidArgumentError } from "../errors/invalid-argument-error.js";
import { describe } from "./describe.js";

export const GEOGRAPHIES = ["us", "eu"] as const;
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
