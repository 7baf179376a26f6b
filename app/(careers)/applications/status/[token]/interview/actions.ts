"use server";

// Booking, moving and cancelling a self-scheduled interview from the status page. The link is
// the candidate's only credential (the domain resolves it first); success and a time taken
// meanwhile both go back to the page, so it shows the times still free.
import { redirect } from "next/navigation";
import type { BookingState } from "@/components/candidate-status/interview-booking";
import { deliverAfterResponse } from "@/lib/actions/deliver-after-response";
import { AppError } from "@/lib/errors";
import { isTimeZone } from "@/lib/interviews/time-zones";
import { bookSlot, cancelBooking } from "@/lib/self-scheduling/book-slot";
import { buildBookSlotSchema, cancelBookingSchema } from "@/lib/self-scheduling/schema";
import { statusPageValidationText } from "@/lib/candidate-rights/read-status-page-language";
import { statusActionFailure } from "@/lib/candidate-rights/status-action-failure";

function pagePath(token: string, form: FormData, outcome: string) {
  const zone = String(form.get("timeZone") ?? "");
  const query = new URLSearchParams({ outcome, ...(isTimeZone(zone) ? { tz: zone } : {}) });
  return `/applications/status/${encodeURIComponent(token)}/interview?${query}`;
}

export async function bookSlotAction(token: string, _previous: BookingState, form: FormData): Promise<BookingState> {
  const text = await statusPageValidationText(token);
  const parsed = buildBookSlotSchema(text).safeParse({ slotId: form.get("slotId") ?? undefined });
  if (!parsed.success) return { ok: false, message: text.plain("chooseTimeToBook") };
  let rescheduled = false;
  try {
    const booked = await bookSlot({ statusToken: token, slotId: parsed.data.slotId });
    deliverAfterResponse(booked.emailIds);
    rescheduled = booked.rescheduled;
  } catch (error) {
    if (!(error instanceof AppError && error.code === "CONFLICT"))
      return await statusActionFailure(error, "candidate-book-slot", token);
    redirect(pagePath(token, form, "taken"));
  }
  redirect(pagePath(token, form, rescheduled ? "moved" : "booked"));
}

export async function cancelBookingAction(
  token: string,
  _previous: BookingState,
  form: FormData,
): Promise<BookingState> {
  const parsed = cancelBookingSchema.safeParse({ offerId: form.get("offerId") ?? undefined });
  if (!parsed.success) return { ok: false, message: (await statusPageValidationText(token)).plain("reload") };
  try {
    const cancelled = await cancelBooking({ statusToken: token, offerId: parsed.data.offerId });
    deliverAfterResponse(cancelled.emailIds);
  } catch (error) {
    return await statusActionFailure(error, "candidate-cancel-booking", token);
  }
  redirect(pagePath(token, form, "cancelled"));
}
