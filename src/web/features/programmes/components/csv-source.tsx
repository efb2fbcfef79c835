import { useId, useState } from "react";
import { IMPORT_MAX_CHARS } from "../../../../domain/programmes/import-limits";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { fieldClasses } from "../../../components/ui/input";
import { Textarea } from "../../../components/ui/textarea";
import { cn } from "../../../lib/cn";
import { pastedAsCsv } from "./pasted-rows";
import type { CsvSource } from "./use-participant-import";

type CsvSourceProps = { disabled: boolean; onChosen: (source: CsvSource) => void };

const TOO_LARGE = `The file is too large: one import takes at most ${IMPORT_MAX_CHARS / 1_000_000} MB of text. Split it into several files.`;

/** Where the rows come from: a CSV file chosen, or rows pasted from a spreadsheet. */
export function CsvSourcePicker({ disabled, onChosen }: CsvSourceProps) {
  const [fileError, setFileError] = useState<string | undefined>();
  const [pasted, setPasted] = useState("");
  const pasteId = useId();
  return (
    <div className="space-y-4">
      <FormField
        label="CSV file"
        name="csv-file"
        error={fileError}
        hint="Choosing the file again after fixing it checks it again."
      >
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".csv,text/csv,text/plain"
            disabled={disabled}
            // Forgotten as the picker opens, so that the same file chosen again once fixed is read again.
            onClick={(event) => {
              event.currentTarget.value = "";
            }}
            className={cn(
              fieldClasses,
              "h-auto py-2 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:font-medium file:text-brand-800",
            )}
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0];
              if (!file) return;
              if (file.size > IMPORT_MAX_CHARS * 4) return setFileError(TOO_LARGE);
              const csv = await file.text();
              if (csv.length > IMPORT_MAX_CHARS) return setFileError(TOO_LARGE);
              setFileError(undefined);
              onChosen({ csv, from: file.name });
            }}
          />
        )}
      </FormField>
      <details className="rounded-lg border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm font-medium text-slate-800">
          Or paste the rows
        </summary>
        <div className="mt-3 space-y-2">
          <label htmlFor={pasteId} className="block text-sm font-medium text-slate-800">
            Rows, with the header first
          </label>
          <p className="text-sm text-slate-600">Copied from a spreadsheet, or typed as CSV.</p>
          <Textarea
            id={pasteId}
            rows={6}
            value={pasted}
            className="font-mono text-sm"
            placeholder={"name,email,manager,cohort\nAmira Haddad,amira.haddad@example.com,,Spring"}
            onChange={(event) => setPasted(event.target.value)}
          />
          <Button
            variant="secondary"
            size="sm"
            disabled={disabled || pasted.trim() === ""}
            onClick={() =>
              pasted.length > IMPORT_MAX_CHARS
                ? setFileError(TOO_LARGE)
                : onChosen({ csv: pastedAsCsv(pasted), from: "the pasted rows" })
            }
          >
            Check the pasted rows
          </Button>
        </div>
      </details>
    </div>
  );
}
