"use client";
import Link from "next/link";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { SavedViewItem, SavedViewList } from "@/lib/saved-views/list-saved-views";
import { ManageViewsDialog } from "./manage-views-dialog";
import { SaveViewDialog } from "./save-view-dialog";

type Props = {
  views: SavedViewList;
  /** The table page's path; a view's query is added to it. */
  basePath: string;
  jobId: number | null;
  canShare: boolean;
};

const GROUP_LABEL = "text-ink-muted px-3 pt-2 pb-1 text-xs font-semibold uppercase";

/** The table's saved views: apply one (a link to its query), save the current one, manage one's own. */
export function SavedViewsMenu({ views, basePath, jobId, canShare }: Props) {
  const [managing, setManaging] = useState(false);
  const viewsButton = useRef<HTMLButtonElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const count = views.mine.length + views.sharedWithMe.length;

  return (
    <div className="flex flex-wrap items-center gap-2">
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button ref={viewsButton} variant="secondary">
            Views<span className="font-normal text-ink-muted"> ({count})</span>
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="max-w-sm">
          <DropdownMenuLabel className={GROUP_LABEL}>My views</DropdownMenuLabel>
          {views.mine.length === 0 && <DropdownMenuItem disabled>No saved views yet</DropdownMenuItem>}
          {views.mine.map((view) => (
            <ViewItem key={view.id} view={view} basePath={basePath} detail={view.shared ? "shared" : undefined} />
          ))}
          <DropdownMenuLabel className={GROUP_LABEL}>Shared with me</DropdownMenuLabel>
          {views.sharedWithMe.length === 0 && <DropdownMenuItem disabled>Nothing shared yet</DropdownMenuItem>}
          {views.sharedWithMe.map((view) => (
            <ViewItem key={view.id} view={view} basePath={basePath} detail={`by ${view.ownerName}`} />
          ))}
          {views.mine.length > 0 && (
            <DropdownMenuItem className="mt-1 border-t border-line" onSelect={() => setManaging(true)}>
              Rename or delete my views…
            </DropdownMenuItem>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      <SaveViewDialog jobId={jobId} canShare={canShare} onSaved={setMessage} />
      <ManageViewsDialog
        open={managing}
        onOpenChange={setManaging}
        views={views.mine}
        // Opened from a menu item that is gone by then: back to the menu's button.
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          viewsButton.current?.focus();
        }}
      />
      <div role="status" aria-atomic="true">
        {message && (
          <Alert variant="success" live="off" className="py-1.5">
            {message}
          </Alert>
        )}
      </div>
    </div>
  );
}

function ViewItem({ view, basePath, detail }: { view: SavedViewItem; basePath: string; detail?: string }) {
  // A stored query the table no longer reads is listed (so its owner can delete it), never applied.
  if (view.query === null) {
    return (
      <DropdownMenuItem disabled>
        {view.name}
        <span className="ml-1 text-ink-muted">(no longer applies)</span>
      </DropdownMenuItem>
    );
  }
  return (
    <DropdownMenuItem asChild>
      <Link href={view.query ? `${basePath}?${view.query}` : basePath}>
        <span className="truncate">{view.name}</span>
        {detail && <span className="ml-1 shrink-0 text-ink-muted">({detail})</span>}
      </Link>
    </DropdownMenuItem>
  );
}
