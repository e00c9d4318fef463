import { z } from "zod";
import { textField } from "./text";

/** An id from a form: any string we might look up, bounded so a forged value cannot be huge. */
export const idField = (message: string) => textField({ error: message }).trim().min(1, message).max(64, message);

export const CLASS_NAME_MAX_LENGTH = 50;

export const className = textField({ error: "请输入班级名称" })
  .trim()
  .min(1, "请输入班级名称")
  .max(CLASS_NAME_MAX_LENGTH, `班级名称不能超过 ${CLASS_NAME_MAX_LENGTH} 个字`);

export const createClassSchema = z.object({ name: className });

export const renameClassSchema = z.object({ classId: idField("班级无效"), name: className });

export const classIdSchema = z.object({ classId: idField("班级无效") });

export const classMemberSchema = z.object({ classId: idField("班级无效"), userId: idField("成员无效") });

export const joinClassSchema = z.object({
  inviteCode: textField({ error: "请输入班级邀请码" })
    .trim()
    .toUpperCase()
    .min(1, "请输入班级邀请码")
    .max(32, "邀请码无效，请向教员确认"),
});
