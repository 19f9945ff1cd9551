import { Fieldset, TextInput } from "@/components/ui";
import { formatDate } from "@/lib/format";
import type { WeekDay } from "@/lib/timesheets/candidate-queries";

/** One hours box per day, Monday to Sunday. Days outside the placement or still to come cannot be filled in. */
export function HoursFields({
  days,
  values,
  errors,
}: {
  days: WeekDay[];
  values?: Record<string, string>;
  errors: Record<string, string | undefined>;
}) {
  return (
    <Fieldset legend={<span className="text-xl">Hours worked each day</span>}>
      <p className="mb-4 text-[#505a5f]">
        Enter hours as a number, like 7.5 for seven and a half hours. Leave a day empty if you did not work. Do not include unpaid breaks.
      </p>
      {days.map((d) => {
        const closed = !d.inPlacement || d.future;
        return (
          <TextInput
            key={d.key}
            name={d.key}
            label={`${d.name} ${formatDate(d.date).replace(/ \d{4}$/, "")}`}
            hint={!d.inPlacement ? "Not part of your placement" : d.future ? "This day has not happened yet" : undefined}
            inputMode="decimal"
            spellCheck={false}
            autoComplete="off"
            suffix="hours"
            width={4}
            disabled={closed}
            defaultValue={closed ? "" : (values?.[d.key] ?? d.hours)}
            error={errors[d.key]}
          />
        );
      })}
    </Fieldset>
  );
}
