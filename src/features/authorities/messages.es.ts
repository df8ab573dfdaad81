import type { authoritiesEn } from './messages.en.ts';

/** Texto del informe de autoridades para el personal. */
export const authoritiesEs: Record<keyof typeof authoritiesEn, string> = {
  'authorities.nav.report': 'Informe de autoridades',
  'authorities.dashboard.report': 'Las autoridades más citadas y los recursos que citan normas que un recurso más reciente informa como reemplazadas o cambiadas.',
  'authorities.report.title': 'Informe de autoridades',
  'authorities.report.intro': 'Lo que citan los recursos publicados. Para registrar que un recurso informa que una autoridad fue reemplazada o cambió, use la sección «Autoridades» de su editor.',
  'authorities.report.changed': 'Recursos que citan autoridades reemplazadas o cambiadas',
  'authorities.report.changed.hint': 'Recursos publicados vigentes que citan una autoridad (o una de sus subsecciones) que un recurso publicado más reciente informa como reemplazada o cambiada. Hasta {max} filas, el informe más reciente primero.',
  'authorities.report.changed.none': 'Ninguno: ningún recurso más reciente informa como reemplazada o cambiada una autoridad que estos recursos citen.',
  'authorities.report.uncovered': 'Autoridades que solo citan recursos reemplazados',
  'authorities.report.uncovered.hint': 'Todos los recursos publicados que las citan han sido reemplazados: nada vigente las cubre. Hasta {max} filas.',
  'authorities.report.uncovered.none': 'Ninguna: toda autoridad citada por un recurso reemplazado también la cita uno vigente.',
  'authorities.report.most': 'Autoridades más citadas',
  'authorities.report.most.hint': '{max, plural, one {La autoridad citada} other {Las # autoridades citadas}} por más recursos publicados.',
  'authorities.report.most.none': 'Todavía ningún recurso publicado cita una autoridad.',
  'authorities.report.col.resource': 'Recurso',
  'authorities.report.col.cites': 'Cita',
  'authorities.report.col.reported': 'Informado',
  'authorities.report.col.authority': 'Autoridad',
  'authorities.report.col.superseded': 'Recurso reemplazado que la cita',
  'authorities.report.col.count': 'Recursos publicados',
  'authorities.report.action.superseded': '{cite} reemplazada',
  'authorities.report.action.changed': '{cite} cambiada',
  'authorities.report.by': 'por',
};
