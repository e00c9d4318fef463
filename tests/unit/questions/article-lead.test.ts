import { describe, expect, it } from "vitest";
import { articleLead, isArticle, opensOnArticleNumber, withoutArticleLead } from "@/lib/questions/article-lead";

describe("an article's lead: where it is and what number it has", () => {
  it("reads the number that opens an article, with the space after it", () => {
    expect(articleLead("第十二条　协会理事会每届任期四年。")).toEqual({ article: "第十二条", number: 12, end: 5 });
    expect(articleLead("第一百零三条会员应当遵守章程。")).toEqual({ article: "第一百零三条", number: 103, end: 6 });
    expect(articleLead("第五条")).toEqual({ article: "第五条", number: 5, end: 3 });
  });

  it("is no lead inside a sentence, nor a number followed by a colon", () => {
    expect(articleLead("依照第十二条规定办理。")).toBeNull();
    expect(articleLead("第四条：写完后至少看两遍。")).toBeNull();
    expect(opensOnArticleNumber("第四条：写完后至少看两遍。")).toBe(true);
  });

  it("takes the lead off a text and tells an article from prose", () => {
    expect(withoutArticleLead("第三条 会员享有下列权利。")).toBe("会员享有下列权利。");
    expect(withoutArticleLead("会员享有下列权利。")).toBe("会员享有下列权利。");
    expect(isArticle("  第三条 会员享有下列权利。")).toBe(true);
    expect(isArticle("协会理事会每届任期四年。")).toBe(false);
  });
});
