"use client";

import type { ReactNode } from "react";

/**
 * Applies a choice at once (the sort order): submits the form it sits in when a control inside
 * changes. Without JavaScript the form's own button still applies it.
 */
export function SubmitOnChange({ children }: { children: ReactNode }) {
  return (
    <div
      onChange={(event) => {
        const target = event.target;
        if (target instanceof HTMLSelectElement) target.form?.requestSubmit();
      }}
    >
      {children}
    </div>
  );
}
