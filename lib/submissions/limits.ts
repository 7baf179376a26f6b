export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_EXTENSIONS = [".pdf", ".docx"] as const;
export const DOCUMENT_ACCEPT =
  ".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const TEXT_LIMITS = {
  name: 100,
  email: 254,
  phone: 40,
  location: 200,
  pronouns: 40,
  url: 2000,
  shortAnswer: 500,
  longAnswer: 5000,
  coverLetter: 10000,
  accommodationDetails: 3000,
} as const;
