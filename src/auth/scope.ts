/**
 * The Entra ID scope of Azure Maps, fixed whatever the endpoint: deriving it from the base URL
 * (a shipped bug in the Maps RLCs) asks for `https://us.atlas.microsoft.com/.default`, which Entra
 * ID does not know.
 */
export const MAPS_SCOPE = "https://atlas.microsoft.com/.default";
