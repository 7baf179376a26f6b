import { ProfileSection } from "@/components/candidate-profile/profile-section";
import { Table, TableBody, TableCell, TableEmpty, TableHeader, TableRow } from "@/components/ui/table";
import { formatDuration, formatInterviewTime } from "@/lib/interviews/format-interview-time";
import type { SchedulingOptions } from "@/lib/interviews/load-application-interviews";
import { SLOT_OFFER_STATUS_LABELS } from "@/lib/self-scheduling/labels";
import type { StaffSlotOffer } from "@/lib/self-scheduling/slot-offers-for-staff";
import { OfferSlotsDialog } from "./offer-slots-dialog";
import { WithdrawSlotOfferButton } from "./withdraw-slot-offer-button";

type Props = { applicationId: string; offers: StaffSlotOffer[]; options: SchedulingOptions | null };

const COLUMNS = ["Interview", "Status", "Length", "Times offered", "Panel", { label: "Actions", hidden: true }];

/** Times offered for the candidate to book themselves; for the people who schedule. */
export function ApplicationSlotOffers({ applicationId, offers, options }: Props) {
  return (
    <ProfileSection
      id="slot-offers"
      title="Times offered to the candidate"
      actions={options && <OfferSlotsDialog applicationId={applicationId} options={options} />}
    >
      <Table caption="Times offered to the candidate, newest first">
        <TableHeader columns={COLUMNS} />
        <TableBody>
          {offers.length === 0 && <TableEmpty colSpan={COLUMNS.length}>No times offered yet.</TableEmpty>}
          {offers.map((offer) => (
            <TableRow key={offer.id}>
              <TableCell>{offer.title}</TableCell>
              <TableCell>
                {SLOT_OFFER_STATUS_LABELS[offer.status]}
                {offer.bookedAt &&
                  `: ${formatInterviewTime({ startsAt: offer.bookedAt, durationMinutes: offer.durationMinutes, timeZone: offer.timeZone })}`}
              </TableCell>
              <TableCell>{formatDuration(offer.durationMinutes)}</TableCell>
              <TableCell>{offer.slotCount}</TableCell>
              <TableCell>{offer.panel.join(", ")}</TableCell>
              <TableCell>
                {offer.status === "OPEN" && <WithdrawSlotOfferButton offerId={offer.id} title={offer.title} />}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ProfileSection>
  );
}
