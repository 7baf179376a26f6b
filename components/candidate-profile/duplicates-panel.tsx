import type { ProbableDuplicate } from "@/lib/candidates/find-probable-duplicates";
import { DuplicateList } from "./duplicate-list";
import { ProfileSection } from "./profile-section";

type Props = {
  applicationId: string;
  keepCandidateId: string;
  keepName: string;
  duplicates: ProbableDuplicate[];
  canMerge: boolean;
};

/** Rendered for mergers even when empty, so the merge's confirmation survives the refresh. */
export function DuplicatesPanel(props: Props) {
  if (props.duplicates.length === 0 && !props.canMerge) return null;
  return (
    <ProfileSection id="duplicates" title="Possible duplicates">
      <DuplicateList {...props} />
    </ProfileSection>
  );
}
