/** The request target as it may be logged: credential values in the query are replaced. */
export function redactUrl(url: string | undefined): string {
  return (url ?? "").replace(/([?&](?:subscription-key|sig|token)=)[^&#]*/gi, "$1***");
}
