// The columns that are an offer's terms, as the offer screen, the letter and a change of terms
// read them: a new term added here reaches all three.
export const OFFER_TERMS_SELECT = {
  baseAmount: true,
  currency: true,
  payPeriod: true,
  bonus: true,
  equity: true,
  startDate: true,
  workLocation: true,
  employmentType: true,
  expiresOn: true,
} as const;
