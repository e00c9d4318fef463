-- CreateTable
CREATE TABLE "OrganisationSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "pointsEnabled" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganisationSettings_pkey" PRIMARY KEY ("id")
);
