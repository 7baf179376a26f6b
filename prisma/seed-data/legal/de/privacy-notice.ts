import type { LegalFormSeed } from "../../types";
import { FIRST_VERSION_EFFECTIVE_FROM } from "../options";
import { JA, NEIN } from "./options";

// German translation of privacyNoticeV1 (same keys and values). Written for the seed; a native
// speaker and legal counsel review it before it is used in earnest (docs/decisions/0042).
export const privacyNoticeDeV1: LegalFormSeed = {
  kind: "PRIVACY_NOTICE",
  version: "1",
  language: "de",
  title: "Datenschutzhinweise für Bewerberinnen und Bewerber",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown: `Diese Hinweise erklären, was Cloudflare, Inc. (101 Townsend St, San Francisco, CA 94107, USA) mit den Angaben macht, die Sie uns bei einer Bewerbung geben, und welche Wahlmöglichkeiten Sie haben.

## Was wir erheben und wozu

| Angaben | Wozu wir sie verwenden | Rechtsgrundlage |
|---|---|---|
| Name, bevorzugter Name, Pronomen, E-Mail-Adresse, Telefonnummer, Wohnort und Profil-Links | Um Ihre Bewerbung zu prüfen und Sie dazu zu kontaktieren | Maßnahmen vor einem möglichen Arbeitsvertrag, die auf Ihre Anfrage erfolgen |
| Lebenslauf, Anschreiben und Antworten auf die Fragen der Stelle | Um Ihre Bewerbung für die gewählte Stelle zu beurteilen | Maßnahmen vor einem Vertrag |
| Angaben zur Arbeitserlaubnis und zur Exportkontrolle | Um zu wissen, ob wir Sie im Land der Stelle beschäftigen könnten und ob ein Angebot eine Exportgenehmigung erfordern würde | Maßnahmen vor einem Vertrag; rechtliche Verpflichtungen |
| Interviewnotizen, Bewertungsbögen und unsere E-Mails mit Ihnen | Um eine faire, einheitliche Einstellungsentscheidung zu treffen und zu dokumentieren | Unser berechtigtes Interesse an einer fairen, dokumentierten Personalauswahl |
| Eine Anfrage nach angemessenen Vorkehrungen | Um die gewünschten Vorkehrungen zu treffen | Rechtliche Verpflichtungen aus dem Recht zum Schutz von Menschen mit Behinderungen |
| Wie Sie auf die Stelle aufmerksam wurden (zum Beispiel die verlinkende Website) | Um zu erfahren, welche Kanäle funktionieren | Unser berechtigtes Interesse an einer besseren Personalgewinnung |

Die freiwillige Selbstauskunft (Geschlecht, ethnische Zugehörigkeit, Abstammung, Veteranenstatus und Behinderung) ist davon getrennt: Sie wird ohne Ihren Namen und ohne Ihre Bewerbung gespeichert, ist für niemanden sichtbar, der Sie beurteilt, und wird nur für anonyme Statistiken verwendet, die wir als Auftragnehmer der US-Bundesregierung melden.

## Wer Ihre Angaben sieht

Recruiterinnen, Recruiter und Koordinierende sehen Ihre Bewerbung. Interviewende sehen Ihren Lebenslauf, Ihre Antworten und Links für die Gespräche, an denen sie teilnehmen. Angaben zur Arbeitserlaubnis und zur Exportkontrolle sieht nur das Recruiting-Team, niemals die Interviewenden. Eine Anfrage nach Vorkehrungen sehen nur die Personen, die Vorkehrungen organisieren. Wir verkaufen Ihre Angaben nicht und nutzen sie nicht für Werbung.

## Wie lange wir Ihre Angaben aufbewahren

- Ihre Bewerbung mit Unterlagen, Antworten, Notizen und E-Mails: 2 Jahre nach der letzten Aktivität in Ihren Bewerbungen; danach löschen oder anonymisieren wir sie.
- Als Auftragnehmer der US-Bundesregierung müssen wir Bewerbungen, Lebensläufe und Anfragen nach Vorkehrungen mindestens 2 Jahre aufbewahren. In dieser Zeit schränkt ein Löschantrag ihre Verwendung ein, statt sie zu löschen; gelöscht werden sie, sobald die Frist abgelaufen ist. Unterlagen, die einer gesetzlichen Aufbewahrungspflicht wegen eines Rechtsstreits (Legal Hold) unterliegen, bewahren wir bis zu deren Ende auf.
- Anonyme Statistiken (Zahlen ohne Namen) bleiben nach der Löschung Ihrer Angaben erhalten.

## Aufbewahrung Ihrer Bewerbung für andere Stellen

Mit Ihrer Einwilligung, und nur mit ihr, dürfen wir Sie während derselben 2 Jahre für andere Stellen berücksichtigen. Sie können diese Einwilligung jederzeit auf Ihrer Statusseite widerrufen; ohne sie berücksichtigen wir Sie nur für die Stellen, auf die Sie sich bewerben.

## Ihre Rechte

Sie können Auskunft über Ihre Angaben verlangen, eine Kopie herunterladen, sie berichtigen oder löschen lassen. Auf Ihrer Statusseite (dem privaten Link in Ihrer Bestätigungs-E-Mail) können Sie Ihre Daten selbst herunterladen und die Löschung beantragen; für alles andere schreiben Sie an hr@cloudflare.com oder an die oben genannte Anschrift. Wir antworten innerhalb eines Monats. Wenn Sie im Europäischen Wirtschaftsraum oder im Vereinigten Königreich leben, können Sie sich außerdem bei Ihrer Datenschutzaufsichtsbehörde beschweren.`,
  questions: [
    {
      key: "acknowledged",
      prompt: "Ich habe die Datenschutzhinweise für Bewerberinnen und Bewerber gelesen.",
      options: [{ value: "ACKNOWLEDGED", label: "Ich habe die Datenschutzhinweise gelesen" }],
    },
    {
      key: "keepOnFileConsent",
      prompt: "Dürfen wir Ihre Bewerbung 2 Jahre aufbewahren und Sie für andere Stellen berücksichtigen?",
      options: [JA, NEIN],
    },
  ],
};
