// Shared by every portal: see app/_lib/load.ts.
export * from "@/app/_lib/load";
