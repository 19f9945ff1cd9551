"use client";
import { useActionState, useState, type FormEvent, type ReactNode } from "react";
import { Button, ErrorSummary, FileUpload, Select } from "@/components/ui";
import { DOCUMENT_KIND_LABEL, UPLOADABLE_KINDS } from "@/lib/candidates/labels";
import { initialFormState } from "@/lib/forms";
import { deleteDocumentAction, uploadDocumentAction } from "./actions";

const MAX_BYTES = 10 * 1024 * 1024;

/**
 * The documents page around its server-rendered content: the page title and error summary at the top,
 * the content, then the upload form (so the GOV.UK error pattern works with and without JavaScript).
 */
export function DocumentsPageForms({ children }: { children: ReactNode }) {
  const [state, action, pending] = useActionState(uploadDocumentAction, initialFormState);
  // With JavaScript, a file that is too big is caught before it is sent (the server checks again).
  const [tooBig, setTooBig] = useState(false);
  const onSubmit = (ev: FormEvent<HTMLFormElement>) => {
    const input = ev.currentTarget.elements.namedItem("file") as HTMLInputElement | null;
    const big = Boolean(input?.files?.[0] && input.files[0].size > MAX_BYTES);
    setTooBig(big);
    if (big) ev.preventDefault();
  };
  const e = tooBig ? { file: "The selected file must be smaller than 10 MB" } : (state.fieldErrors ?? {});
  const hasErrors = Boolean(tooBig || state.fieldErrors || state.formError);
  return (
    <>
      <title>{`${hasErrors ? "Error: " : ""}Documents and checks – Connect2 portal`}</title>
      <ErrorSummary errors={e} formError={tooBig ? undefined : state.formError} />
      {children}
      <form action={action} onSubmit={onSubmit} noValidate className="max-w-2xl">
        <Select
          name="kind"
          label="What is the document?"
          placeholder="Choose the type of document"
          options={UPLOADABLE_KINDS.map((k) => ({ value: k, label: DOCUMENT_KIND_LABEL[k] }))}
          defaultValue={state.values?.kind ?? ""}
          error={e.kind}
        />
        <FileUpload
          name="file"
          label="Upload a file"
          hint="A PDF, JPG or PNG, smaller than 10 MB. A clear photo taken with your phone is fine."
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          error={e.file}
        />
        <Button disabled={pending}>Upload document</Button>
      </form>
    </>
  );
}

export function RemoveDocumentButton({ documentId, filename }: { documentId: string; filename: string }) {
  const [state, action, pending] = useActionState(deleteDocumentAction, initialFormState);
  return (
    <form action={action}>
      <input type="hidden" name="documentId" value={documentId} />
      {state.formError ? (
        <p role="alert" className="mb-2 font-bold text-[#d4351c]">
          {state.formError}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="cursor-pointer text-[#1d70b8] underline hover:text-[#003078] focus:bg-[#ffdd00] focus:text-[#0b0c0c] focus:outline-none"
      >
        Remove<span className="sr-only"> {filename}</span>
      </button>
    </form>
  );
}
