/**
 * The second press of a double click (or double tap) belongs to what the first one pressed. When the first press
 * replaces its button with something else (Finish, and the session's summary takes its place), the second press
 * lands on whatever is now under the finger: a link there once opened the Progress page instead of the summary.
 * The browser numbers the presses of one double click in `detail` (1, then 2); a press numbered 2 or more that
 * lands on another link or button than the first is dropped before the page sees it (decision 0910).
 */

/** What a press acts on: the nearest link or button around what was pressed; form fields and labels are left be. */
const ACTIONABLE = 'a[href], button, [role="button"], input[type="submit"], input[type="button"]';

/** The element a press acts on, or null when it acts on nothing (text, a field, an empty spot). */
export function actionableOf(target: EventTarget | null): Element | null {
  return typeof Element !== "undefined" && target instanceof Element ? target.closest(ACTIONABLE) : null;
}

/**
 * Whether a press is the second (or later) of a multiple press that lands on another link or button than the first
 * press did. `firstActionable` is what the press numbered 1 acted on (null for nothing).
 */
export function isStrayRepeatPress(
  detail: number,
  firstActionable: object | null,
  actionable: object | null,
): boolean {
  return detail > 1 && actionable !== null && actionable !== firstActionable;
}

/** Listens on the document before the app does; returns how to stop. */
export function installDoubleClickGuard(doc: Document): () => void {
  let first: Element | null = null;
  const onClick = (event: MouseEvent) => {
    // Synthetic clicks (keyboard Enter, a label forwarding to its field) carry 0 and are never held back.
    if (!event.isTrusted || event.detail === 0) return;
    const actionable = actionableOf(event.target);
    if (event.detail === 1) {
      first = actionable;
      return;
    }
    if (isStrayRepeatPress(event.detail, first, actionable)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };
  doc.addEventListener("click", onClick, { capture: true });
  return () => {
    doc.removeEventListener("click", onClick, { capture: true });
  };
}
