/**
 * A new version of the app never reloads the page under the person (decision 0923). The service worker installs a
 * new version as soon as the server has one and takes over the open pages; the page the person is on keeps
 * running the version it started with (a camera screen being filmed, a note being typed, a rest timer) and the new
 * version opens with the next page they go to: a link pressed is followed by the browser itself (a full page load),
 * and a page the app moves to on its own (after Finish, Back) is loaded again.
 */

/** Where a press on a link would take the browser, or undefined when the press is not a plain in-app visit. */
export type LinkPress = {
  /** MouseEvent.button: 0 for the main button. */
  readonly button: number;
  readonly modified: boolean;
  readonly defaultPrevented: boolean;
  /** The `href` of the nearest `<a>` around what was pressed (resolved), or undefined when there is none. */
  readonly href: string | undefined;
  /** The link's `target` attribute ("" when absent). */
  readonly target: string;
  /** Whether the link carries a `download` attribute. */
  readonly download: boolean;
};

/**
 * The address a press should load afresh when a new version is waiting: an in-app page other than the one open
 * (same origin, another path or query), pressed with the main button and no modifier key, in this tab, not a
 * download. Anything else (a new tab, a file, a jump within the page, another site) is left to the browser and the
 * app as usual.
 */
export function freshLoadOf(press: LinkPress, current: URL): URL | undefined {
  if (press.button !== 0 || press.modified || press.defaultPrevented || press.download) return undefined;
  if (press.href === undefined || (press.target !== "" && press.target !== "_self")) return undefined;
  let to: URL;
  try {
    to = new URL(press.href, current);
  } catch {
    return undefined;
  }
  if (to.origin !== current.origin) return undefined;
  if (to.protocol !== "http:" && to.protocol !== "https:") return undefined;
  if (to.pathname === current.pathname && to.search === current.search) return undefined;
  return to;
}

export type AppUpdate = {
  /** The service worker's new version now controls this page: the next page opens with it. */
  readonly installed: () => void;
  /** The app moved to another page on its own: load it afresh if a new version is waiting. */
  readonly pageChanged: () => void;
};

/** What the update needs of the window; the browser's `window` in the app. */
export type UpdateWindow = {
  readonly document: Pick<Document, "addEventListener">;
  readonly location: Pick<Location, "href" | "assign" | "reload">;
  readonly addEventListener: Window["addEventListener"];
};

/** Listens for link presses (before the app's router sees them) and for a failed load of an old part of the app. */
export function watchForAppUpdate(win: UpdateWindow): AppUpdate {
  let waiting = false;
  win.document.addEventListener(
    "click",
    (event) => {
      if (!waiting) return;
      const link =
        typeof Element !== "undefined" && event.target instanceof Element
          ? event.target.closest("a[href]")
          : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      const to = freshLoadOf(
        {
          button: event.button,
          modified: event.metaKey || event.ctrlKey || event.shiftKey || event.altKey,
          defaultPrevented: event.defaultPrevented,
          href: link.href,
          target: link.target,
          download: link.hasAttribute("download"),
        },
        new URL(win.location.href),
      );
      if (to === undefined) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      win.location.assign(to.href);
    },
    { capture: true },
  );
  // A part of the app loaded on demand (the pose model's code, a page) may be gone from the server once a new
  // version is out: load the page again with the new version rather than show an error.
  win.addEventListener("vite:preloadError", () => {
    if (waiting) win.location.reload();
  });
  return {
    installed: () => {
      waiting = true;
    },
    pageChanged: () => {
      if (waiting) win.location.reload();
    },
  };
}

let current: AppUpdate | undefined;

/** The app's one watcher, started with the service worker (register-service-worker.ts). */
export function startAppUpdateWatch(win: UpdateWindow): AppUpdate {
  current ??= watchForAppUpdate(win);
  return current;
}

/** The app moved to another page on its own (called by the page layout): see `AppUpdate.pageChanged`. */
export function pageChanged(): void {
  current?.pageChanged();
}
