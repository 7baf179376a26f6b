import { ProfileSection } from "@/components/candidate-profile/profile-section";
import { OfferTermsForm } from "./offer-terms-form";

/** Drafting an offer for an application with none open. */
export function NewOfferSection({
  applicationId,
  letterTemplates,
}: {
  applicationId: string;
  letterTemplates: { id: string; name: string }[];
}) {
  return (
    <ProfileSection id="new-offer" title="Draft an offer">
      {letterTemplates.length === 0 ? (
        <p className="text-ink">There is no offer letter yet: an admin or recruiter adds one under Offer letters.</p>
      ) : (
        <OfferTermsForm
          restartsApproval={false}
          letterTemplates={letterTemplates}
          initialValues={{
            applicationId,
            baseAmount: "",
            currency: "USD",
            payPeriod: "YEAR",
            bonus: "",
            equity: "",
            startDate: "",
            workLocation: "",
            employmentType: "FULL_TIME",
            expiresOn: "",
            letterTemplateId: letterTemplates[0]!.id,
          }}
        />
      )}
    </ProfileSection>
  );
}
