import { useId, type ReactNode } from "react";
import { blockFocus, cx } from "./styles";

export interface NotificationBannerProps {
  /** "important" (default, role="region") or "success" (role="alert", for the outcome of an action). */
  type?: "important" | "success";
  /** Banner title; defaults to "Important" / "Success". */
  title?: string;
  /** Optional bold heading inside the body. */
  heading?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/** GOV.UK notification banner. */
export function NotificationBanner({ type = "important", title, heading, children, className }: NotificationBannerProps) {
  const titleId = useId();
  const success = type === "success";
  return (
    <div
      role={success ? "alert" : "region"}
      aria-labelledby={titleId}
      tabIndex={success ? -1 : undefined}
      className={cx(
        "mb-8 border-[5px]",
        success ? "border-[#00703c] bg-[#00703c]" : "border-[#1d70b8] bg-[#1d70b8]",
        blockFocus,
        className,
      )}
    >
      <div className="px-4 pt-0.5 pb-1">
        <h2 id={titleId} className="m-0 font-bold text-white">
          {title ?? (success ? "Success" : "Important")}
        </h2>
      </div>
      <div className="bg-white p-4 text-[#0b0c0c] md:p-5">
        {heading ? <p className="mb-2 text-xl font-bold md:text-2xl">{heading}</p> : null}
        {children}
      </div>
    </div>
  );
}
