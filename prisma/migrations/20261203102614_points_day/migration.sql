-- CreateTable
CREATE TABLE "PointsDay" (
    "userId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "activity" "PointsActivity" NOT NULL,
    "claimed" INTEGER NOT NULL,

    CONSTRAINT "PointsDay_pkey" PRIMARY KEY ("userId","day","activity")
);

-- AddForeignKey
ALTER TABLE "PointsDay" ADD CONSTRAINT "PointsDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Points credited before this table existed count as claimed.
INSERT INTO "PointsDay" ("userId", "day", "activity", "claimed")
SELECT "userId", "day", "activity", sum("points")::int FROM "PointsEntry" GROUP BY "userId", "day", "activity";
