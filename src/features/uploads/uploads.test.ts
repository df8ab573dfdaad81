import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import sharp from 'sharp';
import { describeEachDialect } from '../../../test/support/app.ts';
import { AppError } from '../../platform/errors.ts';
import { minimalPdf } from '../../../test/support/factories.ts';
import { storeImageUpload } from './image-upload.ts';
import { discardAttachments, storePdfUpload } from './pdf-upload.ts';

function refusal(status: number, pattern: RegExp) {
  return (err: unknown) => {
    assert.ok(err instanceof AppError, String(err));
    assert.equal(err.status, status);
    assert.match(err.message, pattern);
    return true;
  };
}

describeEachDialect('uploads', (env) => {
  const options = () => ({ dataDir: env().config.dataDir, maxBytes: env().config.uploadMaxBytes });
  // Files this suite stored: the demo content may bring attachments of its own.
  let seeded: Set<string> | undefined;
  const attachmentFiles = () => {
    const dir = path.join(env().config.dataDir, 'attachments');
    const all = fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
    seeded ??= new Set(all);
    return all.filter((f) => !seeded!.has(f));
  };
  const mediaFiles = () => fs.readdirSync(path.join(env().config.dataDir, 'media')).filter((f) => !f.startsWith('demo-')).sort();

  it('stores a PDF under a generated name with its text, keeping a cleaned display name', async () => {
    attachmentFiles();
    const stored = await storePdfUpload(options(), { name: 'Ｇｕｉｄｅ.pdf', data: minimalPdf('Matter of Pickering text') });
    assert.equal(stored.filename, 'Guide.pdf');
    assert.equal(stored.title, 'Guide');
    assert.match(stored.storageKey, /^[0-9a-f]{32}\.pdf$/);
    assert.match(stored.textContent ?? '', /Matter of Pickering text/);
    assert.deepEqual(attachmentFiles(), [stored.storageKey]);
    const onDisk = fs.readFileSync(path.join(env().config.dataDir, 'attachments', stored.storageKey));
    assert.equal(onDisk.length, stored.bytes);
    await discardAttachments(env().config.dataDir, [stored.storageKey]);
    assert.deepEqual(attachmentFiles(), []);
  });

  it('refuses wrong types, damaged PDFs, empty and oversized files, and hostile names, storing nothing', async () => {
    const pdf = minimalPdf('x');
    await assert.rejects(storePdfUpload(options(), { name: 'x.pdf.exe', data: pdf }), refusal(400, /second extension/));
    await assert.rejects(storePdfUpload(options(), { name: '../../etc/passwd', data: pdf }), refusal(400, /folder path/));
    await assert.rejects(storePdfUpload(options(), { name: 'inv\u202Eexe.pdf', data: pdf }), refusal(400, /invisible formatting/));
    await assert.rejects(storePdfUpload(options(), { name: 'report.\u0440df', data: pdf }), refusal(400, /must end in \.pdf/));
    await assert.rejects(storePdfUpload(options(), { name: 'empty.pdf', data: new Uint8Array() }), refusal(400, /is empty/));
    await assert.rejects(storePdfUpload(options(), { name: 'notes.pdf', data: new TextEncoder().encode('just some text, not a PDF') }),
      refusal(415, /"notes\.pdf" is not a PDF/));
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).png().toBuffer();
    await assert.rejects(storePdfUpload(options(), { name: 'picture.pdf', data: new Uint8Array(png) }), refusal(415, /not a PDF/));
    await assert.rejects(storePdfUpload(options(), { name: 'broken.pdf', data: new TextEncoder().encode('%PDF-1.7\nthis is not a real PDF body') }),
      refusal(415, /cannot be opened as a PDF/));
    await assert.rejects(storePdfUpload({ ...options(), maxBytes: 100 }, { name: 'big.pdf', data: pdf }), refusal(413, /largest accepted is 100 bytes/));
    assert.deepEqual(attachmentFiles(), []);
  });

  it('uses the configured limit, 50 MB by default', () => {
    assert.equal(env().config.uploadMaxBytes, 50 * 1024 * 1024);
  });

  it('resizes an image to WebP variants, upright, and records it with its alt text', async () => {
    const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#336699' } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const media = await storeImageUpload({ ...options(), db: env().db, clock: env().clock }, { name: 'team photo.JPG', data: new Uint8Array(jpeg) }, '  Staff at a clinic ');
    assert.match(media.storage_key, /^[a-z0-9][a-z0-9-]{0,100}$/);
    assert.equal(media.alt, 'Staff at a clinic');
    assert.equal(media.mime_type, 'image/webp');
    assert.deepEqual([media.width, media.height], [800, 1200], 'turned upright by its EXIF orientation');
    assert.equal(media.created_at, '2024-11-08T12:00:00.000Z');
    assert.deepEqual(mediaFiles(), [`${media.storage_key}-480.webp`]);
    const variant = await sharp(path.join(env().config.dataDir, 'media', `${media.storage_key}-480.webp`)).metadata();
    assert.deepEqual([variant.format, variant.width, variant.height], ['webp', 480, 720]);
    const served = await env().request(`/media/${media.storage_key}-480.webp`);
    assert.equal(served.status, 200);
    assert.equal(served.headers.get('content-type'), 'image/webp');
    const wide = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#fff' } }).png().toBuffer();
    const big = await storeImageUpload({ ...options(), db: env().db, clock: env().clock }, { name: 'wide.png', data: new Uint8Array(wide) }, 'A wide banner');
    assert.deepEqual(mediaFiles().filter((f) => f.startsWith(big.storage_key)), [480, 960, 1440].map((w) => `${big.storage_key}-${w}.webp`).sort());
  });

  it('refuses images without alt text, of the wrong type or name, storing nothing', async () => {
    const before = mediaFiles();
    const count = async () => (await env().db.selectFrom('media').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n;
    const rows = await count();
    const deps = { ...options(), db: env().db, clock: env().clock };
    const png = new Uint8Array(await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } }).png().toBuffer());
    await assert.rejects(storeImageUpload(deps, { name: 'a.png', data: png }, '   '), refusal(400, /alt text/));
    await assert.rejects(storeImageUpload(deps, { name: 'a.png.exe', data: png }, 'Alt'), refusal(400, /second extension/));
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    await assert.rejects(storeImageUpload(deps, { name: 'logo.png', data: svg }, 'Alt'), refusal(415, /not a JPEG, PNG or WebP/));
    const gif = new Uint8Array(await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } }).gif().toBuffer());
    await assert.rejects(storeImageUpload(deps, { name: 'anim.png', data: gif }, 'Alt'), refusal(415, /GIF file, not a JPEG/));
    await assert.rejects(storeImageUpload(deps, { name: 'doc.png', data: minimalPdf('x') }, 'Alt'), refusal(415, /not an image|not a JPEG/));
    await assert.rejects(storeImageUpload(deps, { name: 'e.png', data: new Uint8Array() }, 'Alt'), refusal(400, /empty/));
    await assert.rejects(storeImageUpload({ ...deps, maxBytes: 10 }, { name: 'a.png', data: png }, 'Alt'), refusal(413, /largest accepted/));
    assert.deepEqual(mediaFiles(), before);
    assert.equal(await count(), rows);
  });
});
