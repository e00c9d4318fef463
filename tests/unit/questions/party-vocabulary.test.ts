import { describe, expect, it } from "vitest";
import { nearSynonyms } from "@/lib/questions";
import { classPostdates, completesClassIn, kinSetMembers, kinSetOf, outsideNamedSet, misorderedSetIn, countedClassNamed, onlyContextualClasses, partOrWhole, PARTY_VOCABULARY, sharedVocabularyClass, vocabularyClassAt, vocabularyClassClaim, vocabularyClassIn, vocabularyClassMembers, vocabularyClassOf, vocabularySiblings, vocabularyTermsContaining } from "@/lib/questions/party-vocabulary";
import { yearOf } from "@/lib/questions/course-index";

describe("party-vocabulary lexicon", () => {
  it("names every class once and lists each member once, in sets of at least two", () => {
    const names = PARTY_VOCABULARY.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    for (const entry of PARTY_VOCABULARY) {
      expect(entry.members.length, entry.name).toBeGreaterThanOrEqual(2);
      expect(new Set(entry.members).size, entry.name).toBe(entry.members.length);
      for (const member of entry.members) expect(member, entry.name).toBe(member.trim());
    }
  });

  it("holds no near-synonyms within a class (a 单选 of the class would have two right answers)", () => {
    // nearSynonyms reads 群众 in 一切为了群众 and 从群众中来 as one noun modified: the steps of the 群众路线 are no synonyms.
    for (const entry of PARTY_VOCABULARY.filter((own) => own.name !== "群众路线的内容")) {
      for (const [at, member] of entry.members.entries()) {
        // A whole beside its parts (民主集中制 beside 集体领导) is kept apart as options by the part-of relation (stop 28).
        for (const other of entry.members.slice(at + 1).filter((other) => !partOrWhole(member, other))) expect(nearSynonyms(member, other), `${entry.name}: ${member} / ${other}`).toBe(false);
      }
    }
  });

  it("lists a set inside a wider one before it, so a member's own class is the narrower one", () => {
    PARTY_VOCABULARY.forEach((narrow, at) => {
      PARTY_VOCABULARY.forEach((wide, other) => {
        const inside = narrow.members.length < wide.members.length && narrow.members.every((member) => wide.members.includes(member));
        if (inside) expect(at, `${narrow.name} inside ${wide.name}`).toBeLessThan(other);
      });
    });
    expect(vocabularyClassOf("党课")).toBe("三会一课");
    expect(vocabularyClassOf("组织生活会")).toBe("组织生活");
    expect(vocabularyClassOf("民族区域自治制度")).toBe("基本政治制度");
    expect(sharedVocabularyClass("人民代表大会制度", "民族区域自治制度")).toBe("我国的政治制度");
  });

  it("keeps a body apart from a meeting: 支部委员会 sets up a branch, 支部委员会会议 is one of the 三会一课", () => {
    expect(sharedVocabularyClass("支部委员会", "党小组会")).toBeNull();
    expect(sharedVocabularyClass("支部委员会会议", "党小组会")).toBe("三会一课");
    expect(vocabularySiblings("支部委员会")).not.toContain("党课");
  });

  it("gives the other members of standard sets as wrong options", () => {
    expect(sharedVocabularyClass("专项巡视", "机动巡视")).toBe("巡视组织形式");
    expect(vocabularySiblings("专项巡视")).not.toContain("专项巡视");
    expect(vocabularyClassMembers("四种形态")).toEqual(["第一种形态", "第二种形态", "第三种形态", "第四种形态"]);
    expect(sharedVocabularyClass("谈话函询", "暂存待查")).toBe("问题线索处置方式");
    expect(sharedVocabularyClass("记大过", "撤职")).toBe("政务处分");
    // A 政务处分 and a 党纪处分 of the same name share their word only: 记过 is no 党纪处分.
    expect(sharedVocabularyClass("记过", "留党察看")).toBeNull();
  });

  it("knows a name whole, so a blank does not cut it (支部委员会 out of 支部委员会会议)", () => {
    expect(vocabularyTermsContaining("支部委员会")).toContain("支部委员会会议");
  });

  it("says a term is of a class where its text speaks of the set, and of a contextual set (两个责任, 问责方式) only there", () => {
    // A named set needs no sign: 官僚主义 is of 四风 wherever it is said.
    expect(vocabularyClassIn("官僚主义", "官僚主义是一种脱离群众的作风。")).toBe("四风");
    // 监督责任 of every member is no 两个责任; beside 主体责任 it is.
    expect(vocabularyClassIn("监督责任", "全体党员要增强监督意识，既履行监督责任，又接受各方面监督。")).toBeNull();
    expect(vocabularyClassIn("监督责任", "落实党委主体责任和纪委监督责任。")).toBe("党风廉政建设的“两个责任”");
    expect(vocabularyClassIn("通报", "对党组织的问责方式包括：检查、通报、改组。")).toBe("问责方式");
    expect(vocabularyClassIn("纪律处分", "给以批评教育直至纪律处分。")).toBeNull();
    // A member inside the term is no sign (监督 of 监督责任).
    expect(vocabularyClassIn("政治性", "又有很强政治性和政策性的概念。")).toBeNull();
    // A term of contextual sets only is an ordinary word out of them; one of a named set is not.
    expect(onlyContextualClasses("监督责任")).toBe(true);
    expect(onlyContextualClasses("群众路线")).toBe(false);
    expect(onlyContextualClasses("不在词表中的词")).toBe(false);
    // 清正廉洁 is a virtue any text praises; of 好干部标准 only beside the standard or another of its members.
    expect(onlyContextualClasses("清正廉洁")).toBe(true);
    expect(vocabularyClassIn("清正廉洁", "在改造客观世界的同时自觉改造主观世界，大公无私，清正廉洁。")).toBeNull();
    expect(vocabularyClassIn("清正廉洁", "努力做到信念坚定、为民服务、勤政务实、敢于担当、清正廉洁。")).toBe("好干部标准");
  });

  it("lets a 解析 claim 五位一体 or 正确的观念 only where the passage speaks of the set, and a named set anywhere", () => {
    // 文化建设 of 廉洁文化建设 is no 五位一体 member; beside 经济建设 it is.
    expect(vocabularyClassClaim("文化建设", "推进廉洁文化建设，营造崇廉拒腐氛围。")).toBeNull();
    expect(vocabularyClassClaim("文化建设", "统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设。")).toBe("五位一体");
    // 正确的观念 is the lexicon's own name: said only beside 世界观、人生观 or the like.
    expect(vocabularyClassClaim("世界观", "是马克思主义关于发展的世界观和方法论的集中体现。")).toBeNull();
    // Beside 人生观、价值观 it is of the 三观, the narrower fixed formula; beside 权力观、政绩观 of the wider kind.
    expect(vocabularyClassClaim("世界观", "树立正确的世界观、人生观、价值观。")).toBe("三观");
    expect(vocabularyClassClaim("世界观", "树立正确的世界观、权力观、政绩观。")).toBe("正确的观念");
    expect(vocabularyClassClaim("新发展理念", "深入贯彻新发展理念。")).toBeNull();
    // 伟大事业 of any cause is no 四个伟大 member; beside 伟大斗争、伟大工程 it is.
    expect(vocabularyClassClaim("伟大事业", "将个人发展融入国家和民族的伟大事业中去。")).toBeNull();
    expect(vocabularyClassClaim("伟大事业", "统揽伟大斗争、伟大工程、伟大事业、伟大梦想。")).toBe("四个伟大");
    // A named set of the party needs no sign, as before.
    expect(vocabularyClassClaim("官僚主义", "官僚主义是一种脱离群众的作风。")).toBe("四风");
    expect(vocabularyClassClaim("不在词表中的词", "不在词表中的词。")).toBeNull();
  });

  it("names the set of an everyday compound only where the passage speaks of the set (issue 16)", () => {
    // 制度建设 of any task is no member of the party's building; beside 思想建设 or 作风建设 it is.
    expect(vocabularyClassClaim("制度建设", "推进城乡融合发展，必须把制度建设贯穿始终。")).toBeNull();
    expect(vocabularyClassClaim("制度建设", "全面推进党的思想建设、组织建设、作风建设和制度建设。")).toBe("党的建设");
    // 工作纪律 of any work (会议工作纪律) is not the sixth discipline; in the list of six it is.
    expect(vocabularyClassClaim("工作纪律", "参会人员应当遵守会议工作纪律。")).toBeNull();
    expect(vocabularyClassClaim("工作纪律", "严守政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律。")).toBe("党的纪律");
    // 生态文明 at the head of a name or idea is no 五个文明 tag; beside 物质文明、精神文明 it is.
    expect(vocabularyClassClaim("生态文明", "学习贯彻习近平生态文明思想，守护好一江清水。")).toBeNull();
    expect(vocabularyClassClaim("生态文明", "推动物质文明、政治文明、精神文明、社会文明、生态文明协调发展。")).toBe("五个文明");
    // 污染防治 of a field is no 攻坚战; named as one (the set's head noun on it) it is.
    expect(vocabularyClassClaim("污染防治", "加强城市扬尘污染防治。")).toBeNull();
    expect(vocabularyClassClaim("污染防治", "坚决打好污染防治攻坚战。")).toBe("三大攻坚战");
  });

  it("reads a contextual set's two-character member as a sign only where it stands as a word, not inside a longer one", () => {
    // 检查 inside 纪律检查委员会 says nothing of the ways of holding to account.
    expect(vocabularyClassClaim("纪律处分", "对党员的纪律处分，须报县级党的纪律检查委员会批准。")).toBeNull();
    expect(vocabularyClassClaim("纪律处分", "问责方式有检查、通报、改组、纪律处分。")).toBe("问责方式");
    expect(vocabularyClassClaim("通报", "对履行职责不力的党组织，应当责令整改，并在一定范围内通报。")).toBeNull();
    expect(vocabularyClassClaim("通报", "对党组织的问责方式包括检查、通报、改组。")).toBe("问责方式");
  });

  it("holds fixed formulas as closed sets: a blank on one member beside all the others has one answer (stop 30, issue #16)", () => {
    // The 三观 is a set of its own inside the wider 正确的观念: 世界观、价值观 beside the blank leave only 人生观.
    expect(completesClassIn("人生观", "要帮助青年树立正确的世界观、价值观、______，扣好人生第一粒扣子。")).toBe(true);
    expect(vocabularyClassOf("人生观")).toBe("三观");
    expect(sharedVocabularyClass("世界观", "权力观")).toBe("正确的观念");
    // …but one of them beside views of the wider kind only is no complete set (权力观 or 地位观 would fit as well).
    expect(completesClassIn("人生观", "树立正确的权力观、政绩观、______。")).toBe(false);
    expect(completesClassIn("话语权", "牢牢掌握意识形态工作的领导权、管理权、______。")).toBe(true);
    expect(completesClassIn("协同性", "增强各项改革举措的系统性、整体性、______。")).toBe(true);
    expect(completesClassIn("精准扶贫", "坚持______、精准脱贫，确保扶贫对象精准。")).toBe(true);
    expect(completesClassIn("党的领导法规", "分为党的组织法规、______、党的自身建设法规、党的监督保障法规。")).toBe(true);
    expect(completesClassIn("洗洗澡", "按照照镜子、正衣冠、______、治治病的总要求开展活动。")).toBe(true);
    expect(completesClassIn("尊重知识", "实行尊重劳动、______、尊重人才、尊重创造的方针。")).toBe(true);
    // Two of four named leave two that fit: no complete set.
    expect(completesClassIn("尊重知识", "营造尊重劳动、______的社会氛围。")).toBe(false);
  });

  it("keeps formulas of everyday words contextual: 系统性, 领导权, 党史 out of their set are ordinary words", () => {
    for (const term of ["系统性", "领导权", "党史", "话语权"]) expect(onlyContextualClasses(term), term).toBe(true);
    expect(vocabularyClassIn("系统性", "这项工作具有很强的系统性。")).toBeNull();
    expect(vocabularyClassIn("党史", "认真学习党史、新中国史、改革开放史、社会主义发展史。")).toBe("四史");
    // Named formulas of the 应知应会 lists are told by their counted names.
    expect(countedClassNamed("四个铁一般")?.members).toContain("铁一般担当");
    expect(countedClassNamed("两个大局")?.members).toEqual(["中华民族伟大复兴战略全局", "世界百年未有之大变局"]);
    expect(countedClassNamed("四史")?.members).toContain("改革开放史");
    expect(countedClassNamed("三观")?.members).toEqual(["世界观", "人生观", "价值观"]);
  });
});

describe("sets named after a document was written", () => {
  it("are no class of a term in a document dated before them, and are when the date is later or unknown", () => {
    expect(classPostdates("四风", 1942)).toBe(true);
    expect(classPostdates("四风", 2016)).toBe(false);
    expect(classPostdates("四风", null)).toBe(false);
    expect(classPostdates("党的纪律", 1942)).toBe(false);
    expect(vocabularyClassAt("形式主义", 1942)).toBe("党内要反对的作风和思想倾向");
    expect(vocabularyClassAt("形式主义", 2020)).toBe("四风");
    expect(vocabularyClassAt("伟大事业", 1942)).toBeNull();
    expect(vocabularyClassAt("照镜子", 1942)).toBeNull();
  });
  it("reads a document's year from its printed date", () => {
    expect(yearOf("一九四二年二月八日")).toBe(1942);
    expect(yearOf("一九○六年")).toBe(1906);
    expect(yearOf("2016年10月27日")).toBe(2016);
    expect(yearOf("2026-03-30")).toBe(2026);
    expect(yearOf("二月八日")).toBeNull();
    expect(yearOf(undefined)).toBeNull();
  });
});

describe("sets quoted out of their fixed order (issue #16)", () => {
  it("finds a fixed-order set quoted in another order as one list around the term", () => {
    expect(misorderedSetIn("核心意识", "牢固树立政治意识、核心意识、大局意识、看齐意识。")).toBe("四个意识");
    expect(misorderedSetIn("人生观", "树立正确的世界观、价值观、人生观，牢记宗旨。")).toBe("三观");
    expect(misorderedSetIn("看齐意识", "牢固树立政治意识、大局意识、核心意识、看齐意识。")).toBeNull();
    expect(misorderedSetIn("人生观", "树立正确的世界观、人生观和价值观。")).toBeNull();
  });

  it("does not read members apart in the text as one list, two members as a set, or a member inside another", () => {
    // Two of the set only, or the members in separate clauses: no order is quoted.
    expect(misorderedSetIn("人生观", "改造人生观，树立科学的世界观。")).toBeNull();
    expect(misorderedSetIn("价值观", "关于价值观的讨论很多；世界观决定方法，人生观决定方向。")).toBeNull();
    // 警告 inside 严重警告 is no member of its own; the five in order is no misordering.
    expect(misorderedSetIn("留党察看", "处分分为严重警告、警告、撤销党内职务、留党察看。")).toBe("党纪处分");
    expect(misorderedSetIn("留党察看", "处分有警告、严重警告、撤销党内职务、留党察看、开除党籍。")).toBeNull();
    // A set whose order the lexicon does not fix (党的纪律) is never misordered.
    expect(misorderedSetIn("组织纪律", "严守政治纪律、廉洁纪律、组织纪律。")).toBeNull();
  });

  it("gives a set of record the members of its kin sets as wrong options, less any member of a set an item is of", () => {
    expect(kinSetMembers(["精神懈怠危险", "能力不足危险"])).toEqual(["执政考验", "改革开放考验", "市场经济考验", "外部环境考验"]);
    expect(kinSetOf("执政考验", ["精神懈怠危险", "能力不足危险"])).toBe("四大考验");
    // 警告 is both a 党纪处分 and a 政务处分: never a wrong option for a list of either.
    expect(kinSetMembers(["停职检查", "免职"])).toContain("留党察看");
    expect(kinSetMembers(["记过", "降级"])).not.toContain("警告");
    expect(kinSetMembers(["记过", "降级"])).toContain("留党察看");
    // A list not wholly inside one set that has kin (四风 and 拜金主义), or of a set with none, has no kin members.
    expect(kinSetMembers(["形式主义", "拜金主义"])).toEqual([]);
    expect(kinSetMembers(["政治纪律", "组织纪律"])).toEqual([]);
    expect(kinSetOf("政治纪律", ["精神懈怠危险"])).toBeNull();
  });

  it("knows an option to be outside the set a 多选 asks for by name: a wider class's sibling or a kin set's member", () => {
    const views = ["世界观", "人生观", "价值观"];
    expect(outsideNamedSet("权力观", views, "下列属于“三观”的有（　）。")).toBe(true);
    expect(outsideNamedSet("执政考验", ["精神懈怠危险", "能力不足危险"], "下列属于“四种危险”的有（　）。")).toBe(true);
    // Not when the stem shows the sentence, names no lexicon set, or the option is of the set or of no class of an item.
    expect(outsideNamedSet("权力观", views, "要树立正确的（　）。")).toBe(false);
    expect(outsideNamedSet("权力观", views, "下列属于“思想观念”的有（　）。")).toBe(false);
    expect(outsideNamedSet("人生观", ["世界观", "价值观"], "下列属于“三观”的有（　）。")).toBe(false);
    expect(outsideNamedSet("科学发展观", views, "下列属于“三观”的有（　）。")).toBe(false);
  });
});
