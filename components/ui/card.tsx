import type { HTMLAttributes, ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** A surface that groups one thing: a monument, an account, a change. */
export function Card({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return (
    <div className={cn("rounded-lg border border-stone-300 bg-white p-4 shadow-sm sm:p-5", className)} {...props} />
  );
}

export function CardHeader({
  title,
  titleAs: Title = "h3",
  description,
  actions,
}: {
  title: ReactNode;
  titleAs?: "h2" | "h3" | "h4";
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-3">
      <div className="min-w-0">
        <Title className="text-lg font-bold text-stone-900">{title}</Title>
        {description ? <p className="mt-1 text-sm text-stone-700">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}
