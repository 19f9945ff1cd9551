import type { ReactNode } from "react";
import { cx } from "./styles";

export interface PanelProps {
  title: ReactNode;
  children?: ReactNode;
  /** Heading level of the title (default 1: a confirmation page's main heading). */
  headingLevel?: 1 | 2;
  className?: string;
}

/** GOV.UK confirmation panel, e.g. "Timesheet submitted". */
export function Panel({ title, children, headingLevel = 1, className }: PanelProps) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <div className={cx("mb-8 border-[5px] border-transparent bg-[#00703c] p-6 text-center text-white md:p-9", className)}>
      <Heading className="mb-0 text-3xl font-bold md:text-5xl">{title}</Heading>
      {children ? <div className="mt-6 text-xl md:text-3xl">{children}</div> : null}
    </div>
  );
}
