import type { contentEn } from './messages.en.ts';

/** Texto de la interfaz del motor de contenido en español: exactamente las mismas claves que messages.en.ts. */
export const contentEs: Record<keyof typeof contentEn, string> = {
  'content.summary.created': 'Creado',
  'content.summary.baseline': 'Como estaba antes de su primera edición aquí',
  'content.summary.unchanged': 'Guardado sin cambios',
  'content.summary.restored': 'Se restauró la versión {version}',
  'content.summary.edited': 'Se editó: {fields}',
  'content.summary.more': '{count, plural, one {# campo más} other {# campos más}}',
  'content.summary.and': 'y',
  'content.summary.scheduledFor': 'Programado para el {when} UTC',
  'content.summary.submit': 'Enviado a revisión',
  'content.summary.withdraw': 'Devuelto a borrador',
  'content.summary.publish': 'Publicado',
  'content.summary.schedule': 'Programado',
  'content.summary.unpublish': 'Retirado de la publicación',
  'content.summary.archive': 'Archivado',
  'content.summary.reopen': 'Reabierto como borrador',
  'content.summary.publishDue': 'Publicado según lo programado',
  'content.refused.fields': 'Algunos campos necesitan atención. Cada problema se muestra junto a su campo.',
};
