import { Button } from "@/components/ui/button";

export function SubmitBar({ progress }: { progress: number | null }) {
  const sending = progress !== null;
  return (
    <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-center">
      <Button type="submit" size="lg" aria-disabled={sending}>
        {sending ? "Sending your application…" : "Submit application"}
      </Button>
      <div aria-live="polite" className="text-ink">
        {sending ? (
          <>
            <progress className="h-2 w-48 align-middle" max={1} value={progress ?? 0} aria-label="Upload progress" />{" "}
            {progress !== null && progress < 1 ? `Uploading ${Math.round(progress * 100)}%` : "Saving…"}
          </>
        ) : null}
      </div>
    </div>
  );
}
