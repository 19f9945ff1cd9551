import type { ReactNode } from "react";
import { cx } from "./styles";

export interface PageHeadingProps {
  children: ReactNode;
  /** Small grey text above the heading (e.g. the section), read as part of the h1. */
  caption?: ReactNode;
  size?: "xl" | "l" | "m";
  id?: string;
  className?: string;
}

const sizes = {
  xl: { h: "text-4xl md:text-5xl", c: "text-xl md:text-3xl" },
  l: { h: "text-3xl md:text-4xl", c: "text-lg md:text-2xl" },
  m: { h: "text-2xl md:text-3xl", c: "text-base md:text-lg" },
} as const;

/** The page's single h1, with an optional caption. */
export function PageHeading({ children, caption, size = "l", id, className }: PageHeadingProps) {
  return (
    <h1 id={id} className={cx("mb-8 font-bold text-[#0b0c0c]", sizes[size].h, className)}>
      {caption ? <span className={cx("mb-1 block font-normal text-[#505a5f]", sizes[size].c)}>{caption} </span> : null}
      {children}
    </h1>
  );
}
