// The candidate's offer letter as a PDF: the status link is the only credential, and an unknown
// link, or one whose application has no released offer, gets the same "not found".
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { PRIVATE_HEADERS } from "@/lib/http/private-headers";
import { getCandidateOfferLetter } from "@/lib/offers/get-candidate-offer";
import { letterPdf } from "@/lib/offers/letter-pdf";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
    const { token } = await params;
    const letter = await getCandidateOfferLetter(token);
    if (!letter) throw new AppError("NOT_FOUND", "There is no offer letter at this link.");
    const pdf = await letterPdf(letter);
    return new Response(new Uint8Array(pdf), {
      headers: {
        ...PRIVATE_HEADERS,
        "Content-Type": "application/pdf",
        "Content-Disposition": 'inline; filename="offer-letter.pdf"',
      },
    });
  } catch (error) {
    const response = errorResponse(error, "candidate-offer-letter");
    for (const [name, value] of Object.entries(PRIVATE_HEADERS)) response.headers.set(name, value);
    return response;
  }
}
