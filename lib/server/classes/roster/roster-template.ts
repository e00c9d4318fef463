import "server-only";
/** The roster template: a header and two example rows, with a BOM so Excel opens it as UTF-8. */
export const ROSTER_TEMPLATE_FILE_NAME = "学员名单模板.csv";

export function rosterTemplateCsv(): string {
  return "\ufeff姓名,邮箱\r\n张三,zhangsan@example.com\r\n李四,lisi@example.com\r\n";
}
