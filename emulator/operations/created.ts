/**
 * A `created` value in the documents' own shape (`2021-04-23T19:14:03.2452596+00:00`): seven
 * fraction digits and an explicit offset, so clients meet what the service sends.
 */
export function formatCreated(epochMs: number): string {
  return new Date(epochMs).toISOString().replace("Z", "0000+00:00");
}
