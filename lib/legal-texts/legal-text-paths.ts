export const LEGAL_TEXTS_PATH = "/hiring/legal-texts";

export const newLegalTextVersionPath = (kind: string) => `${LEGAL_TEXTS_PATH}/new?kind=${encodeURIComponent(kind)}`;
