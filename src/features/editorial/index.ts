/**
 * The editorial feature's public surface: other features and the app import only from here.
 */
export { documentsAdmin } from './documents/documents.admin.tsx';
export { documentsWorkflowAdmin } from './documents/documents.workflow.admin.tsx';
export { editorialAudit } from './editorial.audit.ts';
export { homepageAdmin } from './homepage.admin.tsx';
export { resourcesAdmin } from './resources.admin.tsx';
export { startScheduler } from './scheduler.ts';
export { workflowAdmin } from './workflow.admin.tsx';
export { authorityOverridesAdmin } from './authorities.admin.tsx';
