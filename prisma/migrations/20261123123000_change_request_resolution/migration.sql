-- AlterTable
ALTER TABLE "ChangeRequest" ADD COLUMN     "resolution" JSONB;
