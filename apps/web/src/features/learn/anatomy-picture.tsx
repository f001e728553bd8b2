import type { KeyboardEvent } from "react";
import type { Structure } from "@hipcheck/core";
import { ANATOMY_BONES, ANATOMY_SHAPES } from "./anatomy-shapes.js";
import type { AnatomyView } from "./anatomy-shapes.js";

type Props = {
  readonly view: AnatomyView;
  readonly title: string;
  readonly structures: ReadonlyMap<string, Structure>;
  readonly lang: "en" | "fr";
  readonly selectedId: string | null;
  readonly onSelect: (structureId: string) => void;
};

/** One view of the lateral leg chain; each muscle (and the IT band) is a shape you can click or tab to. */
export function AnatomyPicture({ view, title, structures, lang, selectedId, onSelect }: Props) {
  const onKey = (event: KeyboardEvent<SVGPathElement>, id: string) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onSelect(id);
    }
  };
  return (
    <figure>
      <svg
        className="anatomy"
        viewBox="0 0 200 360"
        role="group"
        aria-label={title}
        data-testid={`anatomy-${view}`}
      >
        <path className="anatomy-bones" d={ANATOMY_BONES[view]} aria-hidden="true" />
        {ANATOMY_SHAPES[view].map((shape) => {
          const structure = structures.get(shape.structureId);
          if (structure === undefined) return null;
          return (
            <path
              key={shape.structureId}
              d={shape.d}
              className={
                structure.kind === "fascia" ? "fascia" : structure.kind === "bone" ? "bone" : "muscle"
              }
              role="button"
              tabIndex={0}
              aria-label={structure.name[lang]}
              aria-pressed={selectedId === shape.structureId}
              onClick={() => {
                onSelect(shape.structureId);
              }}
              onKeyDown={(event) => {
                onKey(event, shape.structureId);
              }}
              data-testid={`structure-${view}-${shape.structureId}`}
            >
              <title>{structure.name[lang]}</title>
            </path>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
