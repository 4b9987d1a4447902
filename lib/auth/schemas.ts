import { z } from "zod";

// Shared by the sign-in form and the server. Messages are keys of messages/auth.*.ts (auth.*).
export const signInSchema = z.object({
  email: z.string().trim().min(1, "emailRequired").max(320).pipe(z.email("emailInvalid")),
  password: z.string().min(1, "passwordRequired").max(1024),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const createUserSchema = z.strictObject({
  name: z.string().trim().min(1, "nameRequired").max(200),
  email: z.string().trim().toLowerCase().max(320).pipe(z.email("emailInvalid")),
  role: z.enum(["CONTRIBUTOR", "ADMIN"]),
});

export const userIdSchema = z.string().min(1).max(64);

export const changeRoleSchema = z.strictObject({ userId: userIdSchema, role: z.enum(["CONTRIBUTOR", "ADMIN"]) });
export const setDisabledSchema = z.strictObject({ userId: userIdSchema, disabled: z.enum(["true", "false"]) });
export const issueLinkSchema = z.strictObject({ userId: userIdSchema });

export const MIN_PASSWORD_LENGTH = 12;
export const setPasswordSchema = z
  .strictObject({
    token: z.string().min(1).max(200),
    password: z.string().min(MIN_PASSWORD_LENGTH, "passwordTooShort").max(1024),
    confirm: z.string().max(1024),
  })
  .refine((value) => value.password === value.confirm, { message: "passwordMismatch", path: ["confirm"] });

// The account forms as they post (FormData): the same fields, plus the page's language for the
// link's address and the e-mail shown beside a new link.
const formLocale = z.enum(["en", "ar"]).catch("en");
export const createUserFormSchema = createUserSchema.extend({ locale: formLocale });
export const issueLinkFormSchema = issueLinkSchema.extend({
  email: z.string().max(320).default(""),
  locale: formLocale,
});
