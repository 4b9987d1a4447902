import type { Role } from "../../lib/generated/prisma/client";

// Known credentials for trying the app locally. They are created only outside production mode,
// and a production start disables them if an earlier demo run left them in the database.
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; name: string; role: Role; password: string }> = [
  {
    email: "archaeologist@demo.heritage.local",
    name: "Demo Archaeologist",
    role: "CONTRIBUTOR",
    password: "palmyra-archaeologist-demo",
  },
  { email: "admin@demo.heritage.local", name: "Demo Admin", role: "ADMIN", password: "palmyra-admin-demo" },
];
