/** English text of the authorities feature's staff report. ICU MessageFormat. */
export const authoritiesEn = {
  'authorities.nav.report': 'Authorities report',
  'authorities.dashboard.report': 'The authorities cited most, and resources citing law that a newer resource reports superseded or changed.',
  'authorities.report.title': 'Authorities report',
  'authorities.report.intro': 'What published resources cite. To record that a resource reports an authority superseded or changed, use the “Authorities” section of its editor.',
  'authorities.report.changed': 'Resources citing superseded or changed authorities',
  'authorities.report.changed.hint': 'Current published resources citing an authority (or one of its subsections) that a newer published resource reports superseded or changed. Up to {max} rows, newest report first.',
  'authorities.report.changed.none': 'None: no newer resource reports an authority these resources cite as superseded or changed.',
  'authorities.report.uncovered': 'Authorities only superseded resources cite',
  'authorities.report.uncovered.hint': 'Every published resource citing these has been replaced: nothing current covers them. Up to {max} rows.',
  'authorities.report.uncovered.none': 'None: every authority cited by a superseded resource is also cited by a current one.',
  'authorities.report.most': 'Most cited authorities',
  'authorities.report.most.hint': 'The {max, plural, one {authority} other {# authorities}} cited by the most published resources.',
  'authorities.report.most.none': 'No published resource cites an authority yet.',
  'authorities.report.col.resource': 'Resource',
  'authorities.report.col.cites': 'Cites',
  'authorities.report.col.reported': 'Reported',
  'authorities.report.col.authority': 'Authority',
  'authorities.report.col.superseded': 'Superseded resource citing it',
  'authorities.report.col.count': 'Published resources',
  'authorities.report.action.superseded': '{cite} superseded',
  'authorities.report.action.changed': '{cite} changed',
  'authorities.report.by': 'by',
};

declare module '../../platform/i18n/catalog.ts' {
  interface Messages extends Record<keyof typeof authoritiesEn, string> {}
}
