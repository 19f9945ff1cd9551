import "server-only";
import type { Db } from "@/lib/db";
import type { IsoDate } from "@/lib/compliance/types";
import { tell, type EventMessage, type EventSubject, type NotificationKind } from "@/lib/notifications/rules";
import { londonToday } from "./clock";
import type { JobOptions, JobResult } from "./types";

/** One notification a job sends: its kind, who it is about (within the council) and what it says. */
export type Notice = { kind: NotificationKind; about: Omit<EventSubject, "councilId">; message: EventMessage };

/**
 * The loop every reminder job shares: council by council (or the one in `opts.councilId`), `gather` reads what is
 * due on `asOf` and says how many records it looked at; each notice is then told in a transaction of its own, so one
 * failure does not undo the others, and its dedupe key makes a second run the same day write nothing.
 */
export async function noticesPerCouncil(
  job: string,
  opts: JobOptions,
  client: Db,
  gather: (councilId: string, asOf: IsoDate) => Promise<{ considered: number; notices: Notice[] }>,
): Promise<JobResult> {
  const asOf = opts.asOf ?? londonToday();
  const councils = await client.council.findMany({ where: opts.councilId ? { id: opts.councilId } : {}, select: { id: true }, orderBy: { id: "asc" } });
  const result: JobResult = { job, asOf, considered: 0, due: 0, notificationsWritten: 0 };
  for (const council of councils) {
    const { considered, notices } = await gather(council.id, asOf);
    result.considered += considered;
    result.due += notices.length;
    for (const n of notices) {
      result.notificationsWritten += await client.$transaction((tx) => tell(tx, n.kind, { ...n.about, councilId: council.id }, n.message));
    }
  }
  return result;
}
