import { NextResponse, type NextRequest } from "next/server";
import { PermissionError } from "@/lib/auth/permissions";
import { requireActionUser } from "@/lib/auth/session";
import { MAX_UPLOAD_BYTES, storeUploadedPhoto } from "@/lib/data/uploads";
import { mediaUrl } from "@/lib/storage/url";
import { FormError } from "@/lib/validations/errors";

// One photo per request (multipart: file, captionEn, captionAr, credit, licence). The browser
// sends it with XMLHttpRequest to show upload progress. The photo is stored but belongs to no
// record: it becomes public only when a proposal naming it is approved.
export async function POST(request: NextRequest) {
  // Route handlers get no origin check from Next (server actions do): a form on another site
  // posting here with the visitor's cookie changes nothing.
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host || new URL(origin).host !== host) {
    return NextResponse.json({ ok: false, fieldErrors: {}, formError: "invalid" }, { status: 403 });
  }
  let user;
  try {
    user = await requireActionUser("upload:create", { action: "api.uploads" });
  } catch (error) {
    if (error instanceof PermissionError) {
      return NextResponse.json({ ok: false, fieldErrors: {}, formError: "permission" }, { status: 403 });
    }
    throw error;
  }
  // refuse an oversized body before reading it (multipart adds a little around the file)
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_UPLOAD_BYTES + 64 * 1024) {
    return NextResponse.json({ ok: false, fieldErrors: { file: ["fileTooLarge"] }, formError: null }, { status: 413 });
  }

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ ok: false, fieldErrors: { file: ["fileEmpty"] }, formError: null }, { status: 400 });
  }
  const file = form.get("file");
  if (!(file instanceof File)) {
    return NextResponse.json({ ok: false, fieldErrors: { file: ["fileEmpty"] }, formError: null }, { status: 400 });
  }
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  try {
    const media = await storeUploadedPhoto({
      actor: user,
      bytes: Buffer.from(await file.arrayBuffer()),
      meta: {
        captionEn: text("captionEn"),
        captionAr: text("captionAr"),
        credit: text("credit"),
        licence: text("licence"),
      },
      defaultCredit: user.name,
    });
    const variants = media.variants as { width: number; key: string }[];
    return NextResponse.json({
      ok: true,
      media: {
        id: media.id,
        url: mediaUrl(media.storageKey),
        previewUrl: mediaUrl(variants[0]?.key ?? media.storageKey),
        width: media.width,
        height: media.height,
      },
    });
  } catch (error) {
    if (error instanceof FormError) {
      return NextResponse.json(
        { ok: false, fieldErrors: error.fieldErrors, formError: error.formError },
        { status: 422 },
      );
    }
    const reference = crypto.randomUUID();
    console.error(`[uploads] ${reference}`, error);
    return NextResponse.json({ ok: false, fieldErrors: {}, formError: "unexpected", reference }, { status: 500 });
  }
}
