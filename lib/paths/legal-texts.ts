// The staff pages of legal texts, in one place for links and revalidation.

export const LEGAL_TEXTS_PATH = "/hiring/legal-texts";
export const newLegalTextVersionPath = (kind: string, language: string) =>
  `${LEGAL_TEXTS_PATH}/new?kind=${encodeURIComponent(kind)}&language=${encodeURIComponent(language)}`;
