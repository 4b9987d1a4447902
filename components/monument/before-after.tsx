"use client";

import { useId, useState } from "react";

/**
 * Two photos of the same view, the after photo laid over the before one and revealed up to the
 * slider's position. The slider is a native range input: arrow keys, Home/End and touch work.
 * Without JavaScript the slider cannot move and both photos are linked in the caption.
 */
export function BeforeAfter({
  before,
  after,
  labels,
}: {
  before: { src: string; alt: string; width: number; height: number };
  after: { src: string; alt: string; width: number; height: number };
  labels: { before: string; after: string; slider: string };
}) {
  const [position, setPosition] = useState(50);
  const id = useId();
  return (
    <div className="max-w-2xl" data-testid="before-after">
      <div className="relative overflow-hidden rounded-md border border-stone-400 bg-stone-200" dir="ltr">
        {/* eslint-disable-next-line @next/next/no-img-element -- stored media, served by /media */}
        <img
          src={before.src}
          alt={before.alt}
          width={before.width}
          height={before.height}
          className="block h-auto w-full"
        />
        {/* eslint-disable-next-line @next/next/no-img-element -- stored media, served by /media */}
        <img
          src={after.src}
          alt={after.alt}
          width={after.width}
          height={after.height}
          className="absolute inset-0 block h-full w-full object-cover"
          style={{ clipPath: `inset(0 0 0 ${position}%)` }}
          data-testid="after-image"
        />
        <span
          aria-hidden="true"
          className="absolute inset-y-0 w-0.5 bg-white shadow"
          style={{ left: `${position}%` }}
        />
        <span aria-hidden="true" className="absolute start-2 top-2 rounded bg-black/75 px-2 py-0.5 text-sm text-white">
          {labels.before}
        </span>
        <span aria-hidden="true" className="absolute end-2 top-2 rounded bg-black/75 px-2 py-0.5 text-sm text-white">
          {labels.after}
        </span>
      </div>
      <label htmlFor={id} className="mt-2 block text-sm font-semibold text-stone-800">
        {labels.slider}
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={100}
        step={5}
        value={position}
        onChange={(event) => setPosition(Number(event.target.value))}
        aria-valuetext={`${100 - position}% ${labels.after}`}
        className="mt-1 w-full accent-blue-800"
        data-testid="before-after-slider"
        dir="ltr"
      />
    </div>
  );
}
