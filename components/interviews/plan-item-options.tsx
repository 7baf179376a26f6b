import type { PlanItemOption } from "@/lib/interviews/load-application-interviews";
import { formatDuration } from "@/lib/interviews/format-interview-time";

/** The plan's interviews grouped by stage, the candidate's current stage first. */
export function PlanItemOptions({ items }: { items: PlanItemOption[] }) {
  const groups = new Map<string, PlanItemOption[]>();
  for (const item of items) {
    const label = item.currentStage ? `${item.stageName} (current stage)` : item.stageName;
    groups.set(label, [...(groups.get(label) ?? []), item]);
  }
  return (
    <>
      <option value="">Not from the plan (enter a title)</option>
      {[...groups].map(([label, stageItems]) => (
        <optgroup key={label} label={label}>
          {stageItems.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name} · {formatDuration(item.durationMinutes)}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
