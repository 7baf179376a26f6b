"use client";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { peopleCount } from "@/lib/pipeline/labels";

type BulkToolbarProps = {
  selectedCount: number;
  stages: { stageId: number; name: string }[];
  permissions: { canMove: boolean; canReject: boolean; canTag: boolean };
  busy: boolean;
  onMove: (stageId: number) => void;
  onReject: () => void;
  onTag: (tagName: string) => Promise<boolean>;
  onClear: () => void;
};

/** Actions on the selected cards: move, reject (opens the dialog), tag. */
export function BulkToolbar({
  selectedCount,
  stages,
  permissions,
  busy,
  onMove,
  onReject,
  onTag,
  onClear,
}: BulkToolbarProps) {
  const id = useId();
  const [stageId, setStageId] = useState("");
  const [tag, setTag] = useState("");
  const disabled = selectedCount === 0 || busy;

  const move = (event: FormEvent) => {
    event.preventDefault();
    if (stageId) onMove(Number(stageId));
  };
  const addTag = async (event: FormEvent) => {
    event.preventDefault();
    if (tag.trim() && (await onTag(tag))) setTag("");
  };

  return (
    <section
      aria-label="Bulk actions"
      className="flex flex-wrap items-end gap-x-6 gap-y-3 rounded-lg border border-line bg-surface p-3"
    >
      <p className="min-h-9 self-center font-medium text-ink" aria-live="polite">
        {selectedCount === 0
          ? "Select candidates to act on several at once."
          : `${peopleCount(selectedCount)} selected`}
      </p>
      {permissions.canMove && (
        <form onSubmit={move} className="flex items-end gap-2">
          <div>
            <label htmlFor={`${id}-stage`} className="block text-sm font-medium text-ink">
              Move selected to
            </label>
            <Select
              id={`${id}-stage`}
              value={stageId}
              onChange={(event) => setStageId(event.target.value)}
              className="text-sm"
            >
              <option value="">Choose a stage</option>
              {stages.map((stage) => (
                <option key={stage.stageId} value={stage.stageId}>
                  {stage.name}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" size="sm" variant="secondary" disabled={disabled || !stageId}>
            Move
          </Button>
        </form>
      )}
      {permissions.canTag && (
        <form onSubmit={addTag} className="flex items-end gap-2">
          <div>
            <label htmlFor={`${id}-tag`} className="block text-sm font-medium text-ink">
              Tag selected
            </label>
            <Input
              id={`${id}-tag`}
              value={tag}
              maxLength={40}
              onChange={(event) => setTag(event.target.value)}
              className="text-sm"
            />
          </div>
          <Button type="submit" size="sm" variant="secondary" disabled={disabled || !tag.trim()}>
            Add tag
          </Button>
        </form>
      )}
      {permissions.canReject && (
        <Button size="sm" variant="danger" disabled={disabled} onClick={onReject}>
          Reject selected…
        </Button>
      )}
      {selectedCount > 0 && (
        <Button size="sm" variant="ghost" onClick={onClear}>
          Clear selection
        </Button>
      )}
    </section>
  );
}
