/**
 * The dataset id at the end of a Resource-Location such as
 * `https://us.atlas.microsoft.com/datasets/3e36b996-...?api-version=2.0`, or undefined when the
 * header is not an absolute URL ending in `/datasets/{id}`.
 */
export function datasetIdOf(resourceLocation: string | undefined): string | undefined {
  if (resourceLocation === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(resourceLocation);
  } catch {
    return undefined;
  }
  const match = /\/datasets\/([^/]+)\/?$/.exec(url.pathname);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}
