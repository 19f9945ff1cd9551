import { useId } from "react";
import { FocusErrorSummary } from "./focus-error-summary";
import { blockFocus, cx, linkFocus } from "./styles";

export interface ErrorSummaryProps {
  /** `{ fieldName: message }`; each becomes a link to `#fieldName`. Empty messages are ignored. */
  errors?: Record<string, string | undefined> | null;
  /** An error that is not about a single field, shown above the list. */
  formError?: string | null;
  title?: string;
  /** Override the link target for a field (default: the field name, which is the input id). */
  hrefFor?: (field: string) => string;
  /** Focus the summary on load (autofocus attribute, works without JS) and on change (client). Default true. */
  autoFocus?: boolean;
}

/**
 * GOV.UK error summary. Renders nothing when there are no errors.
 * Put it at the top of the main content, before the `<h1>`, and prefix the
 * page `<title>` with "Error: ".
 */
export function ErrorSummary({
  errors,
  formError,
  title = "There is a problem",
  hrefFor,
  autoFocus = true,
}: ErrorSummaryProps) {
  const titleId = useId();
  const entries = Object.entries(errors ?? {}).filter((e): e is [string, string] => Boolean(e[1]));
  if (entries.length === 0 && !formError) return null;

  return (
    <div
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
      autoFocus={autoFocus}
      data-error-summary=""
      className={cx("mb-8 border-[5px] border-[#d4351c] bg-white p-4 text-[#0b0c0c] md:p-5", blockFocus)}
    >
      <h2 id={titleId} className="mb-4 text-xl font-bold md:text-2xl">
        {title}
      </h2>
      {formError ? <p className="mb-4">{formError}</p> : null}
      {entries.length > 0 ? (
        <ul className="space-y-2">
          {entries.map(([field, message]) => (
            <li key={field}>
              <a
                href={`#${hrefFor ? hrefFor(field) : field}`}
                className={cx("font-bold text-[#d4351c] underline decoration-1 underline-offset-[0.15em] hover:text-[#942514]", linkFocus)}
              >
                {message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {autoFocus ? <FocusErrorSummary trigger={JSON.stringify([formError, entries])} /> : null}
    </div>
  );
}
