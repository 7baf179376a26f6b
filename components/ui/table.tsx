import { useId, type ComponentProps, type ReactNode } from "react";
import { cn } from "@/lib/utils/cn";

type Density = "default" | "compact";

/**
 * How the table sits in the page. "card": bordered, scrolls sideways on a narrow screen (relative,
 * so screen-reader-only text inside scrolls with it instead of widening the page). "region": no
 * border; the scrolling wrapper is a focusable region named by the caption, for tables with no
 * link or control a keyboard user could scroll to. "none": inside something already framed.
 */
type Frame = "card" | "region" | "none";

type Name =
  | { /** Shown only to screen readers unless captionVisible. */ caption: ReactNode; "aria-label"?: never }
  | { caption?: never; "aria-label": string };

type TableProps = Omit<ComponentProps<"table">, "aria-label" | "frame"> &
  Name & { captionVisible?: boolean; frame?: Frame; density?: Density };

const FRAMES: Record<Exclude<Frame, "none">, string> = {
  card: "relative overflow-x-auto rounded-lg border border-line bg-surface",
  region: "overflow-x-auto",
};

// Cells read the density from the table, so a caller picks it once per table, not per cell.
const CELL_PADDING = "px-4 py-3 group-data-[density=compact]/table:px-3 group-data-[density=compact]/table:py-2";

/** A data table: named by its caption, header cells with a scope, design tokens for lines and surfaces. */
export function Table({
  caption,
  captionVisible = false,
  frame = "card",
  density = "default",
  className,
  children,
  ...props
}: TableProps) {
  const captionId = useId();
  const table = (
    <table data-density={density} className={cn("group/table w-full text-left", className)} {...props}>
      {caption !== undefined && (
        <caption id={captionId} className={captionVisible ? "mb-2 text-left text-ink-muted" : "sr-only"}>
          {caption}
        </caption>
      )}
      {children}
    </table>
  );
  if (frame === "none") return table;
  if (frame === "region") {
    return (
      <div
        className={FRAMES.region}
        tabIndex={0}
        role="region"
        {...(caption !== undefined ? { "aria-labelledby": captionId } : { "aria-label": props["aria-label"] })}
      >
        {table}
      </div>
    );
  }
  return <div className={FRAMES[frame]}>{table}</div>;
}

/** A column heading given as data: hidden ones are read by screen readers only (an actions column). */
export type TableColumn = string | { label: string; numeric?: boolean; hidden?: boolean };

/** The header; `columns` writes its one row of column headings for a table that needs no more. */
export function TableHeader({
  columns,
  className,
  children,
  ...props
}: ComponentProps<"thead"> & { columns?: TableColumn[] }) {
  return (
    <thead className={cn("border-b border-line bg-canvas text-sm", className)} {...props}>
      {columns ? (
        <TableRow>
          {columns.map((column) => {
            const { label, numeric, hidden } = typeof column === "string" ? { label: column } : column;
            return (
              <TableHead key={label} numeric={numeric}>
                {hidden ? <span className="sr-only">{label}</span> : label}
              </TableHead>
            );
          })}
        </TableRow>
      ) : (
        children
      )}
    </thead>
  );
}

export function TableBody(props: ComponentProps<"tbody">) {
  return <tbody {...props} />;
}

/**
 * The totals under the body, set off by a line: one row named by its row heading, its cells in
 * bold like the heading.
 */
export function TableTotalRow({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <tfoot className="border-t border-line">
      <TableRow className="font-semibold">
        <TableHead scope="row" weight="semibold">
          {label}
        </TableHead>
        {children}
      </TableRow>
    </tfoot>
  );
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("border-b border-line last:border-b-0", className)} {...props} />;
}

const WEIGHTS = { normal: "font-normal", medium: "font-medium", semibold: "font-semibold" } as const;

/**
 * A header cell: a column's (scope "col", the default) or a row's (scope "row", the cell that
 * names the row, so a screen reader announces it with every cell of the row).
 */
export function TableHead({
  scope = "col",
  numeric = false,
  weight = scope === "col" ? "semibold" : "medium",
  className,
  ...props
}: ComponentProps<"th"> & { scope?: "col" | "row"; numeric?: boolean; weight?: keyof typeof WEIGHTS }) {
  return (
    <th
      scope={scope}
      className={cn(CELL_PADDING, WEIGHTS[weight], numeric && "text-right tabular-nums", className)}
      {...props}
    />
  );
}

/** A data cell; numeric ones are right-aligned with figures of one width so columns line up. */
export function TableCell({ numeric = false, className, ...props }: ComponentProps<"td"> & { numeric?: boolean }) {
  return <td className={cn(CELL_PADDING, numeric && "text-right tabular-nums", className)} {...props} />;
}

/** The one row of a table with nothing to show, across all its columns. */
export function TableEmpty({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className={cn(CELL_PADDING, "text-ink-muted")}>
        {children}
      </td>
    </tr>
  );
}
