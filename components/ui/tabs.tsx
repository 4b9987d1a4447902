"use client";

import * as TabsPrimitive from "@radix-ui/react-tabs";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

// Tabs on Radix: arrow keys move between tabs (mirrored right to left through `dir`), Home/End,
// one tab stop, each panel labelled by its tab.

export type TabItem = { value: string; label: ReactNode; content: ReactNode };

export function Tabs({
  items,
  defaultValue,
  label,
  dir,
  className,
}: {
  items: TabItem[];
  defaultValue?: string;
  // names the tab list ("Views of this change")
  label: string;
  dir: "ltr" | "rtl";
  className?: string;
}) {
  return (
    <TabsPrimitive.Root defaultValue={defaultValue ?? items[0]?.value} dir={dir} className={className}>
      <TabsPrimitive.List aria-label={label} className="flex flex-wrap gap-1 border-b border-stone-300">
        {items.map((item) => (
          <TabsPrimitive.Trigger
            key={item.value}
            value={item.value}
            className={cn(
              "-mb-px min-h-11 rounded-t-md border border-transparent px-4 py-2 font-semibold text-stone-700 hover:text-stone-900",
              "data-[state=active]:border-stone-300 data-[state=active]:border-b-white data-[state=active]:bg-white data-[state=active]:text-blue-800",
              "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700",
            )}
          >
            {item.label}
          </TabsPrimitive.Trigger>
        ))}
      </TabsPrimitive.List>
      {items.map((item) => (
        <TabsPrimitive.Content key={item.value} value={item.value} className="pt-4 focus-visible:outline-3">
          {item.content}
        </TabsPrimitive.Content>
      ))}
    </TabsPrimitive.Root>
  );
}
