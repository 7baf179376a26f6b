// German versions of the default rejection and withdrawal emails, sent to candidates who applied in
// German (docs/decisions/0042). Written for the seed: a native speaker NEEDS to review them before
// they are used in earnest, as with the German legal texts (prisma/seed-data/legal/de).

export type TranslationSeed = { subject: string; body: string };

export const REJECTION_AFTER_REVIEW_DE: TranslationSeed = {
  subject: "Ihre Bewerbung als {{job.title}} bei {{organization.name}}",
  body: `Hallo {{candidate.preferredName}},

vielen Dank für Ihre Bewerbung als {{job.title}} bei {{organization.name}} und für die Zeit, die Sie in Ihre Unterlagen gesteckt haben.

Wir haben Ihre Bewerbung sorgfältig gelesen und uns entschieden, sie für diese Stelle nicht weiterzuverfolgen. Diese Entscheidung betrifft die Passung zu dem, was diese Stelle gerade braucht, und ist kein Urteil über Sie oder Ihre Fähigkeiten.

Wir wissen, dass eine kurze Antwort unbefriedigend sein kann. Wenn Sie sich künftig auf andere Stellen bei uns bewerben möchten, freuen wir uns, wieder von Ihnen zu hören.

Ihre Bewerbungsnummer lautet {{application.reference}}, falls Sie sie benötigen.

Mit Dank und den besten Wünschen
{{sender.name}}
{{organization.name}}`,
};

export const REJECTION_AFTER_INTERVIEWS_DE: TranslationSeed = {
  subject: "Neuigkeiten zur Stelle {{job.title}} bei {{organization.name}}",
  body: `Hallo {{candidate.preferredName}},

vielen Dank für die Zeit und Energie, die Sie in unsere Gespräche für die Stelle {{job.title}} gesteckt haben.

Nach reiflicher Überlegung haben wir uns entschieden, Ihnen diese Stelle nicht anzubieten. Wir wissen, dass diese Nachricht nach Ihrem Einsatz enttäuschend ist, und wir haben uns die Entscheidung nicht leicht gemacht.

Wenn es Ihnen hilft, antworten Sie gern auf diese E-Mail; wir bemühen uns dann, Ihnen eine Rückmeldung aus den Gesprächen zu geben.

Wenn Sie eine andere Stelle bei uns interessiert, freuen wir uns, wieder von Ihnen zu hören.

Mit Dank und den besten Wünschen
{{sender.name}}
{{organization.name}}`,
};

export const WITHDRAWAL_ACKNOWLEDGED_DE: TranslationSeed = {
  subject: "Ihre Bewerbung als {{job.title}} wurde zurückgezogen",
  body: `Hallo {{candidate.preferredName}},

danke, dass Sie uns mitgeteilt haben, dass Sie Ihre Bewerbung für die Stelle {{job.title}} zurückziehen möchten. Wir haben Ihre Bewerbung (Nummer {{application.reference}}) geschlossen und werden Sie zu dieser Stelle nicht mehr kontaktieren.

Vielen Dank für Ihr Interesse an {{organization.name}}. Wenn sich Ihre Pläne ändern, können Sie sich jederzeit wieder bewerben.

Alles Gute
{{sender.name}}
{{organization.name}}`,
};
