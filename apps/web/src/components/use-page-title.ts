import { useEffect } from "react";

/** Each page has its own title (WCAG 2.4.2), so tabs, history and screen readers say where the person is. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · HipCheck`;
  }, [title]);
}
