// The Word task pane: checks the whole document with the engine's browser build, lists the
// findings as the web checker does, selects a finding's text with Word ranges (a search inside
// its paragraph, then the right occurrence), applies fixes only inside the finding's range
// (Word records them as tracked changes when Track Changes is on), adds and removes its own
// comments, draws critique squiggles where the host supports them, and shows the summary.
import type { Finding } from '../../../web/src/engine';
import type { Lang } from '../../../web/src/i18n';
import { el, engine, preferredFix, renderFindingList, renderSummaryPanel, strings, type Strings } from '../../../web/src/ui';

const COMMENT_PREFIX = '[Etika ASN]';
const LANG_KEY = 'etika-asn.lang';
const SETTINGS_KEY = 'etika-asn.settings';
const PARAGRAPH_SEPARATOR = '\n\n';

/** One checked paragraph: where it lives and its text at check time. */
interface Unit {
  part: 'body' | 'header' | 'footer';
  section: number;
  index: number;
  text: string;
  /** Offset of the paragraph in the joined document text. */
  start: number;
}

interface DocumentSnapshot {
  paragraphs: Word.Paragraph[];
  units: Unit[];
  text: string;
}

const supports = (set: string, version: string) => {
  try {
    return Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
};

const state = {
  lang: 'id' as Lang,
  findings: [] as Finding[],
  text: '',
  units: [] as Unit[],
  busy: false,
};
let t: Strings = strings('id');

const $ = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T;

function config(): Record<string, unknown> {
  try {
    const s = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as { rules?: Record<string, string>; redaction?: string };
    return { rules: s.rules ?? {}, redaction: s.redaction ?? 'label' };
  } catch {
    return {};
  }
}

const PANE = {
  id: {
    check: 'Periksa dokumen',
    recheck: 'Periksa ulang',
    fixSafe: 'Perbaiki yang aman',
    addComments: 'Sisipkan komentar',
    removeComments: 'Hapus komentar Etika ASN',
    summaryDoc: 'Ringkasan sebagai dokumen baru',
    tracked: 'Track Changes aktif: perbaikan dicatat sebagai perubahan terlacak.',
    untracked: 'Track Changes mati: perbaikan langsung mengubah teks.',
    changed: 'Dokumen berubah sejak diperiksa; diperiksa ulang. Coba lagi.',
    notFound: 'Teks temuan tidak ditemukan lagi di paragrafnya; periksa ulang dokumen.',
    paragraph: (u: Unit) => (u.part === 'body' ? `paragraf ${u.index + 1}` : `${u.part === 'header' ? 'header' : 'footer'} ${u.section + 1}`),
    commentsAdded: (n: number) => `${n} komentar disisipkan.`,
    commentsRemoved: (n: number) => `${n} komentar Etika ASN dihapus.`,
    fixed: (n: number) => `${n} perbaikan diterapkan.`,
    squiggles: 'Garis bawah temuan digambar di dokumen.',
    checking: 'Memeriksa…',
  },
  en: {
    check: 'Check document',
    recheck: 'Check again',
    fixSafe: 'Apply safe fixes',
    addComments: 'Insert comments',
    removeComments: 'Remove Etika ASN comments',
    summaryDoc: 'Summary as a new document',
    tracked: 'Track Changes is on: fixes are recorded as tracked changes.',
    untracked: 'Track Changes is off: fixes change the text directly.',
    changed: 'The document changed since it was checked; checked again. Try once more.',
    notFound: 'The finding’s text is no longer in its paragraph; check the document again.',
    paragraph: (u: Unit) => (u.part === 'body' ? `paragraph ${u.index + 1}` : `${u.part} ${u.section + 1}`),
    commentsAdded: (n: number) => `${n} comment${n === 1 ? '' : 's'} inserted.`,
    commentsRemoved: (n: number) => `${n} Etika ASN comment${n === 1 ? '' : 's'} removed.`,
    fixed: (n: number) => `${n} fix${n === 1 ? '' : 'es'} applied.`,
    squiggles: 'Findings are underlined in the document.',
    checking: 'Checking…',
  },
};
let p = PANE.id;

// ---- reading the document ------------------------------------------------------------

/** Body paragraphs (tables included: Word lists cell paragraphs in the body), then each section's primary header and footer. */
async function readDocument(context: Word.RequestContext): Promise<DocumentSnapshot> {
  const body = context.document.body.paragraphs.load('text');
  const sections = context.document.sections.load('items');
  await context.sync();
  const parts: { part: Unit['part']; section: number; coll: Word.ParagraphCollection }[] = [{ part: 'body', section: 0, coll: body }];
  sections.items.forEach((s, i) => {
    parts.push({ part: 'header', section: i, coll: s.getHeader('Primary').paragraphs.load('text') });
    parts.push({ part: 'footer', section: i, coll: s.getFooter('Primary').paragraphs.load('text') });
  });
  await context.sync();
  const paragraphs: Word.Paragraph[] = [];
  const units: Unit[] = [];
  let offset = 0;
  for (const { part, section, coll } of parts) {
    coll.items.forEach((para, index) => {
      // Word reports a manual line break as \v; the engine reads it as a line break (same length)
      const text = para.text.replace(/\v/g, '\n').replace(/\r$/, '');
      paragraphs.push(para);
      units.push({ part, section, index, text, start: offset });
      offset += text.length + PARAGRAPH_SEPARATOR.length;
    });
  }
  return { paragraphs, units, text: units.map((u) => u.text).join(PARAGRAPH_SEPARATOR) };
}

function unitAt(units: readonly Unit[], offset: number): number {
  let lo = 0;
  let hi = units.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (units[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// ---- ranges --------------------------------------------------------------------------

/** Word's search treats ^ as its escape character and writes a manual line break as ^l. */
function searchText(s: string): string {
  return s.replace(/\^/g, '^^').replace(/\n/g, '^l');
}

/** How many non-overlapping matches of `needle` start before `start` (Word's search finds them in order). */
function occurrence(text: string, needle: string, start: number): number {
  let k = 0;
  for (let i = text.indexOf(needle); i >= 0 && i < start; i = text.indexOf(needle, i + needle.length)) k++;
  return k;
}

const SEARCH_LIMIT = 255;

interface PendingRange {
  resolve(): Word.Range | undefined;
}

/**
 * The Word range of [start, end) in a paragraph: a search for that text within the paragraph,
 * then the occurrence at that position. Queued; resolve() after context.sync().
 */
function queueRange(paragraph: Word.Paragraph, text: string, start: number, end: number): PendingRange {
  const pick = (needle: string, at: number) => {
    const results = paragraph.search(searchText(needle), { matchCase: true }).load('text');
    const k = occurrence(text, needle, at);
    return () => results.items[k] as Word.Range | undefined;
  };
  if (end - start <= SEARCH_LIMIT) {
    const found = pick(text.slice(start, end), start);
    return { resolve: found };
  }
  // longer than Word searches: the first and last pieces, joined
  const head = pick(text.slice(start, start + 100), start);
  const tail = pick(text.slice(end - 100, end), end - 100);
  return {
    resolve: () => {
      const a = head();
      const b = tail();
      return a && b ? a.expandTo(b) : undefined;
    },
  };
}

interface PlannedEdit {
  pending: PendingRange;
  newText: string;
  /** An insertion next to a character instead of a replacement. */
  insert?: 'After' | 'Before';
}

/** Queues the Word ranges of engine edits, given as offsets into the joined document text. */
function planEdits(doc: DocumentSnapshot, edits: readonly { start: number; end: number; newText: string }[]): PlannedEdit[] {
  const planned: PlannedEdit[] = [];
  for (const { start, end, newText } of edits) {
    const ui = unitAt(doc.units, start);
    const u = doc.units[ui];
    const s = start - u.start;
    const en = Math.min(end - u.start, u.text.length);
    if (s < 0 || s > u.text.length) continue; // in the separator between paragraphs: nothing to change
    if (s === en) {
      if (u.text.length === 0) continue;
      planned.push(s > 0 ? { pending: queueRange(doc.paragraphs[ui], u.text, s - 1, s), newText, insert: 'After' } : { pending: queueRange(doc.paragraphs[ui], u.text, 0, 1), newText, insert: 'Before' });
    } else planned.push({ pending: queueRange(doc.paragraphs[ui], u.text, s, en), newText });
  }
  return planned;
}

function findingRange(doc: DocumentSnapshot, f: Finding): PendingRange {
  const ui = unitAt(doc.units, f.offset.start);
  const u = doc.units[ui];
  const s = f.offset.start - u.start;
  const en = Math.min(f.offset.end - u.start, u.text.length);
  return queueRange(doc.paragraphs[ui], u.text, s, Math.max(en, s + 1));
}

// ---- actions -------------------------------------------------------------------------

/** Runs a Word batch on the document as it was checked; if it changed meanwhile, re-checks instead. */
async function onCheckedDocument(action: (context: Word.RequestContext, doc: DocumentSnapshot) => Promise<void>): Promise<void> {
  await Word.run(async (context) => {
    const doc = await readDocument(context);
    if (doc.text !== state.text) {
      await showCheck(context, doc);
      notify(p.changed, true);
      return;
    }
    await action(context, doc);
  });
}

async function check(): Promise<void> {
  await Word.run(async (context) => {
    await showCheck(context, await readDocument(context));
  });
  await showTracking();
}

async function showCheck(context: Word.RequestContext, doc: DocumentSnapshot): Promise<void> {
  const started = performance.now();
  const c = engine.checker(config());
  const findings = c.check(doc.text);
  state.findings = findings;
  state.text = doc.text;
  state.units = doc.units;
  if (doc.text.trim()) {
    renderFindingList($('#findings'), findings, t, {
      onSelect: (i) => void busy(() => selectFinding(i)),
      onApply: (i) => void busy(() => applyFixes(findings[i])),
      where: (f) => p.paragraph(doc.units[unitAt(doc.units, f.offset.start)]),
    });
    renderSummary();
  } else {
    // an empty document gets no "clean" message and no verdict
    $('#findings').replaceChildren(el('p', { class: 'empty' }, t.emptyText));
    $('#summary').replaceChildren(el('p', { class: 'empty' }, t.emptyText));
  }
  $('#status').textContent = `${t.findingsCount(findings.length)} · ${t.checkedIn(Math.max(1, Math.round(performance.now() - started)))}`;
  document.body.dataset.checks = String(Number(document.body.dataset.checks ?? 0) + 1);
  renderActions();
  if (supports('WordApi', '1.7')) await drawSquiggles(context, doc, findings);
}

const CRITIQUE_COLOR = { error: 'Red', warning: 'Berry', info: 'Blue', hint: 'Lavender' } as const;

/** Critique annotations (WordApi 1.7): the host's own squiggles under each finding, replacing the previous ones. */
async function drawSquiggles(context: Word.RequestContext, doc: DocumentSnapshot, findings: readonly Finding[]): Promise<void> {
  const existing = doc.paragraphs.map((para) => para.getAnnotations().load('id'));
  await context.sync();
  for (const coll of existing) for (const a of coll.items) a.delete();
  const byUnit = new Map<number, { colorScheme: string; start: number; length: number }[]>();
  for (const f of findings) {
    const ui = unitAt(doc.units, f.offset.start);
    const u = doc.units[ui];
    const start = f.offset.start - u.start;
    const length = Math.min(f.offset.end - u.start, u.text.length) - start;
    if (length <= 0) continue;
    byUnit.set(ui, [...(byUnit.get(ui) ?? []), { colorScheme: CRITIQUE_COLOR[f.severity], start, length }]);
  }
  for (const [ui, critiques] of byUnit) doc.paragraphs[ui].insertAnnotations({ critiques });
  await context.sync();
  if (byUnit.size > 0) document.body.dataset.squiggles = String(findings.length);
}

async function selectFinding(index: number): Promise<void> {
  const f = state.findings[index];
  if (!f) return;
  await onCheckedDocument(async (context, doc) => {
    const pending = findingRange(doc, f);
    await context.sync();
    const range = pending.resolve();
    if (!range) return notify(p.notFound, true);
    range.select();
    await context.sync();
    for (const li of document.querySelectorAll('li.finding')) li.classList.toggle('active', li.getAttribute('data-index') === String(index));
  });
}

/**
 * Applies fixes inside their own ranges only, in one batch, then re-checks: one finding's
 * preferred fix, or all safe fixes as the engine's fixer chooses them (what `check --fix` does).
 */
async function applyFixes(finding?: Finding): Promise<void> {
  let edits: { start: number; end: number; newText: string }[];
  if (finding) {
    const lines = engine.lineIndex(state.text);
    edits = (preferredFix(finding)?.edits ?? []).map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }));
  } else {
    edits = engine.checker(config()).fix(state.text, { findings: state.findings }).edits;
  }
  if (edits.length === 0) return notify(t.nothingToFix);
  await onCheckedDocument(async (context, doc) => {
    const planned = planEdits(doc, edits);
    await context.sync();
    const ranges = planned.map((e) => e.pending.resolve());
    if (ranges.some((r) => !r)) return notify(p.notFound, true);
    planned.forEach((e, i) => {
      const range = ranges[i]!;
      if (e.insert) range.insertText(e.newText, e.insert);
      else if (e.newText === '') range.delete();
      else range.insertText(e.newText, 'Replace');
    });
    await context.sync();
    notify(p.fixed(planned.length));
    await showCheck(context, await readDocument(context));
  });
}

async function addComments(): Promise<void> {
  await onCheckedDocument(async (context, doc) => {
    const pending = state.findings.map((f) => ({ f, range: findingRange(doc, f) }));
    await context.sync();
    let n = 0;
    for (const { f, range } of pending) {
      const r = range.resolve();
      if (!r) continue;
      const fix = preferredFix(f);
      r.insertComment(`${COMMENT_PREFIX} ${f.message} Dasar: ${f.basis}.${fix ? ` Saran: ${fix.title}.` : ''} (${f.ruleId})`);
      n++;
    }
    await context.sync();
    notify(p.commentsAdded(n));
  });
}

async function removeComments(): Promise<void> {
  await Word.run(async (context) => {
    // the body's comments and those in each section's header and footer, where ours may be too
    const sections = context.document.sections.load('items');
    await context.sync();
    const bodies = [context.document.body, ...sections.items.flatMap((s) => [s.getHeader('Primary'), s.getFooter('Primary')])];
    const collections = bodies.map((b) => b.getComments().load('content'));
    await context.sync();
    const ours = collections.flatMap((c) => c.items).filter((c) => c.content.startsWith(COMMENT_PREFIX));
    for (const c of ours) c.delete();
    await context.sync();
    notify(p.commentsRemoved(ours.length));
  });
}

async function summaryAsDocument(): Promise<void> {
  const summary = engine.checker(config()).summary(state.text, state.findings);
  await Word.run(async (context) => {
    const created = context.application.createDocument();
    created.body.insertHtml(engine.renderSummary(summary, 'html'), 'Start');
    await context.sync();
    created.open();
    await context.sync();
  });
}

// ---- interface -----------------------------------------------------------------------

function renderSummary(): void {
  const summary = engine.checker(config()).summary(state.text, state.findings);
  const actions: HTMLElement[] = [];
  if (supports('WordApiHiddenDocument', '1.3')) actions.push(button(p.summaryDoc, 'summary-doc', () => void busy(summaryAsDocument)));
  renderSummaryPanel($('#summary'), summary, t, { actions });
}

async function busy(action: () => Promise<void>): Promise<void> {
  if (state.busy) return;
  state.busy = true;
  document.body.classList.add('busy');
  try {
    await action();
  } catch (e) {
    console.error(e);
    notify(`${(e as Error).message}`, true);
  } finally {
    state.busy = false;
    document.body.classList.remove('busy');
    document.body.dataset.idle = String(Date.now());
  }
}

function button(label: string, action: string, onClick: () => void, cls?: string): HTMLButtonElement {
  const b = el('button', { type: 'button', 'data-action': action, class: cls }, label);
  b.addEventListener('click', onClick);
  return b;
}

function notify(message: string, error = false): void {
  const toast = $('#toast');
  toast.textContent = message;
  toast.className = error ? 'toast show error' : 'toast show';
  toast.dataset.message = message;
  window.setTimeout(() => (toast.className = 'toast'), 4000);
}

async function showTracking(): Promise<void> {
  if (!supports('WordApi', '1.4')) return;
  await Word.run(async (context) => {
    context.document.load('changeTrackingMode');
    await context.sync();
    const on = context.document.changeTrackingMode !== 'Off';
    $('#tracking').textContent = on ? p.tracked : p.untracked;
    $('#tracking').className = on ? 'tracking on' : 'tracking';
  });
}

function renderActions(): void {
  const actions = $('#actions');
  actions.replaceChildren(
    button(state.findings.length || state.text ? p.recheck : p.check, 'check', () => void busy(check), 'primary'),
    button(p.fixSafe, 'fix-safe', () => void busy(() => applyFixes())),
  );
  if (supports('WordApi', '1.4')) {
    actions.append(button(p.addComments, 'add-comments', () => void busy(addComments)), button(p.removeComments, 'remove-comments', () => void busy(removeComments)));
  }
}

function applyLanguage(): void {
  t = strings(state.lang);
  p = PANE[state.lang];
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const value = (t as unknown as Record<string, unknown>)[node.dataset.i18n!];
    if (typeof value === 'string') node.textContent = value;
  }
  ($('#lang') as HTMLSelectElement).value = state.lang;
  renderActions();
}

function showTab(which: 'findings' | 'summary'): void {
  $('#tab-findings').setAttribute('aria-selected', String(which === 'findings'));
  $('#tab-summary').setAttribute('aria-selected', String(which === 'summary'));
  $('#findings').hidden = which !== 'findings';
  $('#summary').hidden = which !== 'summary';
}

let changeTimer: number | undefined;
async function start(): Promise<void> {
  try {
    const l = localStorage.getItem(LANG_KEY);
    if (l === 'id' || l === 'en') state.lang = l;
  } catch {
    /* storage disabled */
  }
  $('#lang').addEventListener('change', (e) => {
    state.lang = (e.target as HTMLSelectElement).value as Lang;
    try {
      localStorage.setItem(LANG_KEY, state.lang);
    } catch {
      /* session only */
    }
    applyLanguage();
    void busy(check);
  });
  $('#tab-findings').addEventListener('click', () => showTab('findings'));
  $('#tab-summary').addEventListener('click', () => showTab('summary'));
  showTab('findings');
  applyLanguage();
  await showTracking();
  // re-check after edits, where the host tells us about them
  if (supports('WordApi', '1.6')) {
    await Word.run(async (context) => {
      context.document.onParagraphChanged.add(() => {
        window.clearTimeout(changeTimer);
        changeTimer = window.setTimeout(() => void busy(check), 800);
      });
      await context.sync();
    });
  }
  await busy(check);
  document.body.dataset.ready = 'true';
}

void Office.onReady((info) => {
  if (info.host === Office.HostType.Word) void start();
});
