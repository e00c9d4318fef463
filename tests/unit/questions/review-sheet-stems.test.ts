import { describe, expect, it } from "vitest";
import { hasDanglingReference } from "@/lib/questions/dangling-reference";

// Review sheets (问答题 notes) answer with fields on lines of their own; a stem cut from them must stand alone.
describe("stems cut from a review sheet's answers", () => {
  it("doubts a statement whose answer fields run together (a value glued to the next field's label)", () => {
    expect(hasDanglingReference("某次会议的时间：1925年1月意义：会议确立了新的方针。")).toBe(true);
    expect(hasDanglingReference("起义的地点：某地经过：起义部队占领了全城。")).toBe(true);
  });

  it("keeps a statement with one field, or a colon a sentence's own verb leads", () => {
    expect(hasDanglingReference("某次会议的召开时间：1925年1月。")).toBe(false);
    expect(hasDanglingReference("会议强调：要深刻认识全面从严治党的重大意义。")).toBe(false);
    // …though the meeting it calls 这次 is named nowhere: which one (stand-alone-stems.test.ts).
    expect(hasDanglingReference("会议强调：要深刻认识这次会议的重大意义。")).toBe(true);
  });

  it("doubts a statement that opens on 从此 or 自此, a sequel of what the sheet told before", () => {
    expect(hasDanglingReference("从此，多年的内战基本停止，统一战线初步形成。")).toBe(true);
    expect(hasDanglingReference("自此中国革命进入了新的阶段。")).toBe(true);
    expect(hasDanglingReference("某次事变的和平解决成为扭转时局的关键。")).toBe(false);
  });
});
