"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import * as DialogPrimitive from "@radix-ui/react-dialog";
import { useState, type ReactNode } from "react";
import { Button, buttonClasses, type ButtonVariant } from "@/components/ui/button";

// Dialogs on Radix (focus moves in and is trapped, Escape closes, focus returns to the trigger,
// the rest of the page is inert for assistive technology). Logical properties only, so they read
// correctly right to left.

const overlayClasses = "fixed inset-0 z-40 bg-stone-950/60";
const contentClasses =
  "fixed inset-x-4 top-1/2 z-50 mx-auto max-h-[calc(100vh-2rem)] max-w-lg -translate-y-1/2 overflow-y-auto rounded-lg border border-stone-300 bg-white p-5 text-stone-900 shadow-xl focus-visible:outline-none";

export function Dialog({
  trigger,
  title,
  description,
  closeLabel,
  children,
}: {
  trigger: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  closeLabel: string;
  children: ReactNode;
}) {
  return (
    <DialogPrimitive.Root>
      <DialogPrimitive.Trigger asChild>{trigger}</DialogPrimitive.Trigger>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className={overlayClasses} />
        <DialogPrimitive.Content className={contentClasses} {...(description ? {} : { "aria-describedby": undefined })}>
          <DialogPrimitive.Title className="text-lg font-bold">{title}</DialogPrimitive.Title>
          {description ? (
            <DialogPrimitive.Description className="mt-2 text-stone-700">{description}</DialogPrimitive.Description>
          ) : null}
          <div className="mt-4">{children}</div>
          <div className="mt-5 flex justify-end">
            <DialogPrimitive.Close className={buttonClasses({ variant: "secondary" })}>
              {closeLabel}
            </DialogPrimitive.Close>
          </div>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}

/**
 * Asks before a destructive action ("Disable this account?"). The action runs only from the
 * dialog's confirm button; Cancel, Escape and a click outside do nothing. `onConfirm` may return
 * a promise: the buttons are disabled until it settles, then the dialog closes.
 */
export function ConfirmDialog({
  trigger,
  title,
  description,
  confirmLabel,
  cancelLabel,
  onConfirm,
  confirmVariant = "danger",
}: {
  trigger: ReactNode;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void | Promise<void>;
  confirmVariant?: ButtonVariant;
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !busy && setOpen(next)}>
      <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={overlayClasses} />
        <AlertDialog.Content className={contentClasses} data-testid="confirm-dialog">
          <AlertDialog.Title className="text-lg font-bold">{title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-stone-700">{description}</AlertDialog.Description>
          <div className="mt-5 flex flex-wrap justify-end gap-3">
            {/* Cancel first: it receives the focus when the dialog opens (the safe choice) */}
            <AlertDialog.Cancel asChild>
              <Button variant="secondary" disabled={busy}>
                {cancelLabel}
              </Button>
            </AlertDialog.Cancel>
            <Button
              variant={confirmVariant}
              disabled={busy}
              data-testid="confirm-dialog-confirm"
              onClick={async () => {
                setBusy(true);
                try {
                  await onConfirm();
                } finally {
                  setBusy(false);
                  setOpen(false);
                }
              }}
            >
              {confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
