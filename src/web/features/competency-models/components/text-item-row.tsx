import { X } from "lucide-react";
import { IconButton, MoveButtons } from "../../../components/icon-button";
import { Textarea } from "../../../components/ui/textarea";

type TextItemRowProps = {
  /** The item's path in the model, e.g. "competencies.0.items.2"; names its field and problem. */
  path: string;
  /** Its id, which keeps focus on its move buttons after a move. */
  id: string;
  number: number;
  /** The field's name for screen readers: "Behaviour 3 of Listening". */
  label: string;
  /** What the buttons move or remove: "behaviour 3 of Listening". */
  name: string;
  maxLength: number;
  value: string;
  error: string | undefined;
  isFirst: boolean;
  isLast: boolean;
  canRemove: boolean;
  onText: (text: string) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/** One numbered text of a list (a behaviour, an open question): its words, moves and removal. */
export function TextItemRow(props: TextItemRowProps) {
  const { path, number, label, maxLength, value, error, onText } = props;
  const errorId = error ? `${path}-error` : undefined;
  return (
    <li className="space-y-1">
      <div className="flex items-start gap-1">
        <span className="w-6 shrink-0 pt-2 text-right text-sm text-slate-600 tabular-nums">
          {number}.
        </span>
        <div className="flex min-w-0 flex-1 flex-col gap-1 sm:flex-row sm:items-start">
          <Textarea
            id={`${path}.text`}
            rows={2}
            maxLength={maxLength}
            aria-label={label}
            aria-invalid={error ? true : undefined}
            aria-describedby={errorId}
            value={value}
            onChange={(event) => onText(event.target.value)}
            className="field-sizing-content min-h-10 w-full min-w-0 sm:flex-1"
          />
          <RowButtons {...props} />
        </div>
      </div>
      {error ? (
        <p id={errorId} className="pl-7 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </li>
  );
}

function RowButtons({ id, name, isFirst, isLast, canRemove, onMove, onRemove }: TextItemRowProps) {
  return (
    <div className="flex shrink-0 justify-end">
      <MoveButtons
        name={name}
        moveKey={`move-${id}`}
        isFirst={isFirst}
        isLast={isLast}
        onMove={onMove}
      />
      <IconButton label={`Remove ${name}`} disabled={!canRemove} onClick={onRemove}>
        <X />
      </IconButton>
    </div>
  );
}
