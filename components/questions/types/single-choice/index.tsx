import type { QuestionTypeView } from "../../type-view";
import { choiceView } from "../choice-view";

/** 单选题: one option, chosen by click or its number key. */
export const singleChoiceView: QuestionTypeView<"SINGLE_CHOICE"> = choiceView(false);
