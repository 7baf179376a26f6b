"use client";
import { setPanelArrangementAction } from "@/app/(hiring)/hiring/accommodations/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { MAX_EXTRA_MINUTES, PANEL_ARRANGEMENT_MAX_LENGTH, panelArrangementSchema } from "@/lib/accommodations/schema";
import { useAccommodationForm } from "./use-accommodation-form";

/** The one text that leaves the queue: what interviewers should do, never why. */
export function PanelArrangementForm({
  requestId,
  panelArrangement,
  extraMinutes,
}: {
  requestId: string;
  panelArrangement: string | null;
  extraMinutes: number | null;
}) {
  const { form, submit, pending, result } = useAccommodationForm(
    panelArrangementSchema,
    { requestId, panelArrangement: panelArrangement ?? "", extraMinutes: extraMinutes ? String(extraMinutes) : "" },
    setPanelArrangementAction,
  );
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="space-y-3">
      <Alert
        variant="warning"
        live="off"
        title="Interviewers see exactly this text, and nothing else from this request"
      >
        Write only what the panel should do, for example “Share the interview questions 24 hours in advance” or “Allow
        extra time for the coding exercise”. Never the reason, a condition or a diagnosis. Leave it empty and the panel
        is told nothing.
      </Alert>
      <Field
        id="panel-arrangement"
        label="Practical arrangement shared with the panel"
        error={form.formState.errors.panelArrangement?.message}
      >
        <Textarea rows={3} maxLength={PANEL_ARRANGEMENT_MAX_LENGTH} {...form.register("panelArrangement")} />
      </Field>
      <Field
        id="extra-minutes"
        label="Extra minutes per interview"
        hint="When the candidate books their own interview, the times offered are this much longer. The panel sees only the interview's length, never why."
        error={form.formState.errors.extraMinutes?.message}
        markOptional
      >
        <Input
          inputMode="numeric"
          className="max-w-32"
          maxLength={String(MAX_EXTRA_MINUTES).length}
          {...form.register("extraMinutes")}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save arrangement"}
      </Button>
      <div aria-live="polite">
        {result && (
          <Alert variant={result.ok ? "success" : "danger"} live="off">
            {result.message}
          </Alert>
        )}
      </div>
    </form>
  );
}
