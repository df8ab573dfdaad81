import type { taxonomyEn } from './taxonomy.en.ts';

/** Texto en español de las pantallas de temas, tipos de recurso y ajustes de la organización. */
export const taxonomyEs: Record<keyof typeof taxonomyEn, string> = {
};
