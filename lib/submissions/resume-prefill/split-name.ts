// A person's name from a resume line, split into the form's first and last name.

const HAN = /^\p{Script=Han}{2,4}$/u;
// Two-character family names; every other Chinese family name is one character.
const COMPOUND_SURNAMES = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐"];
const PARTICLES = new Set([
  "van",
  "von",
  "de",
  "der",
  "den",
  "da",
  "das",
  "dos",
  "del",
  "della",
  "di",
  "du",
  "la",
  "le",
  "bin",
  "binti",
  "ibn",
  "al",
  "ben",
  "ter",
  "ten",
  "y",
]);
// A line of capitalized words is as often a job title or a city as a name.
const NOT_NAME_WORDS = new Set(
  (
    "resume résumé cv curriculum vitae lebenslauf engineer developer manager designer analyst scientist consultant director " +
    "specialist architect lead senior junior intern nurse teacher accountant officer coordinator administrator product " +
    "marketing sales data software frontend backend full stack fullstack devops research assistant associate head chief " +
    "executive president technician student graduate professor doctor editor writer recruiter partner founder " +
    "university college school institute inc ltd gmbh llc corp company street road avenue remote summary profile " +
    "experience education skills contact references page email phone"
  ).split(" "),
);

export function splitPersonName(line: string): { firstName: string; lastName: string } | undefined {
  const text = line.replace(/\s+/g, " ").trim();
  if (!text || text.length > 60 || /[\d@/:|,()]/.test(text)) return undefined;
  if (HAN.test(text)) {
    const surname = COMPOUND_SURNAMES.find((compound) => text.startsWith(compound) && text.length > compound.length);
    const cut = surname ? surname.length : 1;
    return { firstName: text.slice(cut), lastName: text.slice(0, cut) };
  }
  const words = text.split(" ");
  if (words.length < 2 || words.length > 5) return undefined;
  if (!words.every(isNameWord)) return undefined;
  if (words.some((word) => NOT_NAME_WORDS.has(word.toLowerCase()))) return undefined;
  const cased = words.map(titleCaseIfShouted);
  // Russian order with a patronymic: Фамилия Имя Отчество.
  if (cased.length === 3 && /(вич|вна|ична|инична|ьич)$/u.test(cased[2]!)) {
    return { firstName: cased[1]!, lastName: cased[0]! };
  }
  const particle = cased.findIndex((word, index) => index > 0 && PARTICLES.has(word.toLowerCase()));
  const cut = particle > 0 ? particle : cased.length - 1;
  return { firstName: cased.slice(0, cut).join(" "), lastName: cased.slice(cut).join(" ") };
}

/** A word of letters (any script), with the apostrophes, hyphens and dots names carry. */
function isNameWord(word: string): boolean {
  if (!/^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u.test(word)) return false;
  const first = word[0]!;
  // Latin, Greek and Cyrillic names start with a capital, particles aside; other scripts have no case.
  return first !== first.toLowerCase() || first === first.toUpperCase() || PARTICLES.has(word.toLowerCase());
}

function titleCaseIfShouted(word: string): string {
  if (word.length < 2 || word !== word.toUpperCase() || word === word.toLowerCase()) return word;
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}
