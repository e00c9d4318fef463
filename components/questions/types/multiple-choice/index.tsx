import type { QuestionTypeView } from "../../type-view";
import { choiceView } from "../choice-view";

/** 多选题: options ticked and unticked, the answer sorted. */
export const multipleChoiceView: QuestionTypeView<"MULTIPLE_CHOICE"> = choiceView(true);
