/**
 * The README travels with the package: npmjs.com and Construct Hub render it from the published tarball, and users
 * read it in node_modules. Every relative link in it, and in the markdown files the package ships (docs/*.md link to
 * each other and to ../README.md), must name a file in the package as `npm pack` builds it, with the package's
 * .npmignore. An anchor (`file.md#heading`, `#heading`) must name a heading of the file it points to.
 * Absolute links into this repository (blob/ or tree/ on GitHub) must name a file that exists here.
 * See README.md, "Links in this README".
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');
const REPOSITORY = 'https://github.com/cdk-secure-user-pool/cdk-secure-user-pool/';

/** The files `npm pack` puts in the tarball, relative to the package root. */
function packedFiles(): Set<string> {
  // --ignore-scripts: nothing is compiled; lib/ is listed if it exists (npm test compiles before jest), and no
  // markdown file links into lib/.
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [pack] = JSON.parse(out) as Array<{ files: Array<{ path: string }> }>;
  return new Set(pack.files.map((f) => f.path.split(path.sep).join('/')));
}

/** Markdown with fenced code blocks and inline code spans blanked out, so code that looks like a link isn't one. */
function prose(markdown: string): string {
  return markdown
    .replace(/^( {0,3})(```|~~~)[^\n]*\n[\s\S]*?\n {0,3}\2[^\n]*$/gm, '')
    .replace(/(`+)[^`\n]*?\1/g, '');
}

/** Every link target: inline `[text](target "title")`, reference definitions `[id]: target`, and HTML href. */
export function linkTargets(markdown: string): string[] {
  const text = prose(markdown);
  const targets: string[] = [];
  for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g)) { targets.push(m[1]); }
  for (const m of text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/gm)) { targets.push(m[1]); }
  for (const m of text.matchAll(/<a\s[^>]*href="([^"]+)"/gi)) { targets.push(m[1]); }
  return targets;
}

/** GitHub's heading anchors (also what npmjs.com and Construct Hub produce): lower case, punctuation dropped, spaces to dashes. */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  const text = markdown.replace(/^( {0,3})(```|~~~)[^\n]*\n[\s\S]*?\n {0,3}\2[^\n]*$/gm, '');
  for (const m of text.matchAll(/^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm)) {
    const slug = m[1]
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    result.add(n === 0 ? slug : `${slug}-${n}`);
  }
  // HTML anchors, as jsii-docgen writes them in API.md: <a name="OFF" id="cdk-secure-user-pool.Mfa.OFF"></a>
  for (const tag of text.matchAll(/<a\s[^>]*>/gi)) {
    for (const m of tag[0].matchAll(/\s(?:name|id)="([^"]+)"/gi)) { result.add(m[1]); }
  }
  return result;
}

const packed = packedFiles();
const markdownFiles = [...packed].filter((f) => f.endsWith('.md') && !f.startsWith('lib/')).sort();

test('the package ships the README, API.md and every docs/*.md', () => {
  const docs = fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);
  expect(docs.length).toBeGreaterThan(0);
  for (const file of ['README.md', 'API.md', ...docs]) {
    expect({ file, packed: packed.has(file) }).toEqual({ file, packed: true });
  }
});

test('the link checker sees links, skips code and resolves anchors as GitHub does', () => {
  expect(linkTargets('[a](docs/x.md) `[b](no.md)` [c](y.md#z "t")\n```\n[d](no.md)\n```\n[e]: z.md\n<a href="w.md">w</a>'))
    .toEqual(['docs/x.md', 'y.md#z', 'z.md', 'w.md']);
  expect([...anchors('# Title\n## Settings that can never change: `cdk-secure-user-pool check`\n### The pool\'s encryption key (`encryptionKey`)\n## Title\n<a name="OFF" id="x.Mfa.OFF"></a>')])
    .toEqual(['title', 'settings-that-can-never-change-cdk-secure-user-pool-check', 'the-pools-encryption-key-encryptionkey', 'title-1', 'OFF', 'x.Mfa.OFF']);
});

describe.each(markdownFiles)('%s', (file) => {
  const markdown = fs.readFileSync(path.join(ROOT, file), 'utf-8');

  test('every relative link names a file in the package, and its anchor a heading of that file', () => {
    const broken: string[] = [];
    for (const target of linkTargets(markdown)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) { continue; } // http(s), mailto and other absolute URLs
      const [linkPath, anchor] = target.split('#', 2) as [string, string | undefined];
      const resolved = linkPath === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURI(linkPath)));
      if (resolved.startsWith('../') || !packed.has(resolved)) {
        broken.push(`${target}: ${resolved} is not in the package`);
        continue;
      }
      if (anchor !== undefined && resolved.endsWith('.md')) {
        if (!anchors(fs.readFileSync(path.join(ROOT, resolved), 'utf-8')).has(decodeURIComponent(anchor))) {
          broken.push(`${target}: ${resolved} has no heading #${anchor}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test('every absolute link into this repository names a file that exists', () => {
    const missing = linkTargets(markdown)
      .filter((t) => t.startsWith(REPOSITORY))
      .map((t) => /^(?:blob|tree)\/[^/]+\/([^#?]*)/.exec(t.slice(REPOSITORY.length)))
      .filter((m): m is RegExpExecArray => m !== null && !fs.existsSync(path.join(ROOT, decodeURI(m[1]))))
      .map((m) => m[1]);
    expect(missing).toEqual([]);
  });
});
