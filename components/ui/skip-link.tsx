import { cx } from "./styles";

export interface SkipLinkProps {
  /** Defaults to "#main-content": give `<main id="main-content">`. */
  href?: string;
  children?: string;
}

/** First focusable element on every page; visible only when focused. */
export function SkipLink({ href = "#main-content", children = "Skip to main content" }: SkipLinkProps) {
  return (
    <a
      href={href}
      className={cx(
        "sr-only text-[#0b0c0c] underline",
        "focus:not-sr-only focus:block focus:bg-[#ffdd00] focus:px-4 focus:py-3 focus:outline-3 focus:outline-[#ffdd00] focus:outline-offset-0",
      )}
    >
      {children}
    </a>
  );
}
