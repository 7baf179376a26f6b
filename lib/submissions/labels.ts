// The application form's field labels: the form itself and the résumé suggestions that name
// which field a found value goes to.

export const APPLICATION_FIELD_LABELS = {
  firstName: "First name",
  lastName: "Last name",
  preferredName: "Preferred name",
  pronouns: "Pronouns",
  email: "Email",
  phone: "Phone",
  location: "Where do you live?",
  linkedinUrl: "LinkedIn profile",
  githubUrl: "GitHub profile",
  websiteUrl: "Website",
} as const;
