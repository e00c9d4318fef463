import { describe, expect, it } from "vitest";
import { releasedTitle } from "@/lib/questions/released-title";

describe("a release page's title names the regulation it releases (releasedTitle)", () => {
  it("gives the released regulation's name", () => {
    expect(releasedTitle("中共中央办公厅印发《某某档案工作条例》")).toBe("某某档案工作条例");
    expect(releasedTitle("中共中央印发《中国共产党某某工作规定（试行）》")).toBe("中国共产党某某工作规定（试行）");
    expect(releasedTitle("某省委办公厅印发《关于加强某某工作的意见》的通知")).toBe("关于加强某某工作的意见");
  });

  it("leaves any other title alone: a book, a speech, a headline that goes on", () => {
    expect(releasedTitle("中国共产党纪律处分条例")).toBe("中国共产党纪律处分条例");
    expect(releasedTitle("学校党委印发《红色家书》读本")).toBe("学校党委印发《红色家书》读本");
    expect(releasedTitle("中办印发《某某读本》")).toBe("中办印发《某某读本》");
    expect(releasedTitle("认真学习《某某条例》，推动全面从严治党")).toBe("认真学习《某某条例》，推动全面从严治党");
  });
});
