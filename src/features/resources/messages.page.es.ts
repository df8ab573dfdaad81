import type { resourcePageEn } from './messages.page.en.ts';

/** Texto en español de las descargas, el bloque de compartir y las traducciones de la página de un recurso. */
export const resourcePageEs: Record<keyof typeof resourcePageEn, string> = {
  'resource.outdated': 'Es posible que esta traducción no esté al día: el original en {language} se revisó después de traducirse, el',
  'resource.outdated.short': 'puede no estar al día',
  'resource.share': 'Compartir',
  'resource.share.link': 'Enlace a esta página',
  'resource.share.copy': 'Seleccione el enlace para copiarlo',
  'resource.share.email': 'Enviar por correo electrónico',
  'resource.share.email.body': 'Creo que esto le puede ser útil: {url}',
};
