import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function SubmitBar({ progress }: { progress: number | null }) {
  const sending = progress !== null;
  const t = useTranslations("apply.submit");
  return (
    <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-center">
      <Button type="submit" size="lg" aria-disabled={sending}>
        {sending ? t("sending") : t("send")}
      </Button>
      <div aria-live="polite" className="text-ink">
        {sending ? (
          <>
            <progress className="h-2 w-48 align-middle" max={1} value={progress ?? 0} aria-label={t("progress")} />{" "}
            {progress !== null && progress < 1 ? t("uploading", { percent: Math.round(progress * 100) }) : t("saving")}
          </>
        ) : null}
      </div>
    </div>
  );
}
