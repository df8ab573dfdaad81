/**
 * Rasterize the demo illustrations in assets/demo-images/*.svg into WebP
 * variants (<name>-<width>.webp) next to the sources.
 *
 *   npx tsx scripts/build-demo-images.ts
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const WIDTHS = [480, 960, 1440] as const;
const WEBP_OPTIONS = { quality: 72, effort: 6 } as const;

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(here, "..", "assets", "demo-images");

async function main(): Promise<void> {
  const sources = (await readdir(dir)).filter((f) => f.endsWith(".svg")).sort();
  if (sources.length === 0) {
    console.error(`No SVG files found in ${dir}`);
    process.exitCode = 1;
    return;
  }

  for (const file of sources) {
    const name = path.basename(file, ".svg");
    const svg = await readFile(path.join(dir, file));
    const meta = await sharp(svg).metadata();
    const srcWidth = meta.width ?? 0;

    for (const width of WIDTHS) {
      // Render the vector at a density that yields at least the target width,
      // so the downscale is crisp rather than an upscale of a small raster.
      const density = srcWidth > 0 ? Math.max(72, Math.ceil((72 * width) / srcWidth)) : 72;
      const out = path.join(dir, `${name}-${width}.webp`);
      const info = await sharp(svg, { density })
        .resize({ width, withoutEnlargement: false })
        .webp(WEBP_OPTIONS)
        .toFile(out);
      const { size } = await stat(out);
      console.log(
        `${path.relative(process.cwd(), out)}  ${size.toLocaleString("en-US")} bytes  ${info.width}x${info.height}`,
      );
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
