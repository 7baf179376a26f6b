// A candidate's name, printed the way the reader needs it.

type PersonName = { firstName: string; lastName: string; preferredName?: string | null };

/** "Sam": how an email greets the person, by the preferred name when they gave one. */
export const preferredFirstName = (person: Pick<PersonName, "firstName" | "preferredName">) =>
  person.preferredName?.trim() || person.firstName;

/** "Sam Rivera" for Samantha Rivera who goes by Sam: what staff call the person, everywhere but the legal record. */
export const preferredFullName = (person: PersonName) => `${preferredFirstName(person)} ${person.lastName}`.trim();

/** "Samantha Rivera": the name as given on the application, shown beside the preferred one or where it must match. */
export const legalFullName = (person: Pick<PersonName, "firstName" | "lastName">) =>
  `${person.firstName} ${person.lastName}`.trim();
