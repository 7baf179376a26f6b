// The candidate's offer letter as a PDF: the status link is the only credential, and an unknown
// link, or one whose application has no released offer, gets the same "not found".
import { DEFAULT_LOCALE } from "@/i18n/locales";
import { translatorFor } from "@/i18n/translator";
import { CandidateRefusal, type RefusalText } from "@/lib/candidate-rights/candidate-refusal";
import { readStatusPageLanguage } from "@/lib/candidate-rights/read-status-page-language";
import { candidateErrorResponse } from "@/lib/http/error-response";
import { PRIVATE_HEADERS } from "@/lib/http/private-headers";
import { getCandidateOfferLetter } from "@/lib/offers/get-candidate-offer";
import { letterPdf } from "@/lib/offers/letter-pdf";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
    const { token } = await params;
    const letter = await getCandidateOfferLetter(token);
    if (!letter) throw new CandidateRefusal("NOT_FOUND", "noOfferLetter");
    const pdf = await letterPdf(letter);
    return new Response(new Uint8Array(pdf), {
      headers: {
        ...PRIVATE_HEADERS,
        "Content-Type": "application/pdf",
        "Content-Disposition": 'inline; filename="offer-letter.pdf"',
      },
    });
  } catch (error) {
    // In the status page's language (its cookie, the browser's, then the application's).
    const { token } = await params;
    // English when even that cannot be read (the database is away): the refusal itself must go out.
    const language = await readStatusPageLanguage(token).catch(() => DEFAULT_LOCALE);
    const t = (await translatorFor(language, "status.refusals")) as RefusalText;
    const response = candidateErrorResponse(error, "candidate-offer-letter", t);
    for (const [name, value] of Object.entries(PRIVATE_HEADERS)) response.headers.set(name, value);
    return response;
  }
}
