-- CreateTable
CREATE TABLE "ApiRateLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "ApiRateLimit_pkey" PRIMARY KEY ("key")
);
