"use client";

import * as ToastPrimitive from "@radix-ui/react-toast";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

// Short confirmations ("Account disabled") on Radix Toast: announced by a live region, kept on
// screen while hovered or focused, F8 moves focus to them, swipe or the close button dismisses.
// Errors that need an answer stay next to their field; a toast never carries one.

export type ToastTone = "success" | "info" | "error";
type ToastItem = { id: number; title: string; description?: string; tone: ToastTone };

const ToastContext = createContext<((toast: Omit<ToastItem, "id">) => void) | null>(null);

const TONES: Record<ToastTone, string> = {
  success: "border-green-700 bg-green-50 text-green-900",
  info: "border-blue-700 bg-blue-50 text-blue-900",
  error: "border-red-700 bg-red-50 text-red-900",
};

export function ToastProvider({
  children,
  closeLabel,
  regionLabel,
  dir,
}: {
  children: ReactNode;
  closeLabel: string;
  // names the region for screen readers ("Notifications ({hotkey})"; Radix fills {hotkey})
  regionLabel: string;
  dir: "ltr" | "rtl";
}) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const show = useCallback((toast: Omit<ToastItem, "id">) => {
    setToasts((current) => [...current, { ...toast, id: Date.now() + Math.random() }]);
  }, []);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      <ToastPrimitive.Provider swipeDirection={dir === "rtl" ? "left" : "right"} label={regionLabel}>
        {children}
        {toasts.map((toast) => (
          <ToastPrimitive.Root
            key={toast.id}
            type={toast.tone === "error" ? "foreground" : "background"}
            duration={toast.tone === "error" ? 10_000 : 6_000}
            onOpenChange={(open) => {
              if (!open) setToasts((current) => current.filter((t) => t.id !== toast.id));
            }}
            className={cn("flex items-start gap-3 rounded-md border-2 p-4 shadow-lg", TONES[toast.tone])}
            data-testid="toast"
          >
            <div className="min-w-0 flex-1">
              <ToastPrimitive.Title className="font-bold">{toast.title}</ToastPrimitive.Title>
              {toast.description ? (
                <ToastPrimitive.Description className="mt-1 text-sm">{toast.description}</ToastPrimitive.Description>
              ) : null}
            </div>
            <ToastPrimitive.Close
              className="min-h-9 rounded-md px-2 font-semibold underline focus-visible:outline-3 focus-visible:outline-blue-700"
              aria-label={closeLabel}
            >
              ×
            </ToastPrimitive.Close>
          </ToastPrimitive.Root>
        ))}
        <ToastPrimitive.Viewport
          dir={dir}
          className="fixed bottom-0 z-50 m-0 flex w-full max-w-sm list-none flex-col gap-2 p-4 outline-none end-0"
        />
      </ToastPrimitive.Provider>
    </ToastContext.Provider>
  );
}

/** Shows a toast; only inside a <ToastProvider>. */
export function useToast() {
  const show = useContext(ToastContext);
  if (!show) throw new Error("useToast needs a <ToastProvider> above it");
  return show;
}
