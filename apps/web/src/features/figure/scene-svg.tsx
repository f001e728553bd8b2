import type { ScenePart } from "@hipcheck/core";

/**
 * The floor, the equipment and the movement arrow around the figure (core's `sceneParts`, `movementArrow`), as
 * SVG in the figure's drawing units. Each part carries its role, so the stylesheet colours a band like a band.
 */
export function SceneSvg({ parts }: { readonly parts: readonly ScenePart[] }) {
  return (
    <g data-testid="figure-scene">
      {/* The arrow head's marker only where an arrow is drawn: one id per page. */}
      {parts.some((part) => part.shape === "arrow") && (
        <defs>
          <marker
            id="scene-arrow-head"
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="5"
            markerHeight="5"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" className="scene-arrow-head" />
          </marker>
        </defs>
      )}
      {parts.map((part, n) => {
        const key = `${part.role}-${String(n)}`;
        const className = `scene-${part.role}`;
        switch (part.shape) {
          case "line":
            return (
              <line
                key={key}
                className={className}
                data-role={part.role}
                x1={part.from.x}
                y1={part.from.y}
                x2={part.to.x}
                y2={part.to.y}
                strokeLinecap="round"
              />
            );
          case "circle":
            return (
              <circle
                key={key}
                className={className}
                data-role={part.role}
                cx={part.centre.x}
                cy={part.centre.y}
                r={part.radius}
              />
            );
          case "rect":
            return (
              <rect
                key={key}
                className={className}
                data-role={part.role}
                x={part.x}
                y={part.y}
                width={part.width}
                height={part.height}
              />
            );
          case "arrow":
            return (
              <line
                key={key}
                className={className}
                data-role={part.role}
                x1={part.from.x}
                y1={part.from.y}
                x2={part.to.x}
                y2={part.to.y}
                markerEnd="url(#scene-arrow-head)"
              />
            );
        }
      })}
    </g>
  );
}
