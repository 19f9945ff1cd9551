import Link from "next/link";
import type { ReactNode } from "react";
import { cx, linkFocus } from "./styles";

export interface BackLinkProps {
  href: string;
  /** Defaults to "Back". */
  children?: ReactNode;
  className?: string;
}

/** GOV.UK back link. Place it before `<main>` content, above the h1. */
export function BackLink({ href, children = "Back", className }: BackLinkProps) {
  return (
    <Link
      href={href}
      className={cx(
        "relative mt-4 mb-4 inline-block pl-3.5 text-sm text-[#0b0c0c] underline decoration-1 underline-offset-[0.15em] hover:decoration-[3px] md:text-base",
        "before:absolute before:top-0 before:bottom-0 before:left-[3px] before:m-auto before:block before:h-[7px] before:w-[7px] before:-rotate-45 before:border-t before:border-l before:border-current before:content-['']",
        linkFocus,
        className,
      )}
    >
      {children}
    </Link>
  );
}
