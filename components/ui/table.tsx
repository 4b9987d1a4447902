import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";

// A data table with a caption. On a phone it scrolls sideways inside its own region (focusable,
// named by the caption, so a keyboard can scroll it) instead of widening the page.

export function Table({
  id,
  caption,
  captionHidden,
  children,
  className,
}: {
  id: string;
  caption: ReactNode;
  // the caption still names the table for screen readers
  captionHidden?: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      role="region"
      aria-labelledby={`${id}-caption`}
      tabIndex={0}
      className="max-w-full overflow-x-auto rounded-lg border border-stone-300 bg-white"
    >
      <table id={id} className={cn("w-full border-collapse text-start text-sm", className)}>
        <caption
          id={`${id}-caption`}
          className={cn("px-4 py-3 text-start font-bold text-stone-900", captionHidden && "sr-only")}
        >
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function TableHead({ children }: { children: ReactNode }) {
  return <thead className="border-b border-stone-300 bg-stone-100 text-stone-900">{children}</thead>;
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-stone-200">{children}</tbody>;
}

export function TableRow({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cn("align-top", className)} {...props} />;
}

export function TableHeaderCell({ className, scope = "col", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th scope={scope} className={cn("px-4 py-2 text-start font-semibold whitespace-nowrap", className)} {...props} />
  );
}

export function TableCell({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("px-4 py-2 text-stone-900", className)} {...props} />;
}
