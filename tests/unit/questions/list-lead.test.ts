import { describe, expect, it } from "vitest";
import { withListLead } from "@/lib/questions/build-candidate";

const ARTICLE = "第七条 对党组织的问责方式包括：（一）检查。对履行职责不力、情节较轻的，应当责令其作出书面检查并切实整改。（二）通报。对履行职责不力、情节较重的，应当责令整改，并在一定范围内通报。";

describe("a stem cut from an item of a list", () => {
  it("says what the items are of before the stem", () => {
    const start = ARTICLE.indexOf("对履行职责不力、情节较重");
    expect(withListLead("对履行职责不力、情节较重的，应当责令整改，并在一定范围内______。", ARTICLE, start)).toBe("在对党组织的问责方式中，对履行职责不力、情节较重的，应当责令整改，并在一定范围内______。");
  });

  it("leaves a stem that holds the lead, opens with the item's number, or is not inside the list", () => {
    expect(withListLead("对党组织的问责方式包括检查、______和改组。", ARTICLE, 4)).toBe("对党组织的问责方式包括检查、______和改组。");
    expect(withListLead("（二）______。", ARTICLE, ARTICLE.indexOf("（二）"))).toBe("（二）______。");
    expect(withListLead("党组织应当______。", "党组织应当履行职责。有下列情形之一的，应当予以问责：（一）党的领导弱化。", 0)).toBe("党组织应当______。");
  });

  it("takes no condition (有下列情形之一的) for a list's name", () => {
    const text = "有下列情形之一的，应当予以问责：（一）党的领导弱化，造成严重后果的。";
    expect(withListLead("党的领导弱化，造成严重后果的。", text, text.indexOf("党的领导弱化"))).toBe("党的领导弱化，造成严重后果的。");
  });
});
