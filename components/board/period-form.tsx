import { Button, DateField, Select } from "@/components/ui";
import { ROLE_CATEGORY_LABEL } from "@/lib/requisitions/labels";
import { QUARTER_OPTIONS, financialYearOptions, type Period } from "@/lib/metrics/period";
import type { MetricFilterOptions } from "@/lib/metrics/options";
import type { MetricFilters } from "@/lib/metrics/scope";

/**
 * The period picker and filters: a plain GET form, so it works without JavaScript. The period type decides which
 * of the other period fields is read (a quarter uses the year and quarter, a year the year, your own dates the dates).
 */
export function PeriodForm({
  action,
  period,
  filters,
  options,
  errors,
}: {
  action: string;
  period: Period;
  filters: MetricFilters;
  options: MetricFilterOptions;
  errors: Record<string, string>;
}) {
  const years = financialYearOptions(period.asOf, Math.min(options.firstFinancialYear ?? period.fy ?? 2020, period.fy ?? 9999));
  return (
    <form method="get" action={action} className="no-print mb-8 border border-[#b1b4b6] p-4" aria-label="Choose the period and filters" noValidate>
      <fieldset className="mb-2">
        <legend className="mb-3 text-xl font-bold">Period</legend>
        <div className="flex flex-wrap items-end gap-x-6">
          <Select
            name="period"
            label="Period type"
            options={[
              { value: "quarter", label: "A quarter" },
              { value: "year", label: "A financial year" },
              { value: "custom", label: "Your own dates" },
            ]}
            defaultValue={period.kind}
            error={errors.period}
          />
          <Select name="fy" label="Financial year" options={years} defaultValue={period.fy !== null ? String(period.fy) : years[0]?.value} error={errors.fy} />
          <Select name="quarter" label="Quarter" options={QUARTER_OPTIONS} defaultValue={period.quarter !== null ? String(period.quarter) : undefined} error={errors.quarter} />
        </div>
        <div className="flex flex-wrap items-end gap-x-6">
          <DateField name="from" label="From (your own dates)" defaultValue={period.kind === "custom" ? period.start : undefined} error={errors.from} />
          <DateField name="to" label="To (your own dates)" defaultValue={period.kind === "custom" ? period.end : undefined} error={errors.to} />
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-3 text-xl font-bold">Filters</legend>
        <div className="flex flex-wrap items-end gap-x-6">
          <Select name="service" label="Service" options={options.services.map((s) => ({ value: s.id, label: s.name }))} placeholder="All services" defaultValue={filters.serviceId ?? ""} />
          <Select
            name="role"
            label="Role category"
            options={options.roleCategories.map((r) => ({ value: r, label: ROLE_CATEGORY_LABEL[r] }))}
            placeholder="All role categories"
            defaultValue={filters.roleCategory ?? ""}
          />
          <Select name="campaign" label="Campaign" options={options.campaigns.map((c) => ({ value: c.id, label: c.name }))} placeholder="All campaigns" defaultValue={filters.campaignId ?? ""} />
          <div className="mb-6 md:mb-8">
            <Button variant="secondary">Show figures</Button>
          </div>
        </div>
      </fieldset>
    </form>
  );
}
