import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";

export type FileInputProps = Omit<ComponentProps<"input">, "type">;

/** A native file picker (keyboard- and screen-reader-ready as it is), its button drawn like ours. */
export function FileInput({ className, ...props }: FileInputProps) {
  return (
    <input
      type="file"
      className={cn(
        "block w-full text-ink file:mr-4 file:rounded-md file:border file:border-control file:bg-canvas",
        "file:px-4 file:py-2 file:font-medium file:text-ink",
        className,
      )}
      {...props}
    />
  );
}
