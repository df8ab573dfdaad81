/** English text of the staff screens for topics, resource types and organization settings. */
export const taxonomyEn = {
} as const;
