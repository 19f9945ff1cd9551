import type { ReactNode } from "react";
import { cx } from "./styles";

export type TagColour =
  | "grey"
  | "green"
  | "turquoise"
  | "blue"
  | "light-blue"
  | "purple"
  | "pink"
  | "red"
  | "orange"
  | "yellow";

// GOV.UK Frontend v5 tag palette: every pair has a contrast ratio above 4.5:1.
const colours: Record<TagColour, string> = {
  grey: "bg-[#e5e6e7] text-[#383f43]",
  green: "bg-[#cce2d8] text-[#005a30]",
  turquoise: "bg-[#d4ecea] text-[#10403c]",
  blue: "bg-[#bbd4ea] text-[#0c2d4a]",
  "light-blue": "bg-[#e8f1f8] text-[#0c2d4a]",
  purple: "bg-[#efdfed] text-[#491644]",
  pink: "bg-[#f9e1ec] text-[#6b1c40]",
  red: "bg-[#f4cdc6] text-[#2a0b06]",
  orange: "bg-[#fcd6c3] text-[#6e3619]",
  yellow: "bg-[#fff7bf] text-[#594d00]",
};

export interface TagProps {
  /** The status text. Colour only reinforces it; the text must say what the status is. */
  children: ReactNode;
  colour?: TagColour;
  className?: string;
}

/** Status tag, e.g. <Tag colour="green">Approved</Tag>. */
export function Tag({ children, colour = "blue", className }: TagProps) {
  return (
    <strong className={cx("inline-block max-w-[10rem] px-2 pt-0.5 pb-[3px] font-normal leading-tight break-words md:max-w-none", colours[colour], className)}>
      {children}
    </strong>
  );
}
