/** English text of the editorial screens for projects, statements and pages (/admin/projects, /admin/statements, /admin/pages). */
export const documentsEn = {
} as const;
