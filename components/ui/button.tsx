import { Slot } from "@radix-ui/react-slot";
import type { ButtonHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";

// One button for the whole product. Each variant sets its background, text and border once, and
// the shared base sets none of them: two backgrounds on one element (the white-on-white "Create"
// button of /admin/users had bg-white and bg-blue-800) cannot happen by composition. Every pair
// passes WCAG AA for normal text (tests/unit/ui-primitives.test.ts measures them).

export const BUTTON_VARIANTS = {
  // blue-800 #193cb8 on white text: 9.0:1
  primary: "border border-transparent bg-blue-800 text-white hover:bg-blue-900 active:bg-blue-950",
  // stone-900 on white, border stone-500 (3:1 against white, a non-text contrast)
  secondary: "border border-stone-500 bg-white text-stone-900 hover:bg-stone-100 active:bg-stone-200",
  // red-700 #c10007 on white text: 6.4:1
  danger: "border border-transparent bg-red-700 text-white hover:bg-red-800 active:bg-red-900",
  // text only: blue-800 on the page's background
  ghost: "border border-transparent bg-transparent text-blue-800 underline-offset-2 hover:bg-blue-50 hover:underline",
} as const;

export type ButtonVariant = keyof typeof BUTTON_VARIANTS;

const SIZES = {
  // 44 px high: a touch target on a phone
  md: "min-h-11 px-4 py-2 text-base",
  sm: "min-h-9 px-3 py-1 text-sm",
} as const;

export type ButtonSize = keyof typeof SIZES;

const BASE =
  "inline-flex items-center justify-center gap-2 rounded-md font-semibold transition-colors focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60";

/** The classes of a button, for an element that is not a <Button> (a link styled as one). */
export function buttonClasses({
  variant = "primary",
  size = "md",
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return cn(BASE, SIZES[size], BUTTON_VARIANTS[variant], className);
}

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  // render the child (a link) with the button's look instead of a <button>
  asChild?: boolean;
};

export function Button({ variant, size, asChild, className, type, ...props }: ButtonProps) {
  const Component = asChild ? Slot : "button";
  return (
    <Component
      // a button in a form submits only when asked to
      type={asChild ? undefined : (type ?? "button")}
      className={buttonClasses({ variant, size, className })}
      {...props}
    />
  );
}
