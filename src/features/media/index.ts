/**
 * The media feature's public surface: other features and the app import only from here.
 */
export { mediaPublic } from './media.public.ts';
export type { MediaRow } from './media.table.ts';
export { IMAGE_WIDTHS, ResponsiveImage, mediaUrl } from './media.view.tsx';
export type { MediaProps } from './media.view.tsx';
