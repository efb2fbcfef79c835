import { Compass } from "lucide-react";
import { Link } from "react-router";
import { buttonClasses } from "../components/ui/button";
import { useDocumentTitle } from "../lib/use-document-title";

export function NotFoundPage() {
  useDocumentTitle("Page not found");
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <span className="mx-auto mb-4 flex size-12 items-center justify-center rounded-full bg-brand-50 text-brand-700">
        <Compass className="size-6" aria-hidden="true" />
      </span>
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-1 text-2xl font-semibold text-slate-900">Page not found</h1>
      <p className="mt-2 text-slate-600">
        The page you asked for doesn't exist, or the link you followed is out of date.
      </p>
      <Link to="/" className={buttonClasses("primary", "md", "mt-6")}>
        Go to home
      </Link>
    </div>
  );
}
