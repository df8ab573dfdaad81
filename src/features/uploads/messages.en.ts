/** English interface text of the uploads feature. `{name}` marks a value filled in at render (ICU MessageFormat). */
export const uploadsEn = {
  'editorial.upload.name.long': 'The file name is {length} characters long; the longest accepted is {max}. Rename the file and upload it again.',
  'editorial.upload.name.none': 'The file has no usable name. Rename it (for example {example}) and upload it again.',
  'editorial.upload.name.ext': 'The file name "{name}" must end in {wanted}.',
  'editorial.upload.name.hidden': 'The file name "{name}" hides its real type behind a second extension (.{ext}). Only {wanted} files are accepted.',
  'editorial.upload.name.risky': 'The file name "{name}" has a second extension (.{ext}) that could mislead readers. Rename it and upload it again.',
  'editorial.upload.name.base': 'The file name "{name}" needs a name before {wanted}.',
  'editorial.upload.name.control': 'The file name "{name}" contains control characters (such as line breaks). Rename the file and upload it again.',
  'editorial.upload.name.invisible': 'The file name "{name}" contains invisible formatting characters (such as text-direction marks) that can disguise its real type. Rename the file and upload it again.',
  'editorial.upload.name.path': 'The file name "{name}" contains a folder path (/, \\ or ..). Upload the file under a plain name, for example {example}.',
  'editorial.upload.name.lookalike': 'The file name "{name}" has an extension (.{ext}) written with look-alike letters from another alphabet. Rename the file using plain letters and upload it again.',
  'editorial.upload.empty.file': 'The file "{name}" is empty. Choose the file again.',
  'editorial.upload.empty.image': 'The image "{name}" is empty. Choose the file again.',
  'editorial.upload.large.file': 'The file is {size}; the largest accepted is {max}.',
  'editorial.upload.large.image': 'The image is {size}; the largest accepted is {max}.',
  'editorial.upload.large.body': 'The upload is too large: the largest accepted is {max}.',
  'editorial.upload.pdf.not': '"{name}" is not a PDF (its content does not start like one). Only PDF files can be attached.',
  'editorial.upload.pdf.password': '"{name}" cannot be opened as a PDF: it is password-protected.',
  'editorial.upload.pdf.damaged': '"{name}" cannot be opened as a PDF: it is damaged or not really a PDF.',
  'editorial.upload.image.alt.required': 'Describe the image in the alt text field: people who cannot see it hear or read that text.',
  'editorial.upload.image.alt.long': 'The alt text must be at most 300 characters.',
  'editorial.upload.image.unreadable': '"{name}" is not an image that can be read. Upload a JPEG, PNG or WebP image.',
  'editorial.upload.image.format': '"{name}" is a {format} file, not a JPEG, PNG or WebP image.',
  'editorial.upload.image.size': '"{name}" has no readable size.',
  'editorial.upload.image.pixels': '"{name}" is {width}×{height} pixels; the largest accepted is {max} megapixels.',
  'editorial.upload.image.resize': '"{name}" could not be resized; it may be damaged.',
};

declare module '../../platform/i18n/catalog.ts' {
  interface Messages extends Record<keyof typeof uploadsEn, string> {}
}
