import type { auditEn } from './messages.en.ts';

/** Texto de la interfaz en español: exactamente las mismas claves que messages.en.ts. */
export const auditEs: Record<keyof typeof auditEn, string> = {
  'admin.audit.title': 'Registro de auditoría',
  'admin.audit.filter.all': 'Todas las acciones',
  'admin.audit.filter.submit': 'Mostrar',
  'admin.audit.count': '{count, plural, one {# evento} other {# eventos}}',
  'admin.audit.none': 'No hay eventos registrados.',
  'admin.audit.anonymous': 'Anónimo',
  'admin.audit.bad_query': 'El filtro del registro no es válido. Elija una acción de la lista y un número de página de 1 o más.',
  'admin.audit.col.when': 'Cuándo',
  'admin.audit.col.who': 'Quién',
  'admin.audit.col.action': 'Acción',
  'admin.audit.col.subject': 'Objeto',
  'admin.audit.col.detail': 'Detalles',
  'admin.audit.col.ip': 'Dirección',
};
