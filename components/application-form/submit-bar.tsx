export function SubmitBar({ progress }: { progress: number | null }) {
  const sending = progress !== null;
  return (
    <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-center">
      <button
        type="submit"
        aria-disabled={sending}
        className="rounded-md bg-blue-800 px-6 py-3 text-lg font-semibold text-white hover:bg-blue-900 focus:ring-4 focus:ring-blue-300 focus:outline-none aria-disabled:opacity-70"
      >
        {sending ? "Sending your application…" : "Submit application"}
      </button>
      <div aria-live="polite" className="text-slate-800">
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
