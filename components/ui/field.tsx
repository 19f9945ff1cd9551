import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { parseIsoDate, penceToPoundsInput, toIsoDate } from "@/lib/format";
import { cx, hintClass, inputFocus } from "./styles";

/*
 * GOV.UK form fields. Conventions shared by every component here:
 * - the control's id is `id ?? name`, so the error summary can link to `#name`;
 *   for radios/checkboxes the FIRST option has that id, for DateInput the day box does;
 * - hint id `${id}-hint`, error id `${id}-error`, both wired via aria-describedby;
 * - error message has a visually hidden "Error:" prefix and the group gets a red left border;
 * - `required` sets the native attribute (exposed to assistive tech). Put `noValidate`
 *   on the `<form>` so the server's GOV.UK-style messages are used instead of browser pop-ups.
 */

export type FieldWidth =
  | "full"
  | "three-quarters"
  | "two-thirds"
  | "one-half"
  | "one-third"
  | "one-quarter"
  | 30
  | 20
  | 10
  | 5
  | 4
  | 3
  | 2;

const widthClasses: Record<string, string> = {
  full: "w-full",
  "three-quarters": "w-full md:w-3/4",
  "two-thirds": "w-full md:w-2/3",
  "one-half": "w-full md:w-1/2",
  "one-third": "w-full md:w-1/3",
  "one-quarter": "w-full md:w-1/4",
  "30": "w-full max-w-[59ex]",
  "20": "w-full max-w-[41ex]",
  "10": "w-full max-w-[23ex]",
  "5": "w-full max-w-[10.8ex]",
  "4": "w-full max-w-[9ex]",
  "3": "w-full max-w-[7.2ex]",
  "2": "w-full max-w-[5.4ex]",
};

export interface FieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  /** Appends " (optional)" to the label (GOV.UK marks optional fields, not required ones). */
  optional?: boolean;
  autoComplete?: string;
  width?: FieldWidth;
  /** Defaults to `name`. */
  id?: string;
}

function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const s = ids.filter(Boolean).join(" ");
  return s || undefined;
}

const controlBase = "block rounded-none bg-white text-[#0b0c0c] scroll-mt-24 disabled:opacity-50";

function controlBorder(error: unknown): string {
  return error ? "border-2 border-[#d4351c] focus:border-[#0b0c0c]" : "border-2 border-[#0b0c0c]";
}

// ---------------------------------------------------------------------------
// Building blocks

export function FormGroup({ error, children, className }: { error?: unknown; children: ReactNode; className?: string }) {
  return (
    <div className={cx("mb-6 md:mb-8", Boolean(error) && "border-l-[5px] border-[#d4351c] pl-[15px]", className)}>
      {children}
    </div>
  );
}

export function Label({ htmlFor, children, optional }: { htmlFor: string; children: ReactNode; optional?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="mb-1 block font-bold text-[#0b0c0c]">
      {children}
      {optional ? " (optional)" : null}
    </label>
  );
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className={hintClass}>
      {children}
    </div>
  );
}

export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mb-2 block font-bold text-[#d4351c]">
      <span className="sr-only">Error: </span>
      {children}
    </p>
  );
}

export interface FieldsetProps {
  legend: ReactNode;
  children: ReactNode;
  describedBy?: string;
  optional?: boolean;
  /** "group" for date inputs (as GOV.UK does). */
  role?: "group";
  /** Render the legend as the page's h1. */
  legendAsHeading?: boolean;
}

export function Fieldset({ legend, children, describedBy: ariaDescribedBy, optional, role, legendAsHeading }: FieldsetProps) {
  const content = (
    <>
      {legend}
      {optional ? " (optional)" : null}
    </>
  );
  return (
    <fieldset role={role} aria-describedby={ariaDescribedBy} className="m-0 min-w-0 border-0 p-0">
      <legend className={cx("mb-2 font-bold text-[#0b0c0c]", legendAsHeading && "text-3xl md:text-4xl")}>
        {legendAsHeading ? <h1 className="m-0 text-inherit">{content}</h1> : content}
      </legend>
      {children}
    </fieldset>
  );
}

// ---------------------------------------------------------------------------
// One labelled control: label, hint and error above it, tied to it by id and aria-describedby.

interface ControlAttributes {
  id: string;
  name: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
}

function LabelledControl({
  name,
  id: idProp,
  label,
  hint,
  error,
  optional,
  describedBy: extra,
  children,
}: Pick<FieldProps, "name" | "id" | "label" | "hint" | "error" | "optional"> & {
  /** ids of further descriptions the caller adds */
  describedBy?: string;
  children: (control: ControlAttributes) => ReactNode;
}) {
  const id = idProp ?? name;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <FormGroup error={error}>
      <Label htmlFor={id} optional={optional}>
        {label}
      </Label>
      {hint ? <Hint id={hintId!}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
      {children({ id, name, "aria-describedby": describedBy(hintId, errorId, extra), "aria-invalid": error ? true : undefined })}
    </FormGroup>
  );
}

/** A field's props in two: those LabelledControl draws, and the rest for the control itself. */
function splitField<P extends FieldProps>({ name, id, label, hint, error, optional, ...rest }: P) {
  return [{ name, id, label, hint, error, optional }, rest] as const;
}

// ---------------------------------------------------------------------------
// Text input

type NativeInputProps = Omit<
  ComponentPropsWithoutRef<"input">,
  "name" | "id" | "type" | "defaultValue" | "value" | "required" | "autoComplete" | "width" | "prefix" | "children"
>;

export interface TextInputProps extends FieldProps, NativeInputProps {
  type?: "text" | "email" | "tel" | "url" | "password" | "search" | "number";
  defaultValue?: string | number | null;
  /** Shown before the input, e.g. "£". Hidden from assistive tech: say the unit in the label or hint. */
  prefix?: string;
  /** Shown after the input, e.g. "an hour". Hidden from assistive tech. */
  suffix?: string;
}

function Affix({ children, side }: { children: ReactNode; side: "prefix" | "suffix" }) {
  return (
    <div
      aria-hidden="true"
      className={cx(
        "flex h-10 shrink-0 items-center border-2 border-[#0b0c0c] bg-[#f3f2f1] px-2 text-[#0b0c0c]",
        side === "prefix" ? "border-r-0" : "border-l-0",
      )}
    >
      {children}
    </div>
  );
}

export function TextInput(props: TextInputProps) {
  const [field, { required, autoComplete, width = "full", type = "text", defaultValue, prefix, suffix, className, ...rest }] = splitField(props);
  return (
    <LabelledControl {...field} describedBy={rest["aria-describedby"]}>
      {(control) => {
        const input = (
          <input
            {...rest}
            {...control}
            type={type}
            defaultValue={defaultValue ?? undefined}
            required={required}
            autoComplete={autoComplete}
            className={cx(controlBase, "h-10 min-w-0 px-1", controlBorder(field.error), inputFocus, widthClasses[String(width)], className)}
          />
        );
        return prefix || suffix ? (
          <div className="flex items-stretch">
            {prefix ? <Affix side="prefix">{prefix}</Affix> : null}
            {input}
            {suffix ? <Affix side="suffix">{suffix}</Affix> : null}
          </div>
        ) : (
          input
        );
      }}
    </LabelledControl>
  );
}

// ---------------------------------------------------------------------------
// Money input: "£" prefix, decimal keypad, value in pounds.

export interface MoneyInputProps extends Omit<TextInputProps, "type" | "defaultValue" | "prefix"> {
  /** A string is shown as typed (re-populating after an error); a number/bigint is pence (1850 → "18.50"). */
  defaultValue?: string | number | bigint | null;
}

export function MoneyInput({ defaultValue, width = 10, ...props }: MoneyInputProps) {
  const value = typeof defaultValue === "string" ? defaultValue : penceToPoundsInput(defaultValue);
  return (
    <TextInput
      {...props}
      type="text"
      inputMode="decimal"
      spellCheck={false}
      prefix="£"
      width={width}
      defaultValue={value}
    />
  );
}

// ---------------------------------------------------------------------------
// Textarea

type NativeTextAreaProps = Omit<
  ComponentPropsWithoutRef<"textarea">,
  "name" | "id" | "defaultValue" | "value" | "required" | "autoComplete" | "children"
>;

export interface TextAreaProps extends FieldProps, NativeTextAreaProps {
  defaultValue?: string | null;
}

export function TextArea(props: TextAreaProps) {
  const [field, { required, autoComplete, width = "full", defaultValue, rows = 5, className, ...rest }] = splitField(props);
  return (
    <LabelledControl {...field} describedBy={rest["aria-describedby"]}>
      {(control) => (
        <textarea
          {...rest}
          {...control}
          rows={rows}
          defaultValue={defaultValue ?? undefined}
          required={required}
          autoComplete={autoComplete}
          className={cx(controlBase, "resize-y p-1", controlBorder(field.error), inputFocus, widthClasses[String(width)], className)}
        />
      )}
    </LabelledControl>
  );
}

// ---------------------------------------------------------------------------
// Select

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

type NativeSelectProps = Omit<
  ComponentPropsWithoutRef<"select">,
  "name" | "id" | "defaultValue" | "value" | "required" | "autoComplete" | "children" | "multiple"
>;

export interface SelectProps extends FieldProps, NativeSelectProps {
  options: SelectOption[];
  defaultValue?: string | null;
  /** Adds a first option with value "" and this text, e.g. "Choose a role". */
  placeholder?: string;
}

export function Select(props: SelectProps) {
  const [field, { required, autoComplete, width, options, defaultValue, placeholder, className, ...rest }] = splitField(props);
  return (
    <LabelledControl {...field} describedBy={rest["aria-describedby"]}>
      {(control) => (
        <select
          {...rest}
          {...control}
          // React sets a select's default only when it mounts, and React 19 resets a form after its
          // action runs: remounting on a new default keeps the chosen option after a validation error.
          key={Array.isArray(defaultValue) ? defaultValue.join("\u0000") : String(defaultValue ?? "")}
          defaultValue={defaultValue ?? (placeholder !== undefined ? "" : undefined)}
          required={required}
          autoComplete={autoComplete}
          className={cx(
            controlBase,
            "h-10 min-w-[11.5em] max-w-full px-1",
            controlBorder(field.error),
            inputFocus,
            width ? widthClasses[String(width)] : "w-auto",
            className,
          )}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </LabelledControl>
  );
}

// ---------------------------------------------------------------------------
// Checkboxes and radios

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
}

interface ChoiceGroupProps extends Omit<FieldProps, "autoComplete" | "width"> {
  options: ChoiceOption[];
  /** Lay options out in a row (only for 2 short options). */
  inline?: boolean;
  /** Render the legend as the page's h1 (single-question pages). */
  legendAsHeading?: boolean;
}

export interface CheckboxesProps extends ChoiceGroupProps {
  /** Checked value(s). */
  defaultValue?: string[] | string | null;
}

export interface RadiosProps extends ChoiceGroupProps {
  defaultValue?: string | null;
}

/** id for option i: the first option gets the field id (error summary target), then `${id}-2`, `${id}-3`… */
function optionId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index + 1}`;
}

const choiceInputBase =
  "peer relative m-0 h-10 w-10 shrink-0 cursor-pointer appearance-none border-2 border-[#0b0c0c] bg-white focus:border-4 focus:shadow-[0_0_0_3px_#ffdd00] focus:outline-3 focus:outline-offset-1 focus:outline-transparent disabled:cursor-not-allowed disabled:opacity-50 scroll-mt-24";

function ChoiceGroup({
  kind,
  name,
  label,
  hint,
  error,
  required,
  optional,
  id: idProp,
  options,
  inline,
  legendAsHeading,
  checked,
}: ChoiceGroupProps & { kind: "checkbox" | "radio"; checked: (value: string) => boolean }) {
  const id = idProp ?? name;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <FormGroup error={error}>
      <Fieldset legend={label} optional={optional} describedBy={describedBy(hintId, errorId)} legendAsHeading={legendAsHeading}>
        {hint ? <Hint id={hintId!}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
        <div className={cx(inline ? "flex flex-wrap gap-x-6" : "block")}>
          {options.map((o, i) => {
            const oid = optionId(id, i);
            const ohint = o.hint ? `${oid}-item-hint` : undefined;
            return (
              <div key={o.value} className="relative mb-2 flex items-start">
                <input
                  id={oid}
                  name={name}
                  type={kind}
                  value={o.value}
                  defaultChecked={checked(o.value)}
                  disabled={o.disabled}
                  // Native `required` on every radio means "one of the group"; on checkboxes it would mean "each".
                  required={kind === "radio" ? required : undefined}
                  aria-describedby={ohint}
                  className={cx(choiceInputBase, kind === "radio" && "rounded-full")}
                />
                {kind === "checkbox" ? (
                  <svg
                    aria-hidden="true"
                    focusable="false"
                    viewBox="0 0 40 40"
                    className="pointer-events-none absolute top-0 left-0 hidden h-10 w-10 text-[#0b0c0c] peer-checked:block"
                  >
                    <path d="M10 20.5l7 7 13-14" fill="none" stroke="currentColor" strokeWidth="5" />
                  </svg>
                ) : (
                  <span
                    aria-hidden="true"
                    className="pointer-events-none absolute top-[10px] left-[10px] hidden h-0 w-0 rounded-full border-[10px] border-[#0b0c0c] peer-checked:block"
                  />
                )}
                <div className="px-3 pt-[7px]">
                  <label htmlFor={oid} className="block cursor-pointer text-[#0b0c0c]">
                    {o.label}
                  </label>
                  {o.hint ? (
                    <div id={ohint} className="text-[#505a5f]">
                      {o.hint}
                    </div>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}

export function Checkboxes({ defaultValue, ...props }: CheckboxesProps) {
  const set = new Set(Array.isArray(defaultValue) ? defaultValue : defaultValue ? [defaultValue] : []);
  return <ChoiceGroup {...props} kind="checkbox" checked={(v) => set.has(v)} />;
}

export function Radios({ defaultValue, ...props }: RadiosProps) {
  return <ChoiceGroup {...props} kind="radio" checked={(v) => v === defaultValue} />;
}

// ---------------------------------------------------------------------------
// Date input: three boxes named `${name}-day`, `${name}-month`, `${name}-year`.

export interface DateParts {
  day?: string;
  month?: string;
  year?: string;
}

export interface DateInputProps extends Omit<FieldProps, "width"> {
  /** "YYYY-MM-DD", a Date, or the raw parts the user typed (re-populating after an error). */
  defaultValue?: string | Date | DateParts | null;
  /** Which boxes to highlight when there is an error (default: all). */
  errorParts?: Array<keyof DateParts>;
  legendAsHeading?: boolean;
}

function partsFromValue(value: DateInputProps["defaultValue"]): DateParts {
  if (!value) return {};
  if (typeof value === "string" || value instanceof Date) {
    const iso = toIsoDate(value);
    if (!iso) return {};
    const [y, m, d] = iso.split("-");
    return { day: String(Number(d)), month: String(Number(m)), year: y };
  }
  return value;
}

export function DateInput({
  name,
  label,
  hint,
  error,
  required,
  optional,
  autoComplete,
  id: idProp,
  defaultValue,
  errorParts,
  legendAsHeading,
}: DateInputProps) {
  const id = idProp ?? name;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const values = partsFromValue(defaultValue);
  const bday = autoComplete === "bday";
  const boxes: Array<{ part: keyof DateParts; label: string; width: string; autoComplete?: string }> = [
    { part: "day", label: "Day", width: "w-[5.4ex]", autoComplete: bday ? "bday-day" : undefined },
    { part: "month", label: "Month", width: "w-[5.4ex]", autoComplete: bday ? "bday-month" : undefined },
    { part: "year", label: "Year", width: "w-[9ex]", autoComplete: bday ? "bday-year" : undefined },
  ];
  return (
    <FormGroup error={error}>
      <Fieldset legend={label} optional={optional} role="group" describedBy={describedBy(hintId, errorId)} legendAsHeading={legendAsHeading}>
        {hint ? <Hint id={hintId!}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={errorId!}>{error}</ErrorMessage> : null}
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {boxes.map(({ part, label: partLabel, width, autoComplete: ac }) => {
            // The day box carries the field id so error-summary links (#name) land on it.
            const boxId = part === "day" ? id : `${id}-${part}`;
            const inError = Boolean(error) && (!errorParts || errorParts.includes(part));
            return (
              <div key={part}>
                <label htmlFor={boxId} className="mb-1 block text-[#0b0c0c]">
                  {partLabel}
                </label>
                <input
                  id={boxId}
                  name={`${name}-${part}`}
                  type="text"
                  inputMode="numeric"
                  spellCheck={false}
                  autoComplete={ac}
                  required={required}
                  defaultValue={values[part] ?? ""}
                  aria-invalid={inError ? true : undefined}
                  className={cx(controlBase, "h-10 px-1", controlBorder(inError), inputFocus, width)}
                />
              </div>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** "11", "Nov", "nov", "November", "Sept" → 11 etc.; null if not a month. */
function parseMonth(raw: string): number | null {
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  const word = raw.toLowerCase().replace(/\.$/, "");
  if (word === "sept") return 9;
  const i = MONTHS.findIndex((m) => word === m || word === m.slice(0, 3));
  return i === -1 ? null : i + 1;
}

type FormSource = FormData | Record<string, string | string[] | undefined | null>;

function readString(source: FormSource, key: string): string {
  const v = source instanceof FormData ? source.get(key) : source[key];
  if (Array.isArray(v)) return typeof v[0] === "string" ? v[0].trim() : "";
  return typeof v === "string" ? v.trim() : "";
}

/** The raw, trimmed day/month/year strings posted by a DateInput (for re-populating it). */
export function readDateInputParts(source: FormSource, name: string): Required<DateParts> {
  return {
    day: readString(source, `${name}-day`),
    month: readString(source, `${name}-month`),
    year: readString(source, `${name}-year`),
  };
}

/**
 * Read a DateInput from FormData: "YYYY-MM-DD", or null if any box is empty or
 * the date is not real. Accepts month names ("Nov", "november") as GOV.UK advises.
 */
export function readDateInput(source: FormSource, name: string): string | null {
  const { day, month, year } = readDateInputParts(source, name);
  if (!/^\d{1,2}$/.test(day) || !/^\d{4}$/.test(year)) return null;
  const m = parseMonth(month);
  if (m === null || m < 1 || m > 12) return null;
  const iso = `${year}-${String(m).padStart(2, "0")}-${day.padStart(2, "0")}`;
  return parseIsoDate(iso) ? iso : null;
}

// ---------------------------------------------------------------------------
// Native date picker: <input type="date"> (value "YYYY-MM-DD").

export interface DateFieldProps extends Omit<FieldProps, "width"> {
  defaultValue?: string | Date | null;
  /** "YYYY-MM-DD" or Date */
  min?: string | Date;
  max?: string | Date;
}

export function DateField({ name, label, hint, error, required, optional, autoComplete, id, defaultValue, min, max }: DateFieldProps) {
  return (
    <LabelledControl name={name} id={id} label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <input
          {...control}
          type="date"
          defaultValue={defaultValue ? (toIsoDate(defaultValue) ?? undefined) : undefined}
          min={min ? (toIsoDate(min) ?? undefined) : undefined}
          max={max ? (toIsoDate(max) ?? undefined) : undefined}
          required={required}
          autoComplete={autoComplete}
          className={cx(controlBase, "h-10 px-1", controlBorder(error), inputFocus)}
        />
      )}
    </LabelledControl>
  );
}

// ---------------------------------------------------------------------------
// File upload. (File inputs cannot have a default value.) A <form> whose
// action is a server action is sent as multipart/form-data automatically.

export interface FileUploadProps extends Omit<FieldProps, "autoComplete" | "width"> {
  /** e.g. ".pdf,.jpg,.png" or "application/pdf" */
  accept?: string;
  multiple?: boolean;
}

export function FileUpload({ name, label, hint, error, required, optional, id, accept, multiple }: FileUploadProps) {
  return (
    <LabelledControl name={name} id={id} label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <input
          {...control}
          type="file"
          accept={accept}
          multiple={multiple}
          required={required}
          className={cx(
            "block max-w-full scroll-mt-24 text-[#0b0c0c] focus:outline-3 focus:outline-offset-2 focus:outline-[#ffdd00] focus:shadow-[0_0_0_7px_#0b0c0c]",
            "file:mr-3 file:cursor-pointer file:rounded-none file:border-0 file:bg-[#f3f2f1] file:px-3 file:py-2 file:text-[#0b0c0c] file:shadow-[0_2px_0_#929191] hover:file:bg-[#dbdad9]",
            error && "border-2 border-[#d4351c] p-1",
          )}
        />
      )}
    </LabelledControl>
  );
}
