import { z } from "zod";

// Shared by the sign-in form and the server. Messages are keys of messages/auth.*.ts (auth.*).
export const signInSchema = z.object({
  email: z.string().trim().min(1, "emailRequired").max(320).pipe(z.email("emailInvalid")),
  password: z.string().min(1, "passwordRequired").max(1024),
});
export type SignInInput = z.infer<typeof signInSchema>;
