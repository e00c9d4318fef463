-- CreateEnum
CREATE TYPE "ColorScheme" AS ENUM ('SYSTEM', 'LIGHT', 'DARK');

-- AlterTable
ALTER TABLE "LearnerSettings" ADD COLUMN     "colorScheme" "ColorScheme" NOT NULL DEFAULT 'SYSTEM',
ADD COLUMN     "largeText" BOOLEAN NOT NULL DEFAULT false;
