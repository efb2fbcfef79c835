import { ShieldCheck } from "lucide-react";
import { Link } from "react-router";
import { buttonClasses } from "../components/ui/button";
import { useDocumentTitle } from "../lib/use-document-title";

export function ForbiddenPage() {
  useDocumentTitle("No access");
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <span className="mx-auto mb-4 flex size-12 items-center justify-center rounded-full bg-slate-100 text-slate-600">
        <ShieldCheck className="size-6" aria-hidden="true" />
      </span>
      <h1 className="text-2xl font-semibold text-slate-900">You don't have access to this page</h1>
      <p className="mt-2 text-slate-600">
        It belongs to another role in your practice. If you think you should see it, ask your
        practice admin.
      </p>
      <Link to="/" className={buttonClasses("primary", "md", "mt-6")}>
        Go to home
      </Link>
    </div>
  );
}
