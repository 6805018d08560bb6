// The siaran-pers TextMate grammar, tokenised by the same engine VS Code uses.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const ROOT = path.join(__dirname, '..', '..');
const GRAMMAR = path.join(ROOT, 'syntaxes', 'siaran-pers.tmLanguage.json');

async function loadGrammar(): Promise<IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR),
  });
  return (await registry.loadGrammar('text.siaran-pers'))!;
}

/** Every token of the text as [text, innermost scope]. */
function tokens(grammar: IGrammar, text: string): [string, string][] {
  const out: [string, string][] = [];
  let state = INITIAL;
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) out.push([line.slice(t.startIndex, t.endIndex), t.scopes.slice(1).join(' ')]);
    state = r.ruleStack;
  }
  return out;
}

function scopeOf(all: [string, string][], text: string): string {
  const hit = all.find(([t]) => t === text);
  assert.ok(hit, `no token "${text}" in ${JSON.stringify(all)}`);
  return hit[1];
}

describe('lsp: siaran-pers grammar', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  it('colours the parts of a press release', () => {
    const all = tokens(
      grammar,
      [
        'SIARAN PERS',
        'Nomor: 12/HM/DISKOMINFO/2025',
        'Surabaya, 12 Maret 2025 – Dinas Kominfo menggelar sosialisasi bagi 250 peserta.',
        '"Layanan ini gratis," ujar Kepala Dinas. Info: https://contoh.go.id/berita/1 #LayananPublik @diskominfo',
        '[etika-asn-disable-next-line kesantunan/kata-kasar]',
        'Narahubung: Humas, humas@contoh.go.id',
      ].join('\n'),
    );
    assert.match(scopeOf(all, 'SIARAN PERS'), /markup\.heading/);
    assert.match(scopeOf(all, 'Nomor'), /keyword\.other\.nomor/);
    assert.match(scopeOf(all, '12/HM/DISKOMINFO/2025'), /constant\.other\.reference/);
    assert.match(scopeOf(all, 'Surabaya'), /dateline\.place/);
    assert.match(scopeOf(all, '12 Maret 2025'), /dateline/);
    assert.match(scopeOf(all, '250'), /constant\.numeric/);
    assert.match(scopeOf(all, 'Layanan ini gratis,'), /string\.quoted\.double/);
    assert.match(scopeOf(all, 'https://contoh.go.id/berita/1'), /markup\.underline\.link/);
    assert.match(scopeOf(all, '#LayananPublik'), /hashtag/);
    assert.match(scopeOf(all, '@diskominfo'), /mention/);
    assert.match(scopeOf(all, 'etika-asn-disable-next-line'), /comment\.line\.suppression.*keyword\.control\.directive/);
    assert.match(scopeOf(all, 'Narahubung'), /keyword\.other\.contact/);
    assert.match(scopeOf(all, 'humas@contoh.go.id'), /link\.email/);
  });

  it('leaves ordinary prose alone', () => {
    const all = tokens(grammar, 'Menurut kepala dinas, siaran pers itu terbit kemarin.');
    assert.deepEqual(all.map(([, scope]) => scope).filter(Boolean), []);
  });
});
