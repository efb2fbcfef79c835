import { LogOut, Menu, X } from "lucide-react";
import { useEffect, useId, useState } from "react";
import { Link, NavLink, useLocation, useNavigate } from "react-router";
import type { Me } from "../../contract/accounts";
import { KeelMark } from "../components/keel-logo";
import { roleLabel } from "../components/role-badge";
import { Button, buttonClasses } from "../components/ui/button";
import { useSignOut } from "../features/auth/api/sign-out";
import { cn } from "../lib/cn";
import { type NavItem, navItemsFor } from "./nav-items";

const QUIET_PATHS = [
  "/sign-in",
  "/sign-up",
  "/forgot-password",
  "/reset-password",
  "/feedback/",
  "/invitations/",
  // A client checking in and a stakeholder answering a pulse come by a private link: an
  // account of their own is not what they came for.
  "/check-in/",
  "/pulse/",
  "/sustain-check-in/",
];

type TopBarProps = { me: Me | null; loading: boolean };

export function TopBar({ me, loading }: TopBarProps) {
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const { pathname } = useLocation();

  // Close the phone menu whenever the page changes.
  useEffect(() => {
    if (pathname) setMenuOpen(false);
  }, [pathname]);

  const items = me ? navItemsFor(me) : [];
  const bar = barBreakpoint(items.length);

  return (
    <header className="sticky top-0 z-40 border-b border-slate-200 bg-white/95 backdrop-blur supports-[backdrop-filter]:bg-white/85">
      <div
        className={cn(
          "mx-auto flex h-16 max-w-6xl items-center gap-4 px-4 sm:px-6 lg:px-8",
          bar.width,
        )}
      >
        <Link to="/" className="flex min-w-0 items-center gap-2.5">
          <KeelMark />
          <span className="flex min-w-0 items-baseline gap-2">
            <span className="text-lg font-semibold tracking-tight text-slate-900">Keel</span>
            {me ? (
              <span className="truncate border-l border-slate-300 pl-2 text-sm font-medium text-slate-600">
                {me.practice.name}
              </span>
            ) : null}
          </span>
        </Link>

        {me ? (
          <nav aria-label="Main" className={cn("ml-4 hidden items-center gap-1", bar.show)}>
            {items.map((item) => (
              <TopNavLink key={item.to} item={item} />
            ))}
          </nav>
        ) : null}

        <div className="ml-auto flex items-center gap-2">
          {loading ? null : me ? (
            <>
              <div className={cn("hidden items-center gap-3", bar.show)}>
                <UserSummary me={me} />
                <SignOutButton />
              </div>
              <Button
                variant="ghost"
                size="icon"
                className={cn("[&_svg]:size-5", bar.hide)}
                aria-expanded={menuOpen}
                aria-controls={menuId}
                onClick={() => setMenuOpen((open) => !open)}
              >
                {menuOpen ? <X aria-hidden="true" /> : <Menu aria-hidden="true" />}
                <span className="sr-only">Menu</span>
              </Button>
            </>
          ) : (
            <SignedOutLinks pathname={pathname} />
          )}
        </div>
      </div>

      {me && menuOpen ? (
        <div id={menuId} className={cn("border-t border-slate-200 bg-white", bar.hide)}>
          <nav aria-label="Main" className="flex flex-col gap-1 px-4 py-3">
            {items.map((item) => (
              <TopNavLink key={item.to} item={item} block />
            ))}
          </nav>
          <div className="flex items-center justify-between gap-3 border-t border-slate-200 px-4 py-4">
            <UserSummary me={me} />
            <SignOutButton />
          </div>
        </div>
      ) : null}
    </header>
  );
}

/**
 * Where the top bar shows its links instead of the menu button: a coach's eight need a wide
 * screen to fit in one row; an admin's eleven are wider than the page, so the bar widens on a
 * very wide screen and keeps the menu below it; a client's few fit on a tablet.
 */
function barBreakpoint(links: number) {
  if (links > 10)
    return {
      show: "min-[1800px]:flex",
      hide: "min-[1800px]:hidden",
      width: "min-[1800px]:max-w-[100rem]",
    };
  if (links > 8) return { show: "2xl:flex", hide: "2xl:hidden", width: "" };
  return links > 4
    ? { show: "xl:flex", hide: "xl:hidden", width: "" }
    : { show: "md:flex", hide: "md:hidden", width: "" };
}

function TopNavLink({ item, block = false }: { item: NavItem; block?: boolean }) {
  return (
    <NavLink
      to={item.to}
      end={item.end}
      className={({ isActive }) =>
        cn(
          "whitespace-nowrap rounded-md px-2.5 py-2 text-sm font-medium transition-colors",
          block && "py-2.5 text-base",
          isActive
            ? "bg-brand-50 text-brand-800"
            : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
        )
      }
    >
      {item.label}
    </NavLink>
  );
}

function UserSummary({ me }: { me: Me }) {
  const initials = me.name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
  return (
    <div className="flex min-w-0 items-center gap-2.5">
      <span
        aria-hidden="true"
        className="flex size-9 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-semibold text-brand-800"
      >
        {initials || "?"}
      </span>
      <div className="min-w-0 text-left leading-tight">
        <p className="truncate text-sm font-medium text-slate-900">{me.name}</p>
        <p className="truncate text-xs text-slate-600">
          {roleLabel(me.role)}
          {me.isAdmin ? " · Admin" : ""}
        </p>
      </div>
    </div>
  );
}

function SignOutButton() {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <Button
      variant="secondary"
      size="sm"
      pending={signOut.isPending}
      onClick={() =>
        signOut.mutate(undefined, { onSettled: () => navigate("/sign-in", { replace: true }) })
      }
    >
      {signOut.isPending ? null : <LogOut aria-hidden="true" />}
      Sign out
    </Button>
  );
}

function SignedOutLinks({ pathname }: { pathname: string }) {
  // The landing, sign-in, password and invitation pages carry their own links.
  if (pathname === "/" || QUIET_PATHS.some((path) => pathname.startsWith(path))) return null;
  return (
    <>
      {pathname !== "/sign-in" ? (
        <Link to="/sign-in" className={buttonClasses("ghost", "sm")}>
          Sign in
        </Link>
      ) : null}
      {pathname !== "/sign-up" ? (
        <Link to="/sign-up" className={buttonClasses("primary", "sm")}>
          Create account
        </Link>
      ) : null}
    </>
  );
}
