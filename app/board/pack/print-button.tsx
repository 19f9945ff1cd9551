"use client";
import { Button } from "@/components/ui";

/** Opens the browser's print dialog (the page also prints with the browser's own Print command). */
export function PrintButton() {
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()}>
      Print the board pack
    </Button>
  );
}
