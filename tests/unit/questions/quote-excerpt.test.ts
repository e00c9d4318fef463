import { describe, expect, it } from "vitest";
import { quoteExcerpt, sharedCredit } from "@/lib/questions/quote-excerpt";

describe("quoteExcerpt", () => {
  it("keeps a short quotation whole", () => {
    expect(quoteExcerpt("群众利益无小事。")).toBe("群众利益无小事。");
  });

  it("cuts a long quotation at the end of a first sentence that is distinctive on its own", () => {
    const quote = "全党同志必须牢记，密切联系群众是我们党的最大政治优势，脱离群众是我们党执政后的最大危险。只有我们把群众放在心上，群众才会把我们放在心上；只有我们把群众当亲人，群众才会把我们当亲人。";
    expect(quoteExcerpt(quote)).toBe("全党同志必须牢记，密切联系群众是我们党的最大政治优势，脱离群众是我们党执政后的最大危险。……");
  });

  it("keeps the next sentence after a short, generic first sentence (stop 28)", () => {
    const quote = "合理的收入分配制度是社会公平正义的重要体现。我们不仅要通过发展经济，把社会财富这个‘蛋糕’做大，也要通过合理的收入分配制度把‘蛋糕’分好。";
    expect(quoteExcerpt(quote)).toBe(quote);
    const longer = `${quote}特别要向弱势群众倾斜，我们一定要落实好这些政策措施，把好事办好，真正让广大群众得到实惠。`;
    expect(quoteExcerpt(longer)).toBe(`${quote}……`);
  });

  it("never extends a 解析 quotation cut to another length", () => {
    const quote = "合理的收入分配制度是社会公平正义的重要体现。我们不仅要通过发展经济，把社会财富这个‘蛋糕’做大，也要通过合理的收入分配制度把‘蛋糕’分好。";
    expect(quoteExcerpt(quote, 40)).toBe("合理的收入分配制度是社会公平正义的重要体现。……");
  });
});

describe("sharedCredit", () => {
  it("sees a quotation credited to several authors, the speaker last (马克思、恩格斯指出)", () => {
    const text = "工人阶级必须要有自己的政党。马克思、恩格斯明确指出：“在实践方面，…”";
    expect(sharedCredit(text, text.indexOf("恩格斯"))).toBe(true);
  });

  it("leaves a quotation credited to one speaker alone", () => {
    const text = "党的一切活动都是为了人民，并依靠人民。胡锦涛同志指出：“始终做到‘三个代表’…”";
    expect(sharedCredit(text, text.indexOf("胡锦涛"))).toBe(false);
    const alone = "恩格斯明确指出：“…”";
    expect(sharedCredit(alone, 0)).toBe(false);
  });
});
