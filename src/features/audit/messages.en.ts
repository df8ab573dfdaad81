/** English interface text of the audit feature. `{name}` marks a value filled in at render (ICU MessageFormat). */
export const auditEn = {
  'admin.audit.title': 'Audit log',
  'admin.audit.filter.all': 'All actions',
  'admin.audit.filter.submit': 'Show',
  'admin.audit.count': '{count, plural, one {# event} other {# events}}',
  'admin.audit.none': 'No events recorded.',
  'admin.audit.anonymous': 'Anonymous',
  'admin.audit.bad_query': 'The audit log filter is not valid. Choose an action from the list and a page number of 1 or more.',
  'admin.audit.col.when': 'When',
  'admin.audit.col.who': 'Who',
  'admin.audit.col.action': 'Action',
  'admin.audit.col.subject': 'Subject',
  'admin.audit.col.detail': 'Details',
  'admin.audit.col.ip': 'Address',
};

declare module '../../platform/i18n/catalog.ts' {
  interface Messages extends Record<keyof typeof auditEn, string> {}
}
