import { describe, expect, test } from "vitest";
import { default_w } from "ts-fsrs";
import { binaryLogLoss, historyLogLoss, preferParameters, recallPredictions } from "@/lib/srs";

const DAY = 86_400_000;
const t0 = new Date("2026-03-01T00:00:00Z");
const at = (days: number) => new Date(t0.getTime() + days * DAY);

describe("binaryLogLoss", () => {
  test("is the mean negative log-likelihood of the outcomes", () => {
    expect(binaryLogLoss([{ p: 0.9, recalled: true }])).toBeCloseTo(0.10536051565782628, 15);
    expect(binaryLogLoss([{ p: 0.9, recalled: false }])).toBeCloseTo(2.302585092994045, 14);
    expect(binaryLogLoss([{ p: 0.9, recalled: true }, { p: 0.5, recalled: false }])).toBeCloseTo((0.10536051565782628 + 0.6931471805599453) / 2, 15);
    expect(binaryLogLoss([{ p: 0.5, recalled: true }, { p: 0.5, recalled: false }, { p: 0.5, recalled: true }])).toBeCloseTo(Math.LN2, 15);
  });

  test("is 0 without predictions and finite at certain but wrong predictions", () => {
    expect(binaryLogLoss([])).toBe(0);
    expect(binaryLogLoss([{ p: 1, recalled: false }])).toBeCloseTo(-Math.log(1e-7), 6);
    expect(binaryLogLoss([{ p: 0, recalled: true }])).toBeCloseTo(-Math.log(1e-7), 9);
  });
});

describe("recallPredictions and historyLogLoss", () => {
  test("the first review of a card predicts nothing; the next is the forgetting curve at the initial stability", () => {
    const w = [...default_w];
    const decay = -w[20]!;
    const factor = Math.pow(0.9, 1 / decay) - 1;
    const expected = Math.pow(1 + (factor * 3) / w[2]!, decay); // Good first: S0 = w[2]; 3 days later
    const predictions = recallPredictions([[{ rating: 3, reviewedAt: t0 }, { rating: 3, reviewedAt: at(3) }]], []);
    expect(predictions).toHaveLength(1);
    expect(predictions[0]!.recalled).toBe(true);
    expect(predictions[0]!.p).toBeCloseTo(expected, 12);
    // At exactly the stability, FSRS predicts 90 % recall by definition.
    const atStability = recallPredictions([[{ rating: 3, reviewedAt: t0 }, { rating: 1, reviewedAt: at(w[2]!) }]], []);
    expect(atStability[0]!.p).toBeCloseTo(0.9, 12);
    expect(historyLogLoss([[{ rating: 3, reviewedAt: t0 }, { rating: 1, reviewedAt: at(w[2]!) }]], [])).toEqual({ logLoss: expect.closeTo(-Math.log(0.1), 10), count: 1 });
  });

  test("empty weights mean the ts-fsrs defaults, and different weights give a different loss", () => {
    const history = [
      [{ rating: 3, reviewedAt: t0 }, { rating: 3, reviewedAt: at(2) }, { rating: 1, reviewedAt: at(10) }, { rating: 3, reviewedAt: at(11) }],
      [{ rating: 4, reviewedAt: t0 }, { rating: 3, reviewedAt: at(8) }],
    ];
    expect(historyLogLoss(history, [])).toEqual(historyLogLoss(history, default_w));
    const slower = default_w.map((value, index) => (index <= 3 ? value * 4 : value));
    expect(historyLogLoss(history, slower).logLoss).not.toBeCloseTo(historyLogLoss(history, []).logLoss, 6);
    expect(historyLogLoss(history, []).count).toBe(4);
  });
});

describe("preferParameters", () => {
  test("keeps the candidate only when strictly better", () => {
    expect(preferParameters({ logLoss: 0.4 }, { logLoss: 0.3 })).toBe("candidate");
    expect(preferParameters({ logLoss: 0.3 }, { logLoss: 0.3 })).toBe("current");
    expect(preferParameters({ logLoss: 0.3 }, { logLoss: 0.5 })).toBe("current");
    expect(preferParameters({ logLoss: 0.3 }, { logLoss: Number.NaN })).toBe("current");
  });
});
