/**
 * The topics feature's public surface: other features and the app import only from here.
 */
export { byLocalName, localName, localNameLang } from './names.repo.ts';
export { listTopics } from './topics.repo.ts';
