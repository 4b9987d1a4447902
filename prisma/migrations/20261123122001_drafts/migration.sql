-- CreateTable
CREATE TABLE "Draft" (
    "id" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "formKey" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Draft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Draft_authorId_updatedAt_idx" ON "Draft"("authorId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Draft_authorId_formKey_key" ON "Draft"("authorId", "formKey");

-- AddForeignKey
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
