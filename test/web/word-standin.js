// A stand-in for Office.js in Word, for tests without Microsoft 365 or a network: exactly the
// calls the task pane uses, over a small document model (paragraphs of formatted runs, a
// header and a footer, comments, tracked changes, critique annotations). Anything else throws,
// as do calls outside the requirement sets the test declares, and reading a property that was
// not loaded and synced. Served by the test in place of Microsoft's office.js URL.
(() => {
  const cfg = window.__WORD_STANDIN__ || {};
  const sets = cfg.sets || { WordApi: '1.7', WordApiHiddenDocument: '1.3' };
  let nextId = 1;
  const para = (p) => ({ id: nextId++, runs: typeof p === 'string' ? [{ text: p, fmt: {} }] : p.map((r) => (typeof r === 'string' ? { text: r, fmt: {} } : { text: r.text, fmt: r.fmt || {} })) });
  const model = {
    body: (cfg.body || []).map(para),
    headers: (cfg.headers || [[]]).map((h) => h.map(para)),
    footers: (cfg.footers || [[]]).map((f) => f.map(para)),
    comments: [],
    trackingMode: cfg.trackingMode || 'Off',
    tracked: [],
    annotations: [],
    selection: null,
    created: [],
    calls: [],
    paragraphHandlers: [],
  };
  const liveRanges = new Set();

  const cmp = (a, b) => {
    const x = a.split('.').map(Number);
    const y = b.split('.').map(Number);
    for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] || 0) !== (y[i] || 0)) return (x[i] || 0) - (y[i] || 0);
    return 0;
  };
  const isSetSupported = (name, version = '1.1') => sets[name] !== undefined && cmp(sets[name], version) >= 0;
  const need = (name, version, what) => {
    if (!isSetSupported(name, version)) throw new Error(`Word stand-in: ${what} needs ${name} ${version}, not supported here`);
  };

  /** Unknown members throw, as calling an API the stand-in does not have would be a test bug. */
  const strict = (obj, name) =>
    new Proxy(obj, {
      get(target, prop) {
        if (typeof prop === 'symbol' || prop in target || prop === 'then' || prop === 'toJSON') return target[prop];
        throw new Error(`Word stand-in: ${name}.${String(prop)} is not implemented`);
      },
    });

  const textOf = (p) => p.runs.map((r) => r.text).join('');
  const where = (p) => {
    for (const [part, lists] of [['body', [model.body]], ['header', model.headers], ['footer', model.footers]]) {
      for (let s = 0; s < lists.length; s++) {
        const i = lists[s].indexOf(p);
        if (i >= 0) return { part, section: s, index: i };
      }
    }
    return { part: 'gone', section: -1, index: -1 };
  };

  /** Replaces [start, end) of a paragraph; the new text takes the format of the first character it replaces (or the one before it). */
  function edit(p, start, end, text) {
    const full = textOf(p);
    if (start < 0 || end > full.length || start > end) throw new Error(`Word stand-in: range ${start}-${end} outside the paragraph`);
    const old = full.slice(start, end);
    const cut = (from, to) => {
      const out = [];
      let at = 0;
      for (const r of p.runs) {
        const rs = at;
        const re = at + r.text.length;
        at = re;
        const s = Math.max(from, rs);
        const e = Math.min(to, re);
        if (s < e) out.push({ text: r.text.slice(s - rs, e - rs), fmt: r.fmt });
      }
      return out;
    };
    const formatAt = start < end ? start : Math.max(0, start - 1);
    const fmt = (cut(formatAt, formatAt + 1)[0] || p.runs[0] || { fmt: {} }).fmt;
    const runs = [];
    for (const r of [...cut(0, start), { text, fmt }, ...cut(end, full.length)]) {
      const last = runs[runs.length - 1];
      if (!r.text) continue;
      if (last && JSON.stringify(last.fmt) === JSON.stringify(r.fmt)) last.text += r.text;
      else runs.push({ text: r.text, fmt: r.fmt });
    }
    p.runs = runs.length ? runs : [{ text: '', fmt: {} }];
    const delta = text.length - (end - start);
    // ranges follow the text, as Word's do
    for (const r of liveRanges) {
      if (r.p !== p) continue;
      if (r.start >= end) {
        r.start += delta;
        r.end += delta;
      } else if (r.end > start) r.end = Math.max(start + text.length, r.end + delta);
    }
    if (model.trackingMode !== 'Off') model.tracked.push({ ...where(p), start, old, new: text });
    model.calls.push('edit');
    return { start, end: start + text.length };
  }

  // ---- client objects: properties readable only after load() and sync() ----
  let pendingLoads = [];
  class ClientObject {
    constructor(name) {
      this._name = name;
      this._loaded = new Set();
      this._values = {};
    }
    load(props) {
      pendingLoads.push([this, String(props || '').split(',').map((s) => s.trim()).filter(Boolean)]);
      return this;
    }
    _get(prop) {
      if (!this._loaded.has(prop)) throw new Error(`Word stand-in: PropertyNotLoaded: ${this._name}.${prop} read before load() and sync()`);
      return this._values[prop];
    }
  }
  const loadable = (cls, props) => {
    for (const p of props) Object.defineProperty(cls.prototype, p, { get() { return this._get(p); }, configurable: true });
  };

  class Range extends ClientObject {
    constructor(p, start, end) {
      super('Range');
      this.p = p;
      this.start = start;
      this.end = end;
      liveRanges.add(this);
    }
    _snapshot() { return { text: textOf(this.p).slice(this.start, this.end) }; }
    select() {
      model.selection = { ...where(this.p), start: this.start, end: this.end, text: textOf(this.p).slice(this.start, this.end) };
      model.calls.push('select');
    }
    insertText(text, location) {
      if (typeof text !== 'string') throw new Error('Word stand-in: insertText needs a string');
      if (location === 'Replace') {
        const r = edit(this.p, this.start, this.end, text);
        return strict(new Range(this.p, r.start, r.end), 'Range');
      }
      if (location === 'After' || location === 'End') {
        const r = edit(this.p, this.end, this.end, text);
        return strict(new Range(this.p, r.start, r.end), 'Range');
      }
      if (location === 'Before' || location === 'Start') {
        const r = edit(this.p, this.start, this.start, text);
        return strict(new Range(this.p, r.start, r.end), 'Range');
      }
      throw new Error(`Word stand-in: insertText location ${location} is not implemented`);
    }
    delete() { edit(this.p, this.start, this.end, ''); }
    expandTo(other) {
      if (other.p !== this.p) throw new Error('Word stand-in: expandTo across paragraphs is not implemented');
      return strict(new Range(this.p, Math.min(this.start, other.start), Math.max(this.end, other.end)), 'Range');
    }
    insertComment(content) {
      need('WordApi', '1.4', 'Range.insertComment');
      const c = { id: nextId++, content, p: this.p, range: new Range(this.p, this.start, this.end) };
      model.comments.push(c);
      return strict(new Comment(c), 'Comment');
    }
  }
  loadable(Range, ['text']);

  class Comment extends ClientObject {
    constructor(c) { super('Comment'); this.c = c; }
    _snapshot() { return { content: this.c.content }; }
    delete() {
      need('WordApi', '1.4', 'Comment.delete');
      model.comments = model.comments.filter((x) => x !== this.c);
    }
  }
  loadable(Comment, ['content']);

  class Collection extends ClientObject {
    constructor(name, make) { super(name); this._make = make; }
    _snapshot() { return { items: this._make() }; }
    load(props) {
      // a collection's load names its items' properties; 'items' alone loads just the list
      const list = String(props || '').split(',').map((s) => s.trim().replace(/^items\/?/, '')).filter(Boolean);
      pendingLoads.push([this, ['items'], list]);
      return this;
    }
  }
  loadable(Collection, ['items']);

  class Paragraph extends ClientObject {
    constructor(p) { super('Paragraph'); this.p = p; }
    _snapshot() { return { text: textOf(this.p) }; }
    search(text, options = {}) {
      if (text.length > 255) throw new Error('Word stand-in: search text longer than 255 characters');
      if (!options.matchCase) throw new Error('Word stand-in: only matchCase searches are implemented');
      const needle = text.replace(/\^l|\^\^|\^./g, (m) => {
        if (m === '^^') return '^';
        if (m === '^l') return '\v';
        throw new Error(`Word stand-in: search code ${m} is not implemented`);
      });
      const hay = textOf(this.p);
      const found = [];
      for (let i = hay.indexOf(needle); needle && i >= 0; i = hay.indexOf(needle, i + needle.length)) found.push([i, i + needle.length]);
      const p = this.p;
      return strict(new Collection('RangeCollection', () => found.map(([s, e]) => strict(new Range(p, s, e), 'Range'))), 'RangeCollection');
    }
    insertAnnotations(annotations) {
      need('WordApi', '1.7', 'Paragraph.insertAnnotations');
      const ids = annotations.critiques.map((c) => {
        if (!['Red', 'Green', 'Blue', 'Lavender', 'Berry'].includes(c.colorScheme)) throw new Error(`Word stand-in: colorScheme ${c.colorScheme}`);
        const a = { id: `a${nextId++}`, p: this.p, start: c.start, length: c.length, colorScheme: c.colorScheme };
        model.annotations.push(a);
        return a.id;
      });
      return { value: ids };
    }
    getAnnotations() {
      need('WordApi', '1.7', 'Paragraph.getAnnotations');
      const p = this.p;
      return strict(
        new Collection('AnnotationCollection', () =>
          model.annotations.filter((a) => a.p === p).map((a) => strict(new Annotation(a), 'Annotation')),
        ),
        'AnnotationCollection',
      );
    }
  }
  loadable(Paragraph, ['text']);

  class Annotation extends ClientObject {
    constructor(a) { super('Annotation'); this.a = a; }
    _snapshot() { return { id: this.a.id }; }
    delete() { model.annotations = model.annotations.filter((x) => x !== this.a); }
  }
  loadable(Annotation, ['id']);

  class Body extends ClientObject {
    constructor(list) { super('Body'); this.list = list; }
    get paragraphs() {
      const list = this.list;
      return strict(new Collection('ParagraphCollection', () => list.map((p) => strict(new Paragraph(p), 'Paragraph'))), 'ParagraphCollection');
    }
    getComments() {
      need('WordApi', '1.4', 'Body.getComments');
      const list = this.list;
      return strict(new Collection('CommentCollection', () => model.comments.filter((c) => list.includes(c.p)).map((c) => strict(new Comment(c), 'Comment'))), 'CommentCollection');
    }
  }

  class Section extends ClientObject {
    constructor(i) { super('Section'); this.i = i; }
    getHeader(type) {
      if (type !== 'Primary') throw new Error(`Word stand-in: header ${type} is not implemented`);
      return strict(new Body(model.headers[this.i]), 'Body');
    }
    getFooter(type) {
      if (type !== 'Primary') throw new Error(`Word stand-in: footer ${type} is not implemented`);
      return strict(new Body(model.footers[this.i]), 'Body');
    }
  }

  class Document extends ClientObject {
    constructor() { super('Document'); }
    _snapshot() {
      need('WordApi', '1.4', 'Document.changeTrackingMode');
      return { changeTrackingMode: model.trackingMode };
    }
    get body() { return strict(new Body(model.body), 'Body'); }
    get sections() {
      return strict(new Collection('SectionCollection', () => model.headers.map((_, i) => strict(new Section(i), 'Section'))), 'SectionCollection');
    }
    get onParagraphChanged() {
      need('WordApi', '1.6', 'Document.onParagraphChanged');
      return strict({ add: (handler) => model.paragraphHandlers.push(handler) }, 'EventHandlers');
    }
  }
  loadable(Document, ['changeTrackingMode']);

  class DocumentCreated extends ClientObject {
    constructor() { super('DocumentCreated'); this.doc = { html: '', opened: false }; model.created.push(this.doc); }
    get body() {
      const doc = this.doc;
      return strict({ insertHtml: (html, location) => { if (location !== 'Start') throw new Error('Word stand-in: insertHtml location'); doc.html += html; } }, 'Body');
    }
    open() { this.doc.opened = true; }
  }

  class RequestContext {
    constructor() {
      this.document = strict(new Document(), 'Document');
      this.application = strict({ createDocument: () => { need('WordApiHiddenDocument', '1.3', 'Application.createDocument'); return strict(new DocumentCreated(), 'DocumentCreated'); } }, 'Application');
    }
    async sync() {
      const loads = pendingLoads;
      pendingLoads = [];
      for (const [obj, props, itemProps] of loads) {
        const values = obj._snapshot();
        for (const p of props) {
          if (!(p in values)) throw new Error(`Word stand-in: ${obj._name}.${p} cannot be loaded`);
          obj._values[p] = values[p];
          obj._loaded.add(p);
        }
        if (itemProps && itemProps.length > 0) {
          for (const item of obj._values.items) {
            if (!('_snapshot' in item)) throw new Error('Word stand-in: these items have no loadable properties');
            const v = item._snapshot();
            for (const p of itemProps) {
              if (!(p in v)) throw new Error(`Word stand-in: ${item._name}.${p} cannot be loaded`);
              item._values[p] = v[p];
              item._loaded.add(p);
            }
          }
        }
      }
      model.calls.push('sync');
      await new Promise((r) => setTimeout(r, 0));
    }
  }

  window.Word = strict(
    {
      run: async (batch) => {
        const context = strict(new RequestContext(), 'RequestContext');
        return batch(context);
      },
    },
    'Word',
  );
  let ready;
  const readyInfo = new Promise((resolve) => (ready = resolve));
  document.addEventListener('DOMContentLoaded', () => ready({ host: 'Word', platform: 'OfficeOnline' }));
  window.Office = strict(
    {
      HostType: { Word: 'Word' },
      context: strict({ requirements: strict({ isSetSupported }, 'RequirementSetSupport'), displayLanguage: cfg.displayLanguage || 'id-ID' }, 'Office.context'),
      onReady: (callback) => readyInfo.then((info) => (callback && callback(info), info)),
    },
    'Office',
  );

  // what the test reads and does, as a person in Word would
  window.__standin = {
    model,
    text: (part, section, index) => textOf((part === 'body' ? model.body : part === 'header' ? model.headers[section] : model.footers[section])[index]),
    runs: (index) => model.body[index].runs.map((r) => ({ text: r.text, fmt: r.fmt })),
    comments: () => model.comments.map((c) => ({ content: c.content, text: textOf(c.p).slice(c.range.start, c.range.end) })),
    addUserComment(index, start, end, content) {
      model.comments.push({ id: nextId++, content, p: model.body[index], range: new Range(model.body[index], start, end) });
    },
    type(index, text) {
      const p = model.body[index];
      edit(p, textOf(p).length, textOf(p).length, text);
      for (const h of model.paragraphHandlers) h({ type: 'paragraphChanged' });
    },
  };
})();
