import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways inside its card on a phone instead of widening the page. The region is
 * named and focusable so that keyboard users can scroll it too.
 */
export function ScrollableTable({
  label,
  testId,
  children,
}: {
  readonly label: string;
  readonly testId?: string;
  readonly children: ReactNode;
}) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: "auto" }}>
      <table data-testid={testId}>{children}</table>
    </div>
  );
}
