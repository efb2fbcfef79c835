import { Link } from "react-router";
import { buttonClasses } from "../../../components/ui/button";

/** Under a home's first page of engagements when there are more: the way to all of them. */
export function ViewAllEngagements() {
  return (
    <p className="mt-6 text-center">
      <Link to="/engagements" className={buttonClasses("secondary")}>
        View all engagements
      </Link>
    </p>
  );
}
