/**
 * The uploads feature's public surface: other features and the app import only from here.
 */
export { discardImage, removeMediaFiles, storeImageUpload, variantNames } from './image-upload.ts';
export { discardAttachments, storePdfUpload } from './pdf-upload.ts';
export type { NewAttachment, Upload } from './pdf-upload.ts';
export { bodyLimits, PUBLIC_BODY_BYTES, STAFF_FORM_BYTES } from './uploads.http.ts';
export { deleteUnusedMedia } from './uploads.repo.ts';
export { sendUpload } from './serve-upload.ts';
export { attachmentsDir, formatSize, mediaDir, randomKey, removeFiles } from './uploads.storage.ts';
