import type { ReactNode } from "react";
import { cx } from "./styles";

export interface DetailsProps {
  /** The always-visible link text, e.g. "Help with timesheets". */
  summary: ReactNode;
  children: ReactNode;
  open?: boolean;
  className?: string;
}

/** GOV.UK details: native <details>/<summary>, works without JavaScript. */
export function Details({ summary, children, open, className }: DetailsProps) {
  return (
    <details open={open} className={cx("group mb-6 text-[#0b0c0c]", className)}>
      <summary
        className={cx(
          "inline-block cursor-pointer list-none pl-6 relative text-[#1d70b8] [&::-webkit-details-marker]:hidden",
          "before:absolute before:top-[0.3em] before:left-0 before:border-y-[7px] before:border-l-[12px] before:border-y-transparent before:border-l-current before:content-[''] group-open:before:top-[0.45em] group-open:before:border-x-[7px] group-open:before:border-t-[12px] group-open:before:border-b-0 group-open:before:border-x-transparent group-open:before:border-t-current",
          "hover:text-[#003078] focus:outline-3 focus:outline-transparent focus:bg-[#ffdd00] focus:text-[#0b0c0c] focus:shadow-[0_-2px_#ffdd00,0_4px_#0b0c0c]",
        )}
      >
        <span className="underline decoration-1 underline-offset-[0.15em] group-focus-within:no-underline">{summary}</span>
      </summary>
      <div className="mt-2 border-l-[5px] border-[#b1b4b6] py-4 pl-4">{children}</div>
    </details>
  );
}
