// The offline web checker (dist/web/index.html): paste or open a draft, see findings
// highlighted, fix, redact, summarise, export. Runs from file:// or any static server; it
// makes no network request (the page's Content-Security-Policy forbids them too).
import type { Finding, ProjectConfig } from './engine';
import sample from '../../examples/siaran-pers-bermasalah.siaran';
import type { Lang } from './i18n';
import { el, engine, preferredFix, renderFindingList, renderSummaryPanel, strings, type Strings } from './ui';

const SETTINGS_KEY = 'etika-asn.settings';
const LANG_KEY = 'etika-asn.lang';

interface Settings {
  rules: Record<string, string>;
  redaction: 'label' | 'partial' | 'initials';
}

function loadSettings(): Settings {
  try {
    const s = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Partial<Settings>;
    return { rules: s.rules && typeof s.rules === 'object' ? s.rules : {}, redaction: s.redaction ?? 'label' };
  } catch {
    return { rules: {}, redaction: 'label' };
  }
}

function saveSettings(s: Settings): void {
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(s));
  } catch {
    // storage may be disabled (private mode, file:// policy): settings then last for the session
  }
}

function storedLang(): Lang {
  try {
    const l = localStorage.getItem(LANG_KEY);
    if (l === 'id' || l === 'en') return l;
  } catch {
    /* as above */
  }
  return 'id';
}

const $ = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T;

const state = {
  lang: storedLang(),
  settings: loadSettings(),
  fileName: 'naskah.txt',
  languageId: 'plaintext',
  /** Opened from .docx/.odt: paragraphs are separated by a blank line, and findings are placed by paragraph as the CLI does. */
  byParagraph: false,
  findings: [] as Finding[],
  checkedText: '',
  selected: -1,
};
let t: Strings = strings(state.lang);

const textarea = $<HTMLTextAreaElement>('#text');
const highlights = $<HTMLDivElement>('#highlights');
const backdrop = $<HTMLDivElement>('#backdrop');
const findingList = $<HTMLDivElement>('#findings');
const summaryPanel = $<HTMLDivElement>('#summary');
const status = $<HTMLSpanElement>('#status');
const toast = $<HTMLDivElement>('#toast');

function config(): ProjectConfig {
  const rules = Object.fromEntries(Object.entries(state.settings.rules).filter(([, v]) => v && v !== 'default'));
  return { rules, redaction: state.settings.redaction } as ProjectConfig;
}

function checker() {
  return engine.checker(config() as Record<string, unknown>);
}

// ---- checking and highlighting -------------------------------------------------------

const SEVERITY_RANK = { error: 0, warning: 1, info: 2, hint: 3 } as const;

/** The text with each finding's range marked; overlapping findings share segments (worst severity shown). */
function renderHighlights(text: string, findings: readonly Finding[]): void {
  const bounds = new Set<number>([0, text.length]);
  for (const f of findings) {
    bounds.add(f.offset.start);
    bounds.add(f.offset.end);
  }
  const points = [...bounds].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    const piece = text.slice(a, b);
    const covering: number[] = [];
    findings.forEach((f, i) => {
      if (f.offset.start <= a && f.offset.end >= b) covering.push(i);
    });
    if (covering.length === 0) {
      frag.append(piece);
      continue;
    }
    const worst = covering.reduce((w, i) => (SEVERITY_RANK[findings[i].severity] < SEVERITY_RANK[findings[w].severity] ? i : w), covering[0]);
    frag.append(el('mark', { class: `sev-${findings[worst].severity}`, 'data-findings': covering.join(' ') }, piece));
  }
  // a trailing newline needs a character after it to keep the backdrop as tall as the textarea
  frag.append('\u200b');
  highlights.replaceChildren(frag);
  syncScroll();
}

function syncScroll(): void {
  backdrop.scrollTop = textarea.scrollTop;
  backdrop.scrollLeft = textarea.scrollLeft;
}

function where(f: Finding): string {
  if (state.byParagraph) {
    let n = 1;
    for (let i = state.checkedText.indexOf('\n\n'); i >= 0 && i < f.offset.start; i = state.checkedText.indexOf('\n\n', i + 2)) n++;
    return `${t.paragraph} ${n}`;
  }
  return `${t.line} ${f.range.start.line + 1}`;
}

function runCheck(): void {
  const started = performance.now();
  const text = textarea.value;
  const findings = checker().check(text, { languageId: state.languageId });
  state.findings = findings;
  state.checkedText = text;
  state.selected = -1;
  renderHighlights(text, findings);
  if (text.trim()) {
    renderFindingList(findingList, findings, t, { onSelect: select, onApply: applyOne, where });
    renderSummary();
  } else {
    // nothing checked yet: no "clean" message and no verdict for an empty page
    findingList.replaceChildren(el('p', { class: 'empty' }, t.emptyText));
    summaryPanel.replaceChildren(el('p', { class: 'empty' }, t.emptyText));
  }
  const ms = performance.now() - started;
  document.body.dataset.checkMs = ms.toFixed(1);
  document.body.dataset.checks = String(Number(document.body.dataset.checks ?? 0) + 1);
  status.textContent = text.trim() ? `${t.findingsCount(findings.length)} · ${t.checkedIn(Math.max(1, Math.round(ms)))}` : t.emptyText;
  updateTabs();
}

let timer: number | undefined;
function scheduleCheck(): void {
  window.clearTimeout(timer);
  timer = window.setTimeout(runCheck, 120);
}

function renderSummary(): void {
  const summary = checker().summary(state.checkedText, state.findings, { file: state.fileName });
  const actions = [
    button(t.exportHtml, 'export-html', () => downloadFile(baseName() + '-ringkasan.html', engine.renderSummary(summary, 'html'), 'text/html')),
    button(t.exportMd, 'export-md', () => downloadFile(baseName() + '-ringkasan.md', engine.renderSummary(summary, 'md'), 'text/markdown')),
    button(t.print, 'print', () => {
      document.body.classList.add('printing-summary');
      window.print();
      document.body.classList.remove('printing-summary');
    }),
  ];
  renderSummaryPanel(summaryPanel, summary, t, { actions });
}

/** Selects a finding's text in the editor and scrolls it into view. */
function select(index: number): void {
  const f = state.findings[index];
  if (!f || textarea.value !== state.checkedText) return;
  state.selected = index;
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(f.offset.start, f.offset.end);
  for (const m of highlights.querySelectorAll('mark.selected')) m.classList.remove('selected');
  const marks = [...highlights.querySelectorAll('mark')].filter((m) => (m.dataset.findings ?? '').split(' ').includes(String(index)));
  for (const m of marks) m.classList.add('selected');
  if (marks[0]) {
    const top = marks[0].offsetTop - textarea.clientHeight / 3;
    textarea.scrollTop = Math.max(0, top);
    syncScroll();
  }
  for (const li of findingList.querySelectorAll('li.finding')) li.classList.toggle('active', li.getAttribute('data-index') === String(index));
}

/** Replaces the whole text through the editing commands, so Ctrl+Z undoes it. */
function replaceText(text: string): void {
  textarea.focus();
  textarea.select();
  if (!document.execCommand('insertText', false, text)) textarea.value = text;
  runCheck();
}

function applyOne(index: number): void {
  const f = state.findings[index];
  if (!f || !preferredFix(f) || textarea.value !== state.checkedText) return;
  const { text } = engine.applyFix(state.checkedText, f);
  // replace only the changed span through the editing commands (undo keeps working)
  const before = state.checkedText;
  let start = 0;
  while (start < before.length && before[start] === text[start]) start++;
  let endOld = before.length;
  let endNew = text.length;
  while (endOld > start && endNew > start && before[endOld - 1] === text[endNew - 1]) {
    endOld--;
    endNew--;
  }
  textarea.focus();
  textarea.setSelectionRange(start, endOld);
  if (!document.execCommand('insertText', false, text.slice(start, endNew))) textarea.value = text;
  runCheck();
  notify(t.fixedN(1));
}

/** All safe fixes, or every redaction, through the engine's fixer (what `check --fix` does). */
function fixAll(select: 'safe' | 'redact'): void {
  if (textarea.value !== state.checkedText) runCheck();
  const { text, applied } = checker().fix(state.checkedText, { languageId: state.languageId, select, findings: state.findings });
  if (applied === 0 || text === state.checkedText) return notify(select === 'safe' ? t.nothingToFix : t.nothingToRedact);
  replaceText(text);
  notify(select === 'safe' ? t.fixedN(applied) : t.redactedN(applied));
}

// ---- files ------------------------------------------------------------------------

function baseName(): string {
  return state.fileName.replace(/\.[^.]*$/, '') || 'naskah';
}

function downloadFile(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

let readersLoaded: Promise<void> | undefined;
function readers(): Promise<{ readFile(f: File): Promise<{ text: string; languageId: string }> }> {
  const g = globalThis as unknown as { EtikaAsnReaders?: { readFile(f: File): Promise<{ text: string; languageId: string }> } };
  if (g.EtikaAsnReaders) return Promise.resolve(g.EtikaAsnReaders);
  readersLoaded ??= new Promise((resolve, reject) => {
    const s = el('script', { src: 'readers.js' });
    s.onload = () => resolve();
    s.onerror = () => reject(new Error('readers.js'));
    document.head.append(s);
  });
  return readersLoaded.then(() => g.EtikaAsnReaders!);
}

async function openFile(file: File): Promise<void> {
  try {
    const doc = await (await readers()).readFile(file);
    state.fileName = file.name;
    state.languageId = doc.languageId;
    state.byParagraph = /\.(docx|odt)$/i.test(file.name);
    textarea.value = doc.text;
    runCheck();
    notify(t.opened(file.name));
  } catch (e) {
    notify(`${t.readError}: ${(e as Error).message}`, true);
  }
}

// ---- interface --------------------------------------------------------------------

function button(label: string, action: string, onClick: () => void, cls = ''): HTMLButtonElement {
  const b = el('button', { type: 'button', 'data-action': action, class: cls || undefined }, label);
  b.addEventListener('click', onClick);
  return b;
}

let toastTimer: number | undefined;
function notify(message: string, error = false): void {
  toast.textContent = message;
  toast.className = error ? 'toast show error' : 'toast show';
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (toast.className = 'toast'), 4000);
}

function updateTabs(): void {
  const n = state.findings.length;
  $('#tab-findings').textContent = `${t.tabFindings} (${n})`;
  $('#tab-summary').textContent = t.tabSummary;
}

function showTab(which: 'findings' | 'summary'): void {
  $('#tab-findings').setAttribute('aria-selected', String(which === 'findings'));
  $('#tab-summary').setAttribute('aria-selected', String(which === 'summary'));
  findingList.hidden = which !== 'findings';
  summaryPanel.hidden = which !== 'summary';
}

/** Static labels from the current language. */
function applyLanguage(): void {
  t = strings(state.lang);
  document.documentElement.lang = state.lang;
  document.title = t.title;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const value = (t as unknown as Record<string, unknown>)[node.dataset.i18n!];
    if (typeof value === 'string') node.textContent = value;
  }
  textarea.placeholder = t.placeholder;
  $<HTMLSelectElement>('#lang').value = state.lang;
  fillRedactionSelect($<HTMLSelectElement>('#redaction'));
  runCheck();
}

function fillRedactionSelect(select: HTMLSelectElement): void {
  select.replaceChildren(...engine.REDACTION_STYLES.map((s) => el('option', { value: s, selected: s === state.settings.redaction }, t.redactionStyles[s])));
}

function settingsChanged(): void {
  saveSettings(state.settings);
  runCheck();
}

function openSettings(): void {
  const dialog = $<HTMLDialogElement>('#settings');
  const body = $<HTMLDivElement>('#settings-rules');
  body.replaceChildren();
  const byCategory = new Map<string, ReturnType<typeof engine.rules>>();
  for (const r of engine.rules()) byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r]);
  const options = (current: string | undefined, defaultSeverity?: string) =>
    ['default', 'off', ...engine.SEVERITIES].map((v) =>
      el('option', { value: v, selected: (current ?? 'default') === v }, v === 'default' ? `${t.ruleDefault}${defaultSeverity ? ` (${t.severity[defaultSeverity as 'error']})` : ''}` : v === 'off' ? t.ruleOff : t.severity[v as 'error']),
    );
  for (const [category, list] of byCategory) {
    const catSelect = el('select', { 'data-rule': category, 'aria-label': category }, ...options(state.settings.rules[category]));
    const rows = list.map((r) => {
      const s = el('select', { 'data-rule': r.id, 'aria-label': r.id }, ...options(state.settings.rules[r.id], r.severity));
      return el('tr', {}, el('td', {}, el('span', { class: 'rule-title' }, r.title), el('code', {}, r.id)), el('td', {}, s));
    });
    body.append(
      el(
        'details',
        { class: 'rule-group' },
        el('summary', {}, el('span', {}, `${(t.categories?.[category] ?? (engine.CATEGORY_NAMES as Record<string, string>)[category])} (${list.length})`), catSelect),
        el('table', {}, ...rows),
      ),
    );
  }
  for (const s of body.querySelectorAll('select')) {
    s.addEventListener('click', (e) => e.stopPropagation());
    s.addEventListener('change', () => {
      const id = s.getAttribute('data-rule')!;
      if (s.value === 'default') delete state.settings.rules[id];
      else state.settings.rules[id] = s.value;
      settingsChanged();
    });
  }
  fillRedactionSelect($<HTMLSelectElement>('#settings-redaction'));
  dialog.showModal();
}

function init(): void {
  textarea.addEventListener('input', scheduleCheck);
  textarea.addEventListener('scroll', syncScroll);
  new ResizeObserver(syncScroll).observe(textarea);
  $('#file').addEventListener('change', (e) => {
    const f = (e.target as HTMLInputElement).files?.[0];
    if (f) void openFile(f);
    (e.target as HTMLInputElement).value = '';
  });
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    const f = e.dataTransfer?.files?.[0];
    if (f) void openFile(f);
  });
  $('[data-action=sample]').addEventListener('click', () => {
    state.fileName = 'contoh-siaran-pers.siaran';
    state.languageId = 'siaran-pers';
    state.byParagraph = false;
    replaceText(sample);
  });
  $('[data-action=clear]').addEventListener('click', () => replaceText(''));
  $('[data-action=fix-safe]').addEventListener('click', () => fixAll('safe'));
  $('[data-action=redact]').addEventListener('click', () => fixAll('redact'));
  $('#redaction').addEventListener('change', (e) => {
    state.settings.redaction = (e.target as HTMLSelectElement).value as Settings['redaction'];
    settingsChanged();
  });
  $('#settings-redaction').addEventListener('change', (e) => {
    state.settings.redaction = (e.target as HTMLSelectElement).value as Settings['redaction'];
    fillRedactionSelect($<HTMLSelectElement>('#redaction'));
    settingsChanged();
  });
  $('[data-action=copy]').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(textarea.value);
    } catch {
      textarea.select();
      document.execCommand('copy');
    }
    notify(t.copied);
  });
  $('[data-action=download-txt]').addEventListener('click', () => downloadFile(`${baseName()}.txt`, textarea.value, 'text/plain'));
  $('[data-action=download-md]').addEventListener('click', () => downloadFile(`${baseName()}.md`, textarea.value, 'text/markdown'));
  $('[data-action=settings]').addEventListener('click', openSettings);
  $('[data-action=close-settings]').addEventListener('click', () => $<HTMLDialogElement>('#settings').close());
  $('[data-action=reset-settings]').addEventListener('click', () => {
    state.settings = { rules: {}, redaction: 'label' };
    settingsChanged();
    fillRedactionSelect($<HTMLSelectElement>('#redaction'));
    openSettings();
  });
  $('#tab-findings').addEventListener('click', () => showTab('findings'));
  $('#tab-summary').addEventListener('click', () => showTab('summary'));
  $('#lang').addEventListener('change', (e) => {
    state.lang = (e.target as HTMLSelectElement).value as Lang;
    try {
      localStorage.setItem(LANG_KEY, state.lang);
    } catch {
      /* session only */
    }
    applyLanguage();
  });
  $('#version').textContent = `v${engine.version}`;
  showTab('findings');
  applyLanguage();
  document.body.dataset.ready = 'true';
  // the first check of a text compiles the rules' patterns; do it on the sample while the
  // user is still reading the page, so their first check runs warm
  const warm = () => {
    const started = performance.now();
    const c = checker();
    c.summary(sample, c.check(sample, { languageId: 'siaran-pers' }));
    document.body.dataset.warmMs = (performance.now() - started).toFixed(1);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 500 });
  else setTimeout(warm, 50);
}

init();
