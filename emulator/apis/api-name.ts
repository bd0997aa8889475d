export const API_NAMES = ["dataset", "dataRegistry"] as const;
export type ApiName = (typeof API_NAMES)[number];

export function isApiName(value: unknown): value is ApiName {
  return (API_NAMES as readonly unknown[]).includes(value);
}
