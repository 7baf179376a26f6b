import type { LegalFormSeed } from "../../types";
import { FIRST_VERSION_EFFECTIVE_FROM } from "../options";

// German translations of the self-identification texts (same keys and values: the EEO report
// counts by the values). The disability form CC-305 has no German version on purpose: it must be
// shown unaltered as OFCCP publishes it, so the German form shows the English one and says so.
// For review by a native speaker and legal counsel (docs/decisions/0042).
const ABLEHNEN = { value: "DECLINE", label: "Ich möchte das nicht angeben" };

export const selfIdInvitationDeV1: LegalFormSeed = {
  kind: "SELF_ID_INVITATION",
  version: "1",
  language: "de",
  title: "Freiwillige Selbstauskunft",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown: `Cloudflare ist Auftragnehmer der US-Bundesregierung. Das Gesetz verlangt, dass wir Bewerberinnen und Bewerber einladen, uns ihr Geschlecht, ihre ethnische Zugehörigkeit, ihre Abstammung, ihren Veteranenstatus und eine Behinderung mitzuteilen, damit wir messen können, ob unsere Ansprache und unsere Einstellungen alle Menschen fair erreichen.

Die Angaben sind freiwillig. Sie können einige, alle oder keine Fragen beantworten, und jede Frage lässt sich ablehnen. Weder eine Ablehnung noch eine Antwort wird Ihnen in irgendeiner Weise zum Nachteil ausgelegt.

Ihre Antworten sind vertraulich und von Ihrer Bewerbung getrennt: Sie werden ohne Ihren Namen gespeichert, niemand, der Ihre Bewerbung prüft oder mit Ihnen Gespräche führt, kann sie sehen, und sie fließen nur in anonyme Statistiken ein.`,
  questions: [],
};

export const selfIdGenderDeV1: LegalFormSeed = {
  kind: "SELF_ID_GENDER",
  version: "1",
  language: "de",
  title: "Geschlecht",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown: "Diese Frage ist freiwillig.",
  questions: [
    {
      key: "gender",
      prompt: "Welches Geschlecht haben Sie?",
      options: [
        { value: "MALE", label: "Männlich" },
        { value: "FEMALE", label: "Weiblich" },
        { value: "NON_BINARY", label: "Nichtbinär" },
        ABLEHNEN,
      ],
    },
  ],
};

export const selfIdEthnicityDeV1: LegalFormSeed = {
  kind: "SELF_ID_ETHNICITY",
  version: "1",
  language: "de",
  title: "Ethnische Zugehörigkeit",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown: "Diese Frage ist freiwillig.",
  questions: [
    {
      key: "hispanicOrLatino",
      prompt: "Sind Sie hispanischer oder lateinamerikanischer Herkunft (Hispanic or Latino)?",
      options: [{ value: "YES", label: "Ja" }, { value: "NO", label: "Nein" }, ABLEHNEN],
    },
  ],
};

export const selfIdRaceDeV1: LegalFormSeed = {
  kind: "SELF_ID_RACE",
  version: "1",
  language: "de",
  title: "Abstammung",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown:
    "Diese Frage ist freiwillig. Die Kategorien sind die der US-Behörden für die Berichte von Arbeitgebern (EEO-1). Wenn Sie angegeben haben, hispanischer oder lateinamerikanischer Herkunft zu sein, zählen unsere Berichte Sie nur in dieser Kategorie, gleich was Sie hier wählen.",
  questions: [
    {
      key: "race",
      prompt: "Welche dieser Kategorien beschreibt Ihre Abstammung?",
      options: [
        { value: "WHITE", label: "Weiß (White)" },
        { value: "BLACK_OR_AFRICAN_AMERICAN", label: "Schwarz oder afroamerikanisch (Black or African American)" },
        { value: "ASIAN", label: "Asiatisch (Asian)" },
        {
          value: "NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER",
          label: "Hawaiianisch oder pazifische Inseln (Native Hawaiian or Other Pacific Islander)",
        },
        {
          value: "AMERICAN_INDIAN_OR_ALASKA_NATIVE",
          label: "Indigen amerikanisch oder alaskisch (American Indian or Alaska Native)",
        },
        { value: "TWO_OR_MORE_RACES", label: "Zwei oder mehr Kategorien (Two or More Races)" },
        ABLEHNEN,
      ],
    },
  ],
};

export const selfIdVeteranDeV1: LegalFormSeed = {
  kind: "SELF_ID_VETERAN",
  version: "1",
  language: "de",
  title: "Status als geschützte Veteranin oder geschützter Veteran",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown: `Als Auftragnehmer der US-Bundesregierung, der dem Vietnam Era Veterans' Readjustment Assistance Act von 1974 (VEVRAA) unterliegt, laden wir geschützte Veteraninnen und Veteranen ein, sich zu erkennen zu geben, damit wir messen können, wie gut wir sie ansprechen und gewinnen. Die Angabe ist freiwillig und vertraulich, sie wird getrennt von Ihrer Bewerbung gespeichert, und eine Ablehnung wird Ihnen nicht zum Nachteil ausgelegt. Sie gelten als geschützte Veteranin oder geschützter Veteran, wenn mindestens eine dieser Gruppen (nach 41 CFR 60-300.2; maßgeblich ist der englische Wortlaut) auf Sie zutrifft:

- **„Disabled veteran“**: eine Veteranin oder ein Veteran der US-Streitkräfte (Heer, Marine oder Luftwaffe), die oder der nach den vom Secretary of Veterans Affairs verwalteten Gesetzen Anspruch auf Entschädigung hat (oder ohne den Bezug von Militärruhegehalt hätte), oder eine Person, die wegen einer dienstbedingten Behinderung aus dem aktiven Dienst entlassen wurde.
- **„Recently separated veteran“**: eine Veteranin oder ein Veteran in den drei Jahren ab dem Tag der Entlassung aus dem aktiven Dienst in den US-Streitkräften.
- **„Active duty wartime or campaign badge veteran“**: eine Veteranin oder ein Veteran, die oder der während eines Krieges oder in einem Feldzug oder Einsatz, für den nach den Gesetzen des Verteidigungsministeriums ein Feldzugabzeichen (Campaign Badge) verliehen wird, im aktiven Dienst der US-Streitkräfte stand.
- **„Armed Forces service medal veteran“**: eine Veteranin oder ein Veteran, die oder der im aktiven Dienst der US-Streitkräfte an einem Militäreinsatz der Vereinigten Staaten teilgenommen hat, für den nach Executive Order 12985 eine Armed Forces Service Medal verliehen wurde.`,
  questions: [
    {
      key: "veteranStatus",
      prompt: "Bitte wählen Sie die Aussage, die auf Sie zutrifft.",
      options: [
        {
          value: "PROTECTED_VETERAN",
          label: "Ich gehöre zu einer oder mehreren der Gruppen geschützter Veteraninnen und Veteranen",
        },
        { value: "NOT_PROTECTED_VETERAN", label: "Ich bin keine geschützte Veteranin und kein geschützter Veteran" },
        { value: "DECLINE", label: "Ich möchte das nicht angeben" },
      ],
    },
  ],
};
