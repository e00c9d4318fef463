import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

/** Who is acting: the signed-in user as the server knows them now. */
export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export const ROLE_LABELS: Record<Role, string> = {
  LEARNER: "学员",
  INSTRUCTOR: "教员",
  ADMIN: "管理员",
};

/** Instructors and administrators can do everything a learner can, and more. */
export function isStaff(role: Role): boolean {
  return role === "INSTRUCTOR" || role === "ADMIN";
}
