import { Tag, type TagColour } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { DISAGREEMENT_STATE_LABEL, type Ir35DisagreementView, type Ir35View } from "@/lib/applications/ir35-view";

const STATE_COLOUR: Record<Ir35DisagreementView["state"], TagColour> = { open: "blue", answered: "green", overdue: "red" };

/** The status determination in one line: conclusion, date and reasons. */
export function ir35DeterminationText(ir35: Ir35View): string {
  return `${ir35.status === "INSIDE" ? "Inside IR35" : "Outside IR35"}, ${formatDate(ir35.determinedOn)}: ${ir35.reasons}`;
}

/** A worker's disagreement: its state (open / answered / overdue), the respond-by deadline and the answer. */
export function Ir35Disagreement({ disagreement: g }: { disagreement: Ir35DisagreementView }) {
  return (
    <>
      <p className="mb-2">
        <Tag colour={STATE_COLOUR[g.state]}>{DISAGREEMENT_STATE_LABEL[g.state]}</Tag>
      </p>
      <p className="mb-2">
        Received {formatDate(g.receivedOn)}. Respond by <strong>{formatDate(g.respondBy)}</strong> (45 calendar days, counting the day received).
      </p>
      <p className={g.response ? "mb-2" : ""}>{g.summary}</p>
      {g.response ? <p>Response: {g.response}</p> : null}
    </>
  );
}
