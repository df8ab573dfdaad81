import { auditTargets, describeAxeAudit } from './axe.ts';

/** axe-core finds no WCAG 2.2 AA violation: Spanish topics, projects, pages, statement, 404, 400, 320px phone. */
describeAxeAudit('accessibility: no WCAG 2.2 AA violations (Spanish: topics, projects, pages, errors, phone)', auditTargets('es', 'site'));
