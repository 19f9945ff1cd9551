import type { RoleCategory } from "@/lib/generated/prisma/enums";

/**
 * Filters of the public vacancy board, read from the query string. Anything unrecognised is dropped, so
 * a hand-edited URL can never reach the database as anything but a known value.
 */
export const FULL_TIME_HOURS = 35;

export const ROLE_CATEGORIES: readonly RoleCategory[] = [
  "SOCIAL_CARE", "ADULT_SOCIAL_WORK", "CHILD_FAMILY_SOCIAL_WORK", "PROFESSIONAL", "ADMIN", "OPERATIONAL", "MANAGEMENT",
];

/** Minimum hourly pay bands offered by the pay filter, in pence. */
export const PAY_BANDS = [1200, 1500, 2000, 2500, 3000, 4000] as const;

export type HoursFilter = "full" | "part";

export type VacancyFilters = {
  q?: string;
  serviceId?: string;
  roleCategory?: RoleCategory;
  hours?: HoursFilter;
  /** vacancies that can pay at least this much an hour (pence) */
  minPayPence?: number;
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

export function parseVacancyFilters(sp: Record<string, string | string[] | undefined>): VacancyFilters {
  const out: VacancyFilters = {};
  const q = one(sp.q).slice(0, 100);
  if (q) out.q = q;
  const service = one(sp.service);
  if (/^[a-z0-9]{1,40}$/i.test(service)) out.serviceId = service;
  const category = one(sp.category);
  if ((ROLE_CATEGORIES as readonly string[]).includes(category)) out.roleCategory = category as RoleCategory;
  const hours = one(sp.hours);
  if (hours === "full" || hours === "part") out.hours = hours;
  const pay = Number(one(sp.pay));
  if ((PAY_BANDS as readonly number[]).includes(pay)) out.minPayPence = pay;
  return out;
}

/** The query string for a set of filters (and a page), for links that keep the search. */
export function vacancyFilterParams(f: VacancyFilters, page?: number): URLSearchParams {
  const p = new URLSearchParams();
  if (f.q) p.set("q", f.q);
  if (f.serviceId) p.set("service", f.serviceId);
  if (f.roleCategory) p.set("category", f.roleCategory);
  if (f.hours) p.set("hours", f.hours);
  if (f.minPayPence) p.set("pay", String(f.minPayPence));
  if (page && page > 1) p.set("page", String(page));
  return p;
}

export function hasFilters(f: VacancyFilters): boolean {
  return Boolean(f.q || f.serviceId || f.roleCategory || f.hours || f.minPayPence);
}
