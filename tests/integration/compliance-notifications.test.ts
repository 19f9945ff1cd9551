/**
 * Notifications: the rules decide who is told; each person reads and marks only their own; the unread
 * count follows. Real PostgreSQL.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError, AuthError } from "@/lib/auth/errors";
import { listMyNotifications, safeLink, unreadNotificationCount } from "@/lib/notifications/queries";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mark-read";
import { recipients, tell, NOTIFICATION_RULES } from "@/lib/notifications/rules";
import { resetDatabase, viewerOf } from "./helpers";
import { complianceWorld, makeWorker, type World } from "./compliance-fixtures";

let w: World;
let other: World;
let worker: Awaited<ReturnType<typeof makeWorker>>;

beforeAll(async () => {
  await resetDatabase();
  w = await complianceWorld("luton");
  other = await complianceWorld("dudley");
  worker = await makeWorker(w.council.id, { firstName: "Wren" });
});

describe("who is told (lib/notifications/rules.ts)", () => {
  it("resolves each audience to active users of the council", async () => {
    expect((await recipients(db(), "agency", { councilId: w.council.id })).sort()).toEqual([w.agency.id, w.admin.id].sort());
    expect(await recipients(db(), "serviceManagers", { councilId: w.council.id, serviceIds: [w.asc.service.id] })).toEqual([w.ascManager.id]);
    expect(await recipients(db(), "worker", { councilId: w.council.id, candidateId: worker.profile.id })).toEqual([worker.user!.id]);
    // Another council's candidate id resolves to nobody.
    expect(await recipients(db(), "worker", { councilId: other.council.id, candidateId: worker.profile.id })).toEqual([]);
    const noAccount = await makeWorker(w.council.id, { withUser: false });
    expect(await recipients(db(), "worker", { councilId: w.council.id, candidateId: noAccount.profile.id })).toEqual([]);
  });

  it("tell() follows the rule for the kind, with each audience's link and wording, once per dedupe key", async () => {
    expect(NOTIFICATION_RULES["rtw.expired"].audiences).toEqual(["worker", "agency", "serviceManagers"]);
    const send = () =>
      tell(db(), "rtw.expired", { councilId: w.council.id, candidateId: worker.profile.id, serviceIds: [w.asc.service.id] }, {
        title: "Right to work expired: Wren", body: "For the team.", titles: { worker: "Your right to work has expired" }, bodies: { worker: "For you." },
        links: { worker: "/candidate", agency: "/agency/candidates/x" }, dedupeKey: "test:1",
      });
    expect(await send()).toBe(4);
    expect(await send()).toBe(0);
    const mine = await db().notification.findFirstOrThrow({ where: { userId: worker.user!.id } });
    expect(mine).toMatchObject({ title: "Your right to work has expired", body: "For you.", link: "/candidate" });
    const team = await db().notification.findFirstOrThrow({ where: { userId: w.agency.id } });
    expect(team).toMatchObject({ title: "Right to work expired: Wren", body: "For the team.", link: "/agency/candidates/x" });
    const manager = await db().notification.findFirstOrThrow({ where: { userId: w.ascManager.id } });
    expect(manager.link).toBeNull();
  });
});

describe("reading and marking (own notifications only)", () => {
  it("lists only the viewer's own, newest first, with the unread count", async () => {
    await db().notification.create({ data: { councilId: w.council.id, userId: w.agency.id, kind: "x", title: "Older", body: "b", createdAt: new Date("2026-11-01T09:00:00Z") } });
    const v = await viewerOf(w.agency.id);
    const page = await listMyNotifications(v);
    expect(page.rows.map((r) => r.title)).toEqual(["Right to work expired: Wren", "Older"]);
    expect(page.unread).toBe(2);
    expect(await unreadNotificationCount(v)).toBe(2);
    expect((await listMyNotifications(await viewerOf(w.admin.id))).rows.map((r) => r.title)).toEqual(["Right to work expired: Wren"]);
    expect((await listMyNotifications(await viewerOf(other.agency.id))).total).toBe(0);
    await expect(unreadNotificationCount(null)).rejects.toBeInstanceOf(AuthError);
  });

  it("marks one as read; someone else's is not found and stays unread", async () => {
    const v = await viewerOf(w.agency.id);
    const [first] = (await listMyNotifications(v)).rows;
    await markNotificationRead(v, first.id);
    await markNotificationRead(v, first.id); // again: no error
    expect(await unreadNotificationCount(v)).toBe(1);
    const adminsOwn = await db().notification.findFirstOrThrow({ where: { userId: w.admin.id } });
    await expect(markNotificationRead(v, adminsOwn.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().notification.findUniqueOrThrow({ where: { id: adminsOwn.id } })).readAt).toBeNull();
    expect((await listMyNotifications(v, { filter: "unread" })).rows.map((r) => r.title)).toEqual(["Older"]);
  });

  it("marks all of the viewer's own as read, nobody else's", async () => {
    const v = await viewerOf(w.agency.id);
    expect(await markAllNotificationsRead(v)).toBe(1);
    expect(await unreadNotificationCount(v)).toBe(0);
    expect(await unreadNotificationCount(await viewerOf(w.admin.id))).toBe(1);
  });

  it("only same-site links are shown", () => {
    expect(safeLink("/agency/placements/abc")).toBe("/agency/placements/abc");
    expect(safeLink("https://evil.example/")).toBeNull();
    expect(safeLink("//evil.example/")).toBeNull();
    expect(safeLink("javascript:alert(1)")).toBeNull();
    expect(safeLink(null)).toBeNull();
  });
});
