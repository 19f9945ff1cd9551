import type { ReactNode } from "react";
import { cx } from "./styles";

/** GOV.UK inset text: a quote, example or note set apart from the content around it. */
export function InsetText({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cx("my-6 border-l-[10px] border-[#b1b4b6] p-4 text-[#0b0c0c]", className)}>{children}</div>;
}
