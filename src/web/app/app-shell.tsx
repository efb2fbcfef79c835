import { useEffect, useRef } from "react";
import { Outlet, ScrollRestoration, useLocation } from "react-router";
import { UnconfirmedAddressNotice } from "../features/auth/components/unconfirmed-address-notice";
import { useReportTimeZone } from "../features/sessions/components/use-report-time-zone";
import { useMe } from "../lib/use-me";
import { TopBar } from "./top-bar";

/** The frame of every page: skip link, top bar, main landmark and footer. */
export function AppShell() {
  const { data: me, isPending } = useMe();
  const mainRef = useMainFocusOnNavigation();
  useReportTimeZone(me?.id ?? null);

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-4 py-2 font-medium text-brand-800 shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to content
      </a>
      <TopBar me={me ?? null} loading={isPending} />
      <main
        id="main"
        ref={mainRef}
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 outline-none sm:px-6 sm:py-10 lg:px-8"
      >
        <UnconfirmedAddressNotice me={me ?? null} />
        <Outlet />
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-5 text-xs text-slate-600 sm:flex-row sm:justify-between sm:px-6 lg:px-8">
          <p>Keel · open-source leadership coaching</p>
          <p>Licensed AGPL-3.0-or-later</p>
        </div>
      </footer>
      <ScrollRestoration />
    </div>
  );
}

/** After a client-side navigation, moves focus to <main> so screen readers start at the new page. */
function useMainFocusOnNavigation() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  return mainRef;
}
