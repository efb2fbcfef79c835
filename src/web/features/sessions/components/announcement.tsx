import { useEffect, useRef } from "react";
import { Alert } from "../../../components/ui/alert";

/**
 * What just changed, said politely; it takes focus, since the button that did it (Cancel on a
 * session now in another list, say) is often gone.
 */
export function Announcement({ message }: { message: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  return (
    <div ref={ref} role="status" tabIndex={-1} className="focus:outline-none">
      {message ? <Alert tone="success">{message}</Alert> : null}
    </div>
  );
}
