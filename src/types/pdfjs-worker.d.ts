// pdf.js ships no types for its parser module; Haven only hands it back to pdf.js (pdf-text.worker.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
