// The staff API's pages: the admin screen for tokens and the public reference, for links and revalidation.
export const API_TOKENS_PATH = "/hiring/api-tokens";
export const API_REFERENCE_PATH = "/api/v1/reference";
export const OPENAPI_DOCUMENT_PATH = "/api/v1/openapi.json";
