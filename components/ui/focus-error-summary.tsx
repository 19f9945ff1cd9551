"use client";

import { useEffect } from "react";

/**
 * Moves focus to the error summary (`[data-error-summary]`) when it mounts, and
 * again whenever `trigger` changes (for example a new `useActionState` result),
 * so screen reader users hear the errors. Renders nothing.
 */
export function FocusErrorSummary({ trigger }: { trigger?: unknown }) {
  useEffect(() => {
    const el = document.querySelector<HTMLElement>("[data-error-summary]");
    if (el && document.activeElement !== el) {
      el.focus();
      el.scrollIntoView?.({ block: "start" });
    }
  }, [trigger]);
  return null;
}
