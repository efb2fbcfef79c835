import { Copy } from "lucide-react";
import { useNavigate } from "react-router";
import { Alert } from "../../../components/ui/alert";
import { Button, type ButtonSize, type ButtonVariant } from "../../../components/ui/button";
import { formMessageOf } from "../../../lib/form-errors";
import { useCopyModel } from "../api/copy-model";

type CopyModelButtonProps = {
  model: { id: string; name: string };
  variant?: ButtonVariant;
  size?: ButtonSize;
};

/** "Copy and adapt": makes the coach's own copy of a model and opens it in the editor. */
export function CopyModelButton({
  model,
  variant = "secondary",
  size = "sm",
}: CopyModelButtonProps) {
  const copy = useCopyModel();
  const navigate = useNavigate();
  return (
    <div className="space-y-2">
      <Button
        variant={variant}
        size={size}
        pending={copy.isPending}
        onClick={() =>
          copy.mutate(model.id, {
            onSuccess: (created) =>
              navigate(`/competency-models/${created.id}?edit`, {
                state: { copiedFrom: model.name },
              }),
          })
        }
      >
        <Copy aria-hidden="true" />
        Copy and adapt<span className="sr-only">: {model.name}</span>
      </Button>
      {copy.error ? (
        <div role="alert">
          <Alert tone="danger">{formMessageOf(copy.error)}</Alert>
        </div>
      ) : null}
    </div>
  );
}
