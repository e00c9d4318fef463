import fs from "node:fs";
import { describe, expect, test } from "vitest";
import {
  DEFAULT_AT_RISK_RULES,
  HEAT_BANDS,
  addDays,
  atRiskReasons,
  chartSegments,
  daysBetween,
  formatShare,
  HEAT_EMPTY,
  heatColour,
  heatLevel,
  relativeChange,
  scoreTrend,
  studyDayOf,
  studyWeekIndex,
  studyWeeks,
  type LearnerRiskFeatures,
} from "@/lib/stats";

describe("heat colour scale", () => {
  test("bands split at 50, 70, 80 and 90 per cent; no data is neutral", () => {
    expect(heatColour(0.49).background).toBe(HEAT_BANDS[0]!.background);
    expect(heatColour(0.5).background).toBe(HEAT_BANDS[1]!.background);
    expect(heatColour(0.79).background).toBe(HEAT_BANDS[2]!.background);
    expect(heatColour(0.8).background).toBe(HEAT_BANDS[3]!.background);
    expect(heatColour(1).background).toBe(HEAT_BANDS[4]!.background);
    expect(heatColour(null)).toEqual({ background: "#f5f5f4", text: "#57534e" });
    expect([formatShare(0.8349), formatShare(null)]).toEqual(["83%", "—"]);
  });

  test("levels count the bands from 1, 0 for no data; the theme's light heat colours are the bands' own", () => {
    expect([0, 0.49, 0.5, 0.7, 0.8, 0.9, 1, null, Number.NaN].map(heatLevel)).toEqual([1, 1, 2, 3, 4, 5, 5, 0, 0]);
    // The light theme is the @theme block of app/globals.css; dark mode overrides it further down.
    const theme = fs.readFileSync("app/globals.css", "utf8").split("@layer base")[0]!;
    const variable = (name: string) => new RegExp(`--color-${name}:\\s*(#[0-9a-f]{6});`).exec(theme)?.[1];
    const bands = [HEAT_EMPTY, ...HEAT_BANDS];
    expect(bands.map((_, level) => [variable(`heat-${level}`), variable(`on-heat-${level}`)])).toEqual(bands.map((band) => [band.background, band.text]));
  });
});

describe("study days and weeks", () => {
  test("the study day is the date in Shanghai (UTC+8)", () => {
    expect(studyDayOf(new Date("2026-03-01T15:59:59Z"))).toBe("2026-03-01");
    expect(studyDayOf(new Date("2026-03-01T16:00:00Z"))).toBe("2026-03-02");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-02-25", "2026-03-04")).toBe(7);
  });

  test("weeks end today and run back seven days at a time, oldest first", () => {
    expect(studyWeeks("2026-03-15", 3)).toEqual([
      { index: 2, firstDay: "2026-02-23", lastDay: "2026-03-01" },
      { index: 1, firstDay: "2026-03-02", lastDay: "2026-03-08" },
      { index: 0, firstDay: "2026-03-09", lastDay: "2026-03-15" },
    ]);
    expect([studyWeekIndex("2026-03-15", "2026-03-15"), studyWeekIndex("2026-03-09", "2026-03-15"), studyWeekIndex("2026-03-08", "2026-03-15")]).toEqual([0, 0, 1]);
  });

  test("relative change and chart points", () => {
    expect(relativeChange(120, 100)).toBeCloseTo(0.2, 12);
    expect(relativeChange(5, 0)).toBeNull();
    expect(chartSegments([0, 5, null, 10], { width: 300, height: 100 })).toEqual([
      [{ x: 0, y: 100, value: 0 }, { x: 100, y: 50, value: 5 }],
      [{ x: 300, y: 0, value: 10 }],
    ]);
    expect(chartSegments([0, 0], { width: 10, height: 10 })).toEqual([[{ x: 0, y: 10, value: 0 }, { x: 10, y: 10, value: 0 }]]);
  });
});

describe("at-risk rules", () => {
  const calm: LearnerRiskFeatures = { overdueReviews: 0, missedAssignments: 0, recentScores: [], daysSinceActive: 1, daysSinceJoined: 90 };

  test("a learner meeting no rule has no reason", () => {
    expect(atRiskReasons(calm)).toEqual([]);
    expect(atRiskReasons({ ...calm, overdueReviews: 29, missedAssignments: 1, daysSinceActive: 13 })).toEqual([]);
  });

  test("each rule gives its Chinese reason, inactivity first", () => {
    expect(atRiskReasons({ overdueReviews: 30, missedAssignments: 2, recentScores: [0.5, 0.6, 0.8, 0.7], daysSinceActive: 14, daysSinceJoined: 90 })).toEqual([
      { code: "INACTIVE", text: "已 14 天未学习" },
      { code: "MISSED_ASSIGNMENTS", text: "近 60 天错过 2 次测验" },
      { code: "FALLING_SCORES", text: "测验成绩下滑：最近 2 次平均 55%，此前平均 75%" },
      { code: "OVERDUE_REVIEWS", text: "30 张卡片逾期未复习" },
    ]);
  });

  test("never active counts only once the learner has been here long enough", () => {
    expect(atRiskReasons({ ...calm, daysSinceActive: null, daysSinceJoined: 14 })).toEqual([{ code: "INACTIVE", text: "加入后从未学习" }]);
    expect(atRiskReasons({ ...calm, daysSinceActive: null, daysSinceJoined: 3 })).toEqual([]);
  });

  test("falling scores need two recent and two earlier scores and a drop of 15 points", () => {
    expect(scoreTrend([0.5, 0.6, 0.8], 2)).toBeNull();
    expect(scoreTrend([0.5, 0.6, 0.8, 0.7, 0.1], 2)).toEqual({ recent: 0.55, earlier: 0.75 });
    expect(atRiskReasons({ ...calm, recentScores: [0.65, 0.65, 0.8, 0.8] }).map((reason) => reason.code)).toEqual(["FALLING_SCORES"]);
    expect(atRiskReasons({ ...calm, recentScores: [0.66, 0.66, 0.8, 0.8] })).toEqual([]);
    expect(atRiskReasons({ ...calm, recentScores: [0.9, 0.9, 0.5, 0.5] })).toEqual([]);
  });

  test("thresholds can be changed", () => {
    expect(atRiskReasons({ ...calm, overdueReviews: 5 }, { ...DEFAULT_AT_RISK_RULES, overdueReviews: 5 })).toEqual([{ code: "OVERDUE_REVIEWS", text: "5 张卡片逾期未复习" }]);
  });
});
