/**
 * The uploads feature's public surface: other features and the app import only from here.
 */
export { discardImage, storeImageUpload } from './image-upload.ts';
export { discardAttachments, storePdfUpload } from './pdf-upload.ts';
export type { NewAttachment, Upload } from './pdf-upload.ts';
export { bodyLimits, PUBLIC_BODY_BYTES, STAFF_FORM_BYTES } from './uploads.http.ts';
export { attachmentsDir, formatSize, randomKey, removeFiles } from './uploads.storage.ts';
