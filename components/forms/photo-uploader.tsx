"use client";

import { useRef, useState } from "react";
import { messageOr, type Translator } from "@/lib/i18n/translator";
import { FieldError, inputClass, secondaryButton } from "@/components/forms/fields";
import type { PhotoItem } from "@/components/forms/use-proposal-form";

type T9n = Translator<"editor">;
type Upload = { index: number; name: string; percent: number; error?: string };

type UploadResponse =
  | { ok: true; media: { id: string; url: string; previewUrl: string } }
  | { ok: false; fieldErrors: Record<string, string[]>; formError: string | null };

/** Sends one file with XMLHttpRequest, which (unlike fetch) reports upload progress. */
function uploadFile(
  file: File,
  fields: Record<string, string>,
  onProgress: (percent: number) => void,
): Promise<UploadResponse> {
  return new Promise((resolve, reject) => {
    const body = new FormData();
    body.append("file", file);
    for (const [name, value] of Object.entries(fields)) if (value) body.append(name, value);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/uploads");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      const response = xhr.response as UploadResponse | null;
      if (response && typeof response === "object" && "ok" in response) resolve(response);
      else reject(new Error(`upload failed: ${xhr.status}`));
    };
    xhr.onerror = () => reject(new Error("network"));
    xhr.send(body);
  });
}

/**
 * Photos of a proposal: each is uploaded at once (progress shown), re-encoded on the server and
 * kept private until the proposal is approved. A refused file says why.
 */
export function PhotoUploader({
  t,
  photos,
  setPhotos,
  error,
}: {
  t: T9n;
  photos: PhotoItem[];
  setPhotos: (update: (current: PhotoItem[]) => PhotoItem[]) => void;
  error?: string;
}) {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [caption, setCaption] = useState("");
  const [credit, setCredit] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);

  const reasonOf = (response: UploadResponse | null, failure?: unknown) => {
    if (failure) return t("errors.network");
    if (response && !response.ok) {
      const code = response.fieldErrors.file?.[0] ?? response.formError ?? "unexpected";
      return messageOr(t, `errors.${code}`, t("errors.unexpected"));
    }
    return t("errors.unexpected");
  };

  const onFiles = async (files: FileList | null) => {
    if (!files) return;
    for (const file of Array.from(files)) {
      const index = Date.now() + Math.random();
      const update = (patch: Partial<Upload>) =>
        setUploads((list) => list.map((u) => (u.index === index ? { ...u, ...patch } : u)));
      setUploads((list) => [...list, { index, name: file.name, percent: 0 }]);
      try {
        const response = await uploadFile(file, { captionEn: caption, credit }, (percent) => update({ percent }));
        if (response.ok) {
          update({ percent: 100 });
          setPhotos((current) => [
            ...current,
            { id: response.media.id, previewUrl: response.media.previewUrl, name: file.name },
          ]);
        } else {
          update({ error: reasonOf(response) });
        }
      } catch (failure) {
        update({ error: reasonOf(null, failure) });
      }
    }
    if (fileInput.current) fileInput.current.value = "";
  };

  return (
    <div className="space-y-4">
      <p id="photos-hint" className="text-sm text-stone-700">
        {t("photosIntro")}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="photo-caption" className="block font-semibold">
            {t("photoCaption")} <span className="text-sm font-normal text-stone-600">({t("optional")})</span>
          </label>
          <input
            id="photo-caption"
            className={inputClass}
            value={caption}
            onChange={(e) => setCaption(e.target.value)}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="photo-credit" className="block font-semibold">
            {t("photoCredit")} <span className="text-sm font-normal text-stone-600">({t("optional")})</span>
          </label>
          <p id="photo-credit-hint" className="text-sm text-stone-700">
            {t("photoCreditHint")}
          </p>
          <input
            id="photo-credit"
            aria-describedby="photo-credit-hint"
            className={inputClass}
            value={credit}
            onChange={(e) => setCredit(e.target.value)}
          />
        </div>
      </div>
      <div className="space-y-1">
        <label htmlFor="photo-file" className="block font-semibold">
          {t("choosePhoto")}
        </label>
        <input
          ref={fileInput}
          id="photo-file"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          multiple
          aria-describedby={error ? "photo-file-hint photo-file-error" : "photos-hint"}
          aria-invalid={error ? true : undefined}
          className="block w-full min-h-11 text-base file:me-3 file:min-h-11 file:rounded-md file:border file:border-stone-500 file:bg-white file:px-3"
          onChange={(e) => void onFiles(e.target.files)}
          data-testid="photo-input"
        />
        <FieldError id="photo-file" error={error} />
      </div>
      <ul className="space-y-2" aria-live="polite">
        {uploads.map((u) => (
          <li key={u.index} className="text-sm" data-testid="upload-status">
            {u.error ? (
              <span className="font-semibold text-red-800">{t("uploadFailed", { name: u.name, reason: u.error })}</span>
            ) : u.percent < 100 ? (
              <span>
                {t("uploading", { name: u.name, percent: String(u.percent) })}
                <progress className="ms-2 align-middle" max={100} value={u.percent} aria-label={u.name} />
              </span>
            ) : (
              <span>{t("uploaded", { name: u.name })}</span>
            )}
          </li>
        ))}
      </ul>
      {photos.length > 0 ? (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {photos.map((photo) => (
            <li key={photo.id} className="space-y-1" data-testid="uploaded-photo">
              {/* eslint-disable-next-line @next/next/no-img-element -- a private preview served by /media, not optimisable */}
              <img
                src={photo.previewUrl}
                alt={`${t("photoAlt")}: ${photo.name}`}
                className="aspect-square w-full rounded-md object-cover"
              />
              <button
                type="button"
                className={`${secondaryButton} w-full text-sm`}
                onClick={() => setPhotos((current) => current.filter((p) => p.id !== photo.id))}
              >
                {t("removePhoto")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
