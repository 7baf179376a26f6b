import { Button } from "@/components/ui/button";

/** Where mouse and touch users find the shortcuts the "?" key shows. */
export function ShortcutsButton({ onClick }: { onClick: () => void }) {
  return (
    <Button variant="ghost" size="sm" onClick={onClick}>
      Keyboard shortcuts
      <kbd aria-hidden="true" className="ml-2 rounded border border-line bg-canvas px-1.5 font-mono text-xs">
        ?
      </kbd>
    </Button>
  );
}
