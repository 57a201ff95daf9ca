// The role names the migration inserts; permissions live in the database.
export const ROLES = ["candidate", "hiring-manager", "reviewer", "admin"] as const;
export type RoleName = (typeof ROLES)[number];

export const ROLE_LABELS: Record<RoleName, string> = {
  candidate: "Candidate",
  "hiring-manager": "Hiring manager",
  reviewer: "Reviewer",
  admin: "Admin",
};

/** Each role's home page, in the order the shell's navigation lists them. */
export const ROLE_HOMES: Record<RoleName, string> = {
  candidate: "/practice",
  "hiring-manager": "/assessments",
  reviewer: "/reviews",
  admin: "/admin/users",
};

export function homeFor(roles: readonly string[]): string {
  const first = ROLES.find((r) => roles.includes(r));
  return first ? ROLE_HOMES[first] : "/practice";
}
