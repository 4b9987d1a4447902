import type { ReactNode } from "react";

/** A page section named by its visible heading (`aria-labelledby`), for landmarks and tests. */
export function Section({
  id,
  heading,
  intro,
  children,
}: {
  id: string;
  heading: ReactNode;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="mt-10 scroll-mt-4">
      <h2 id={headingId} className="text-2xl font-bold text-stone-900">
        {heading}
      </h2>
      {intro ? <p className="mt-2 max-w-prose text-stone-700">{intro}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}
