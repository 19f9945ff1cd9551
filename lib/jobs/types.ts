import type { IsoDate } from "@/lib/compliance/types";

/** What a job run did, for logs, the run-once script and tests. Counts only: no personal data. */
export type JobResult = {
  job: string;
  asOf: IsoDate;
  /** records the job looked at */
  considered: number;
  /** of those, how many were due (an alert, a reminder, an anonymisation …) */
  due: number;
  /** notifications actually written (0 on a second run: dedupe keys) */
  notificationsWritten: number;
  /** anything else worth counting, e.g. { anonymised: 2, filesDeleted: 3 } */
  counts?: Record<string, number>;
};

export type JobOptions = {
  /** the day the job runs for (default: today in London) */
  asOf?: IsoDate;
  /** only this council (default: every council) */
  councilId?: string;
};
