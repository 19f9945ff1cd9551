import Link from "next/link";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { cx } from "./styles";

export type ButtonVariant = "primary" | "secondary" | "warning";

const base =
  "relative inline-flex items-center justify-center gap-2 rounded-none border-2 border-transparent px-3 pt-2 pb-[7px] text-center leading-tight font-normal no-underline cursor-pointer select-none active:top-[2px] disabled:cursor-not-allowed disabled:opacity-50 " +
  "focus:outline-3 focus:outline-transparent focus:border-[#ffdd00] focus:bg-[#ffdd00] focus:text-[#0b0c0c] focus:shadow-[0_2px_0_#0b0c0c] focus:hover:bg-[#ffdd00]";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-[#00703c] text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30]",
  secondary: "bg-[#f3f2f1] text-[#0b0c0c] shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]",
  warning: "bg-[#d4351c] text-white shadow-[0_2px_0_#55150b] hover:bg-[#aa2a16]",
};

export function buttonClass(variant: ButtonVariant = "primary", className?: string): string {
  return cx(base, variants[variant], className);
}

export interface ButtonProps extends ComponentPropsWithoutRef<"button"> {
  variant?: ButtonVariant;
}

/** GOV.UK button. `type` defaults to "submit". Pass `name`/`value`/`formAction` as on a native button. */
export function Button({ variant = "primary", type = "submit", className, children, ...rest }: ButtonProps) {
  return (
    <button {...rest} type={type} className={buttonClass(variant, className)}>
      {children}
    </button>
  );
}

export interface ButtonLinkProps extends Omit<ComponentPropsWithoutRef<"a">, "href"> {
  href: string;
  variant?: ButtonVariant;
  children: ReactNode;
}

/** A link that looks like a button (for navigation, e.g. "Add a shift"). It stays a link for assistive tech. */
export function ButtonLink({ href, variant = "primary", className, children, ...rest }: ButtonLinkProps) {
  return (
    <Link {...rest} href={href} draggable={false} className={buttonClass(variant, className)}>
      {children}
    </Link>
  );
}

/** Lays out buttons and links side by side with consistent spacing. */
export function ButtonGroup({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cx("mb-6 flex flex-wrap items-center gap-x-4 gap-y-3", className)}>{children}</div>;
}
