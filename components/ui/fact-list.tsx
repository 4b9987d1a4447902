import type { ReactNode } from "react";

/** A description list of label / value pairs, stacked on phones and in two columns from `sm`. */
export function FactList({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <dl className={`grid gap-3 ${className}`}>{children}</dl>;
}

/** One pair; renders nothing when there is no value, so callers need no conditionals. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === false || children === "") return null;
  return (
    <div className="grid gap-0.5 sm:grid-cols-[11rem_minmax(0,1fr)] sm:gap-4">
      <dt className="font-semibold text-stone-700">{label}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}
