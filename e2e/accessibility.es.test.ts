import { auditTargets, describeAxeAudit } from './axe.ts';

/** axe-core finds no WCAG 2.2 AA violation: Spanish home, library and resource pages. */
describeAxeAudit('accessibility: no WCAG 2.2 AA violations (Spanish: home, library, resources)', auditTargets('es', 'library'));
