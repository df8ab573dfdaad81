import type { fallbackEn } from './messages.fallback.en.ts';

/** Texto que marca contenido mostrado en otro idioma que el de la página, y títulos de páginas de error. */
export const fallbackEs: Record<keyof typeof fallbackEn, string> = {
  'site.nav.help': 'Ayuda',
  'site.nav.contact': 'Contacto',
  'site.footer.help': 'Encontrar ayuda legal',
  'site.fallback.below': 'Lo que sigue está en {language}.',
  'site.fallback': '(en {language})',
  'error.401.title': 'Inicie sesión',
  'error.403.title': 'No puede hacer eso aquí',
  'error.405.title': 'Ese método no está permitido aquí',
  'error.409.title': 'Eso cambió mientras tanto',
  'error.415.title': 'No se acepta ese tipo de archivo',
  'error.429.title': 'Demasiadas solicitudes',
  'error.507.title': 'El almacenamiento del servidor está lleno',
};
