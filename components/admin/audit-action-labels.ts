/** Chinese names of audit actions; an action not listed is shown as its code. */
const AUDIT_ACTION_LABELS: Record<string, string> = {
  "user.register": "学员注册",
  "user.create": "创建账号",
  "user.deactivate": "停用账号",
  "user.reactivate": "启用账号",
  "user.reset_password": "重置密码",
  "user.change_password": "修改密码",
  "user.change_role": "修改角色",
  "class.create": "创建班级",
  "class.rename": "班级改名",
  "class.regenerate_code": "重新生成邀请码",
  "class.add_instructor": "添加教员",
  "class.remove_member": "移出成员",
  "class.join": "凭邀请码加入班级",
  "class.import_roster": "导入名单",
  "document.upload": "上传材料",
  "question.difficulty_from_results": "按测验成绩更新题目难度",
  "quiz.create": "创建测验",
  "quiz.update": "修改测验设置",
  "quiz.save_rules": "修改抽题规则",
  "quiz.add_items": "向测验添加题目",
  "quiz.update_items": "调整测验题目",
  "assignment.create": "布置测验",
  "assignment.change_window": "修改测验开放时间",
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}
