import type { ReactNode } from "react";

/** Text for screen readers only, e.g. the rest of a "Change" link's purpose. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="sr-only">{children}</span>;
}
