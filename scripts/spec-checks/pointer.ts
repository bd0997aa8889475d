/** Encodes path segments as a JSON pointer (RFC 6901). */
export function toPointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/**
 * oav reports example locations as `$responses.200.body.status`; turn that into
 * `/responses/200/body/status`. Bracketed segments (`$.a['b.c']`) are kept whole.
 */
export function oavPathToPointer(path: string | undefined): string {
  if (!path) return "";
  const body = path.replace(/^\$\.?/, "");
  const segments: string[] = [];
  const re = /\[['"]?([^\]'"]*)['"]?\]|([^.[\]]+)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) segments.push(m[1] ?? m[2] ?? "");
  return toPointer(segments);
}

/** swagger-parser / ajv instance paths are already pointers, sometimes with a leading "#". */
export function hashPathToPointer(path: string | undefined): string {
  return (path ?? "").replace(/^#/, "");
}
