/**
 * Shared Tailwind class strings for the GOV.UK-style components.
 * Colours: text #0b0c0c, secondary text #505a5f, link #1d70b8 (hover #003078),
 * error #d4351c, success #00703c, focus #ffdd00 (always paired with black so the
 * indicator has enough contrast), borders #b1b4b6.
 *
 * Class names are written out in full so Tailwind's scanner can find them.
 */

/** Join class names, skipping falsy values. */
export function cx(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(" ");
}

/** Yellow focus background with a black underline, as on GOV.UK links. */
export const linkFocus =
  "focus:outline-3 focus:outline-transparent focus:bg-[#ffdd00] focus:text-[#0b0c0c] focus:no-underline focus:shadow-[0_-2px_#ffdd00,0_4px_#0b0c0c] focus:[box-decoration-break:clone]";

/** Standard blue link. */
export const linkClass = cx(
  "text-[#1d70b8] underline decoration-1 underline-offset-[0.15em] hover:text-[#003078] hover:decoration-[3px]",
  linkFocus,
);

/** Yellow outline plus a black inset border thickening, as on GOV.UK inputs. */
export const inputFocus =
  "focus:outline-3 focus:outline-offset-0 focus:outline-[#ffdd00] focus:shadow-[inset_0_0_0_2px_#0b0c0c]";

/** Focus for non-interactive containers given tabIndex (error summary, scroll regions). */
export const blockFocus = "focus:outline-3 focus:outline-offset-0 focus:outline-[#ffdd00]";

export const hintClass = "mb-2 block text-[#505a5f]";
