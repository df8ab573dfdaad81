import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WORK = path.join(ROOT, 'bench', '.work');
const GENERATOR = process.env.CORPUS_GENERATOR || path.resolve(ROOT, '../shared/corpus/generate.mjs');

/**
 * The path of a generated corpus of `count` resources (seed 7), generating it on first use.
 * The generator lives beside the checkout (`../shared/corpus/generate.mjs`) or at CORPUS_GENERATOR.
 */
export async function corpusFile(count: number): Promise<string> {
  fs.mkdirSync(WORK, { recursive: true });
  const file = path.join(WORK, `corpus-${count}.jsonl`);
  if (fs.existsSync(file) && fs.statSync(file).size > 0) return file;
  if (!fs.existsSync(GENERATOR)) throw new Error(`Corpus generator not found at ${GENERATOR}; set CORPUS_GENERATOR.`);
  console.log(`generating ${count.toLocaleString()} resources → ${path.relative(ROOT, file)}`);
  const tmp = `${file}.tmp`;
  await new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(tmp);
    const child = spawn(process.execPath, [GENERATOR, '--count', String(count), '--seed', '7'], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.pipe(out);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? out.close(() => resolve()) : reject(new Error(`generator exited ${code}`))));
  });
  fs.renameSync(tmp, file);
  return file;
}

/** Reads VmRSS and VmHWM (peak) of a process, in MB. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

/** The median of a list of numbers. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
