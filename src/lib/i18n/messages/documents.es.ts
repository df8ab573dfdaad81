import type { documentsEn } from './documents.en.ts';

/** Texto en español de las pantallas editoriales de proyectos, declaraciones y páginas. */
export const documentsEs: Record<keyof typeof documentsEn, string> = {
};
