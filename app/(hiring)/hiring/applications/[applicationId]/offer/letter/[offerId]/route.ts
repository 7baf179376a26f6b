// The offer letter as a PDF for the staff who may read it (hiring managers without the clause).
import { getActor } from "@/lib/auth/session";
import { can, offerTermsVisibleTo } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { letterPdf } from "@/lib/offers/letter-pdf";
import { loadOfferLetter } from "@/lib/offers/load-letter";
import { isStorableText } from "@/lib/validations/storable-text";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ applicationId: string; offerId: string }> };

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  const { applicationId, offerId } = await params;
  const notFound = new Response("Not found.", { status: 404 });
  if (!isStorableText(applicationId) || !isStorableText(offerId) || !can(actor, "offer.read")) return notFound;
  const offer = await db.offer.findFirst({
    where: { AND: [{ id: offerId, applicationId }, offerTermsVisibleTo(actor)] },
    select: { id: true },
  });
  if (!offer) return notFound;
  const letter = await loadOfferLetter(db, offer.id, can(actor, "offer.readExportReview") ? "show" : "withhold");
  const pdf = await letterPdf(letter);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": 'inline; filename="offer-letter.pdf"',
      "Cache-Control": "private, no-store",
    },
  });
}
