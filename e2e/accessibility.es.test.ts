import { describeAxeAudit, type AuditTarget } from './axe.ts';
import { PUBLIC_PAGES, inLocale } from './pages.ts';

/** Every kind of public page in Spanish, and the library and home on a 320px phone. */
const targets: AuditTarget[] = [
  ...PUBLIC_PAGES.map((p) => ({ label: `${p.name} [es]`, path: inLocale(p.path, 'es'), status: p.status })),
  { label: 'home on a 320px phone [es]', path: '/es', status: 200, viewport: { width: 320, height: 640 } },
  { label: 'filtered library on a 320px phone [es]', path: '/es/resources?type=practice-advisory', status: 200, viewport: { width: 320, height: 640 } },
];

/** axe-core (WCAG 2.2 AA tags) in Chromium reports no violation on the Spanish pages. */
describeAxeAudit('accessibility: no WCAG 2.2 AA violations (Spanish pages)', targets);
