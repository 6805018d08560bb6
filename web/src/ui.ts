// The parts of the interface shared by the web checker and the Word task pane: the findings
// list (grouped by category) and the compliance summary (verdict, chart, checklist).
import type * as Engine from './engine';
import type { Finding, ComplianceSummary } from './engine';
import { STRINGS, type Lang } from './i18n';

export type EngineApi = typeof Engine;
/** The engine's browser build, loaded before this script (dist/web/etika-asn.js). */
export const engine = (globalThis as unknown as { EtikaAsn: EngineApi }).EtikaAsn;

export type Strings = (typeof STRINGS)['id'];

type Child = Node | string | null | undefined | false;
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export function categoryName(category: string, t: Strings): string {
  return t.categories?.[category] ?? (engine.CATEGORY_NAMES as Record<string, string>)[category] ?? category;
}

/** The preferred fix of a finding, as the CLI and the editor choose it. */
export function preferredFix(f: Finding): Finding['fixes'][number] | undefined {
  return f.fixes.find((x) => x.preferred) ?? f.fixes[0];
}

export interface FindingListHandlers {
  onSelect(index: number): void;
  onApply?(index: number): void;
  /** Where the finding is, as shown to the user (line, paragraph). */
  where?(f: Finding): string;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2, hint: 3 } as const;

/** The findings, grouped by category (worst category first), each with message, basis and suggestion. */
export function renderFindingList(container: HTMLElement, findings: readonly Finding[], t: Strings, handlers: FindingListHandlers): void {
  container.replaceChildren();
  if (findings.length === 0) {
    container.append(el('p', { class: 'empty ok' }, t.noFindings));
    return;
  }
  const groups = new Map<string, number[]>();
  findings.forEach((f, i) => {
    const list = groups.get(f.category) ?? [];
    list.push(i);
    groups.set(f.category, list);
  });
  const worst = (ids: number[]) => Math.min(...ids.map((i) => SEVERITY_ORDER[findings[i].severity]));
  const ordered = [...groups.entries()].sort((a, b) => worst(a[1]) - worst(b[1]) || b[1].length - a[1].length);
  for (const [category, ids] of ordered) {
    const list = el('ol', { class: 'findings' });
    for (const i of ids) {
      const f = findings[i];
      const fix = preferredFix(f);
      const item = el(
        'li',
        { class: `finding sev-${f.severity}`, 'data-index': String(i), 'data-rule': f.ruleId, tabindex: '0', role: 'button' },
        el('div', { class: 'finding-head' }, el('span', { class: `chip sev-${f.severity}` }, t.severity[f.severity]), el('q', { class: 'match' }, f.match), handlers.where ? el('span', { class: 'where' }, handlers.where(f)) : null),
        el('p', { class: 'message' }, f.message),
        el('p', { class: 'basis' }, el('b', {}, `${t.basis}: `), f.basis),
        fix ? el('p', { class: 'suggestion' }, el('b', {}, `${t.suggestion}: `), fix.title, fix.safe ? el('span', { class: 'safe' }, ` (${t.safe})`) : null) : null,
        el('code', { class: 'rule-id' }, f.ruleId),
      );
      if (fix && handlers.onApply) {
        const button = el('button', { type: 'button', class: 'apply', 'data-action': 'apply', title: fix.title }, `${t.apply}: ${fix.title}`);
        button.addEventListener('click', (e) => {
          e.stopPropagation();
          handlers.onApply!(i);
        });
        item.append(button);
      }
      item.addEventListener('click', () => handlers.onSelect(i));
      item.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          handlers.onSelect(i);
        }
      });
      list.append(item);
    }
    const details = el('details', { class: 'category', open: true, 'data-category': category }, el('summary', {}, el('span', {}, categoryName(category, t)), el('span', { class: 'count' }, String(ids.length))), list);
    container.append(details);
  }
}

const VERDICT_CLASS: Record<string, string> = { 'LAYAK TERBIT': 'ok', 'PERLU REVISI': 'warn', 'TIDAK LAYAK TERBIT': 'bad' };

export interface SummaryHandlers {
  actions?: HTMLElement[];
}

/** The compliance summary: verdict, a bar chart of findings per category, the checklist, statistics. */
export function renderSummaryPanel(container: HTMLElement, s: ComplianceSummary, t: Strings, handlers: SummaryHandlers = {}): void {
  container.replaceChildren();
  const b = s.counts.bySeverity;
  container.append(
    el(
      'div',
      { class: `verdict ${VERDICT_CLASS[s.verdict]}`, 'data-verdict': s.verdict },
      el('div', { class: 'verdict-label' }, t.verdict),
      el('div', { class: 'verdict-value' }, s.verdict),
      el('div', { class: 'verdict-reason' }, s.verdictReason),
      el('div', { class: 'verdict-counts' }, (['error', 'warning', 'info', 'hint'] as const).map((k) => `${b[k]} ${t.severity[k]}`).join(' · ')),
    ),
  );

  // the chart: one bar per category, plain SVG
  const cats = engine.CATEGORIES;
  const max = Math.max(1, ...cats.map((c) => s.counts.byCategory[c]));
  const rowH = 26;
  const labelW = 170;
  const barW = 150;
  const chart = svg('svg', { class: 'chart', viewBox: `0 0 ${labelW + barW + 40} ${cats.length * rowH}`, role: 'img', 'aria-label': t.perCategory });
  cats.forEach((c, i) => {
    const n = s.counts.byCategory[c];
    const y = i * rowH;
    const label = svg('text', { x: labelW - 8, y: y + rowH / 2 + 4, 'text-anchor': 'end', class: 'chart-label' });
    label.textContent = categoryName(c, t);
    chart.append(label);
    chart.append(svg('rect', { x: labelW, y: y + 5, width: barW, height: rowH - 10, rx: 3, class: 'chart-track' }));
    if (n > 0) chart.append(svg('rect', { x: labelW, y: y + 5, width: Math.max(4, (barW * n) / max), height: rowH - 10, rx: 3, class: `chart-bar cat-${c}`, 'data-category': c }));
    const value = svg('text', { x: labelW + barW + 8, y: y + rowH / 2 + 4, class: 'chart-value' });
    value.textContent = String(n);
    chart.append(value);
  });
  container.append(el('h3', {}, t.perCategory), chart);

  const checklist = el('ul', { class: 'checklist' });
  for (const c of s.checklist) {
    const state = c.ok === null ? 'na' : c.ok ? 'ok' : 'bad';
    checklist.append(
      el(
        'li',
        { class: `check ${state}`, 'data-check': c.id },
        el('span', { class: 'mark', 'aria-hidden': 'true' }, c.ok === null ? '—' : c.ok ? '✓' : '✗'),
        el('div', {}, el('b', {}, c.label), ' ', el('span', { class: 'aspect' }, t.aspects[c.aspect]), el('div', { class: 'note' }, c.note)),
      ),
    );
  }
  container.append(el('h3', {}, t.checklist), checklist);
  container.append(el('h3', {}, t.stats), el('p', { class: 'stats' }, t.statsLine(s.stats)));
  if (handlers.actions?.length) container.append(el('div', { class: 'summary-actions' }, ...handlers.actions));
}

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
