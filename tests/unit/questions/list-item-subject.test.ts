import { describe, expect, it } from "vitest";
import { listItemWithoutSubject } from "@/lib/questions/list-item-subject";

describe("a numbered list item cut from its lead (LIST_ITEM_NO_SUBJECT, stop 34)", () => {
  it("takes an item that opens on a verb with no one said to do it", () => {
    expect(listItemWithoutSubject("加强对所属单位的业务指导，促进其履行______。", "（四）加强对所属单位的业务指导，促进其履行监督责任。")).toBe(true);
    expect(listItemWithoutSubject("监督促进所属单位领导班子履行______。", "2. 监督促进所属单位领导班子履行主体责任。")).toBe(true);
  });

  it("leaves an item whose list is named before it, one with a subject, and a sentence that is no item", () => {
    expect(listItemWithoutSubject("在党员必须履行的义务中，认真学习______。", "（一）认真学习马克思列宁主义。")).toBe(false);
    expect(listItemWithoutSubject("派驻机构应当加强对所属单位的业务指导，促进其履行______。", "（四）派驻机构应当加强对所属单位的业务指导，促进其履行监督责任。")).toBe(false);
    expect(listItemWithoutSubject("加强对所属单位的业务指导，促进其履行______。", "加强对所属单位的业务指导，促进其履行监督责任。")).toBe(false);
    expect(listItemWithoutSubject("______：每季度召开1次，研究决定重大事项。", "1. 支部党员大会：每季度召开1次，研究决定重大事项。")).toBe(false);
  });
});
