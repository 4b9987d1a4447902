"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { get, useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { messageOr, type Translator } from "@/lib/i18n/translator";

export type PhotoItem = { id: string; previewUrl: string; name: string };
export type DraftData<T> = { values: T; photos: PhotoItem[]; note?: string };
export type ServerDraft = { data: unknown; updatedAt: string } | null;
export type DraftStatus = "idle" | "saving" | "saved" | "local";

type T9n = Translator<"editor">;

const SERVER_SAVE_DELAY_MS = 800;

function localKey(userId: string, formKey: string) {
  return `heritage-draft:${userId}:${formKey}`;
}

function readLocal<T>(key: string): { data: DraftData<T>; savedAt: string } | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as { data: DraftData<T>; savedAt: string }) : null;
  } catch {
    return null;
  }
}

/**
 * A proposal form: react-hook-form with the shared zod schema, a draft kept as the user types
 * (in localStorage at once, on the server debounced; the newer of the two is restored on load),
 * and a submit that keeps everything typed when the server refuses or the connection is lost.
 */
export function useProposalForm<T extends FieldValues>({
  schema,
  defaultValues,
  serverDraft,
  formKey,
  userId,
  t,
  submit,
  saveDraft,
  successHref,
  initialPhotos = [],
  initialNote = "",
}: {
  schema: z.ZodType<unknown, T>;
  defaultValues: T;
  serverDraft: ServerDraft;
  formKey: string;
  userId: string;
  t: T9n;
  submit: (values: T, note: string) => Promise<ActionResult<{ id: string }>>;
  saveDraft: (params: { formKey: string; data: unknown }) => Promise<ActionResult<{ savedAt: string }>>;
  successHref: (id: string) => string;
  initialPhotos?: PhotoItem[];
  initialNote?: string;
}) {
  const router = useRouter();
  const form = useForm<T>({
    // raw: the form sends what was typed; the server parses it again with the same schema
    resolver: zodResolver(schema as never, undefined, { raw: true }) as never,
    defaultValues: defaultValues as DefaultValues<T>,
    mode: "onTouched",
  });
  const [photos, setPhotosState] = useState<PhotoItem[]>(initialPhotos);
  const photosRef = useRef<PhotoItem[]>(initialPhotos);
  const [note, setNoteState] = useState(initialNote);
  const noteRef = useRef(initialNote);
  const [draftStatus, setDraftStatus] = useState<DraftStatus>("idle");
  const [restored, setRestored] = useState(false);
  const [formError, setFormError] = useState<{
    code: string;
    reference?: string;
  } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const submitted = useRef(false);
  const sending = useRef(false);
  const inflight = useRef<Promise<unknown> | null>(null);
  const key = localKey(userId, formKey);

  const pushToServer = useCallback(async () => {
    // not while a submit is on its way: a save landing after it would bring the draft back
    if (submitted.current || sending.current) return;
    const data: DraftData<T> = {
      values: form.getValues(),
      photos: photosRef.current,
      note: noteRef.current,
    };
    setDraftStatus("saving");
    const request = saveDraft({ formKey, data });
    inflight.current = request;
    try {
      const result = await request;
      if (!submitted.current) setDraftStatus(result.ok ? "saved" : "local");
    } catch {
      setDraftStatus("local");
    } finally {
      if (inflight.current === request) inflight.current = null;
    }
  }, [form, formKey, saveDraft]);

  const persist = useCallback(() => {
    if (submitted.current) return;
    const data: DraftData<T> = {
      values: form.getValues(),
      photos: photosRef.current,
      note: noteRef.current,
    };
    try {
      // at once, on this device: survives a reload or a lost connection
      window.localStorage.setItem(key, JSON.stringify({ data, savedAt: new Date().toISOString() }));
    } catch {
      // storage full or disabled: the server copy still goes
    }
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void pushToServer(), SERVER_SAVE_DELAY_MS);
  }, [form, key, pushToServer]);

  const setPhotos = useCallback(
    (update: (current: PhotoItem[]) => PhotoItem[]) => {
      const next = update(photosRef.current);
      photosRef.current = next;
      setPhotosState(next);
      form.setValue("mediaIds" as Path<T>, next.map((p) => p.id) as never, {
        shouldDirty: true,
      });
      persist();
    },
    [form, persist],
  );

  // Restore the newer of the local and the server draft, once, after hydration.
  useEffect(() => {
    const local = readLocal<T>(key);
    const server = serverDraft
      ? {
          data: serverDraft.data as DraftData<T>,
          savedAt: serverDraft.updatedAt,
        }
      : null;
    const newest = local && (!server || local.savedAt > server.savedAt) ? local : server;
    if (newest?.data?.values) {
      form.reset({ ...defaultValues, ...newest.data.values });
      photosRef.current = Array.isArray(newest.data.photos) ? newest.data.photos : [];
      setPhotosState(photosRef.current);
      noteRef.current = typeof newest.data.note === "string" ? newest.data.note : noteRef.current;
      setNoteState(noteRef.current);
      setRestored(true);
      if (newest === local && (!server || local.savedAt > server.savedAt)) void pushToServer();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  useEffect(() => {
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => persist(),
    });
    const online = () => void pushToServer();
    window.addEventListener("online", online);
    return () => {
      unsubscribe();
      window.removeEventListener("online", online);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [form, persist, pushToServer]);

  const onValid = async (values: T) => {
    setSubmitting(true);
    setFormError(null);
    sending.current = true;
    if (timer.current) clearTimeout(timer.current);
    await inflight.current?.catch(() => undefined);
    let result: ActionResult<{ id: string }>;
    try {
      result = await submit({ ...values, mediaIds: photosRef.current.map((p) => p.id) }, noteRef.current);
    } catch {
      // offline or the server unreachable: nothing is lost, the draft is on this device
      sending.current = false;
      setFormError({ code: "network" });
      setSubmitting(false);
      return;
    }
    if (result.ok) {
      submitted.current = true;
      if (timer.current) clearTimeout(timer.current);
      window.localStorage.removeItem(key);
      router.push(successHref(result.data.id));
      return;
    }
    let first = true;
    for (const [path, codes] of Object.entries(result.fieldErrors)) {
      form.setError(path as Path<T>, { type: "server", message: codes[0] }, { shouldFocus: first });
      first = false;
    }
    setFormError({
      code: result.formError ?? "errorSummary",
      reference: result.reference,
    });
    sending.current = false;
    setSubmitting(false);
    // the refused submission is still a draft, on the server too
    void pushToServer();
  };
  const onSubmit = (event?: React.BaseSyntheticEvent) =>
    form.handleSubmit(onValid, () => setFormError({ code: "errorSummary" }))(event);

  /** The translated error of a field ("fields.causeCode"), or undefined. */
  const errorOf = (path: string): string | undefined => {
    const errors = form.formState.errors;
    const entry = (get(errors, path) ?? get(errors, `${path}.root`)) as { message?: string } | undefined;
    const code = entry?.message;
    if (!code) return undefined;
    return messageOr(t, `errors.${code}`, t("errors.invalid"));
  };

  const discard = async (discardAction: (p: { formKey: string }) => Promise<unknown>) => {
    if (!window.confirm(t("discardConfirm"))) return;
    window.localStorage.removeItem(key);
    try {
      await discardAction({ formKey });
    } catch {
      // the server copy goes on the next successful save or submit
    }
    form.reset(defaultValues);
    photosRef.current = [];
    setPhotosState([]);
    noteRef.current = "";
    setNoteState("");
    setRestored(false);
  };

  const setNote = (value: string) => {
    noteRef.current = value;
    setNoteState(value);
    persist();
  };

  return {
    form,
    errorOf,
    onSubmit,
    note,
    setNote,
    submitting,
    formError,
    draftStatus,
    restored,
    photos,
    setPhotos,
    discard,
  };
}
