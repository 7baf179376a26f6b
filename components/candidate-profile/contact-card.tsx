import type { CandidateProfile } from "@/lib/candidates/get-candidate-profile";
import { ProfileSection } from "./profile-section";

export function ContactCard({ candidate }: { candidate: CandidateProfile["candidate"] }) {
  return (
    <ProfileSection id="contact" title="Contact and links">
      <dl className="space-y-3">
        <Item label="Email">
          <a href={`mailto:${candidate.email}`} className="break-all">
            {candidate.email}
          </a>
        </Item>
        {candidate.phone && (
          <Item label="Phone">
            <a href={`tel:${candidate.phone.replace(/[^\d+]/g, "")}`}>{candidate.phone}</a>
          </Item>
        )}
        {candidate.location && <Item label="Location">{candidate.location}</Item>}
        {candidate.links.map((link) => (
          <Item key={link.label} label={link.label}>
            {/* Only http(s) links are links; anything else is shown as text to read, not click. */}
            {link.href ? (
              <a href={link.href} rel="noopener noreferrer nofollow" target="_blank" className="break-all">
                {link.url}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            ) : (
              <span className="break-all">{link.url}</span>
            )}
          </Item>
        ))}
      </dl>
    </ProfileSection>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-medium text-ink-muted">{label}</dt>
      <dd className="text-ink">{children}</dd>
    </div>
  );
}
