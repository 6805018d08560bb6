# Etika ASN for LibreOffice Writer: a grammar checker (XProofreader) for id-ID that asks the
# etika-asn language server, plus the "Ringkasan Kepatuhan" and language commands.
# Modelled on Lightproof's file set. Offsets are UTF-16 everywhere (see etika_asn_core).

import json
import os
import sys
import threading
import traceback

import uno
import unohelper
from com.sun.star.beans import PropertyValue
from com.sun.star.lang import Locale, XServiceDisplayName, XServiceInfo, XServiceName
from com.sun.star.linguistic2 import ProofreadingResult, SingleProofreadingError, XProofreader, XSupportedLocales
from com.sun.star.task import XJob, XJobExecutor
from com.sun.star.awt import XCallback
from com.sun.star.beans import NamedValue, StringPair
from com.sun.star.ui import XContextMenuInterceptor

from etika_asn_checks import ParagraphChecks
from etika_asn_core import join_parts, locate_findings, looks_english, looks_indonesian, split_rules, utf16_len
from etika_asn_lsp import LspClient, ServerUnavailable, find_server_command
import etika_asn_report

EXTENSION_ID = "org.etikaasn.writer"
PROOFREADER_IMPL = "org.etikaasn.writer.Proofreader"
COMMANDS_IMPL = "org.etikaasn.writer.Commands"
SETTINGS_NODE = "/org.etikaasn.Settings/Server"
LOCALES = (Locale("id", "ID", ""),)
PROOFREADING = uno.getConstantByName("com.sun.star.text.TextMarkupType.PROOFREADING")
# Underline colours by LSP severity: error, warning, information, hint
LINE_COLORS = {1: 0xC9211E, 2: 0xE16173, 3: 0x2A6099, 4: 0x729FCF}
LANGUAGE_INFOBAR = "org.etikaasn.writer.language"
SET_LANGUAGE_URL = "service:%s?set-language-id" % COMMANDS_IMPL
EXPLAIN_URL = "service:%s?explain" % COMMANDS_IMPL


def log(message):
    try:
        sys.stderr.write("etika-asn: %s\n" % message)
        sys.stderr.flush()
    except Exception:
        pass


class Service:
    """One server connection, paragraph checks and per-document state for the whole office process."""

    _instance = None
    _instance_lock = threading.Lock()

    @classmethod
    def get(cls, ctx):
        with cls._instance_lock:
            if cls._instance is None:
                cls._instance = Service(ctx)
            return cls._instance

    def __init__(self, ctx):
        self.ctx = ctx
        self._settings = None
        self.client = None
        self.unavailable = None  # the message, once the server could not be started
        self.told_user = False
        self.client_lock = threading.Lock()
        self.checks = ParagraphChecks(self._client, on_late=self._recheck_later, on_unavailable=self._unavailable)
        self.offered = {}  # document RuntimeUID -> how the language offer was made
        self.menus = set()  # document RuntimeUIDs whose context menu has our explanation entry
        self.last_message = ""
        self._rules = None
        self._watch_desktop()

    def _setting(self, name, default=""):
        # one access object, kept: it sees changes made in Expert Configuration
        try:
            if self._settings is None:
                provider = self.ctx.ServiceManager.createInstanceWithContext(
                    "com.sun.star.configuration.ConfigurationProvider", self.ctx
                )
                arg = PropertyValue(Name="nodepath", Value=SETTINGS_NODE)
                self._settings = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", (arg,))
            value = self._settings.getPropertyValue(name)
            return default if value is None or value == "" else value
        except Exception:
            return default

    def _extension_dir(self):
        try:
            pip = self.ctx.getByName("/singletons/com.sun.star.deployment.PackageInformationProvider")
            url = pip.getPackageLocation(EXTENSION_ID)
            if url:
                return uno.fileUrlToSystemPath(url)
        except Exception:
            pass
        return os.path.dirname(os.path.abspath(__file__))

    def _client(self):
        # Writer's checker thread and a UNO caller may both ask first: create one client only
        with self.client_lock:
            if self.client is None:
                bundled = os.path.join(self._extension_dir(), "server", "server.js")
                argv = find_server_command(self._setting("NodeCommand"), self._setting("ServerScript"), bundled)
                self.client = LspClient(argv, log=log)
            return self.client

    def _unavailable(self, err):
        message = str(err)
        if not self.told_user:
            self.told_user = True
            log(message)
            show_message_later(self.ctx, "Etika ASN", message)
        self.unavailable = message

    def check(self, text, doc_key=None, budget=None):
        """Errors for a paragraph (cached by text, time-boxed); [] when the server is unavailable."""
        if budget is None:
            budget = max(0, int(self._setting("CheckBudgetMs", 2500))) / 1000.0
        return self.checks.check(text, doc_key, budget)

    def summary(self, text, base_uri):
        return self._client().summary(text, base_uri)

    def rules(self):
        """Built-in rules by id (title, description, basis, examples) from the bundled rule file."""
        if self._rules is None:
            self._rules = {}
            try:
                with open(os.path.join(self._extension_dir(), "server", "builtin-rules.json"), encoding="utf-8") as f:
                    for r in json.load(f):
                        self._rules[r["file"].rsplit(".", 1)[0]] = r.get("raw") or {}
            except Exception:
                log("aturan bawaan tidak terbaca: %s" % traceback.format_exc(limit=1))
        return self._rules

    def _recheck_later(self, text):
        run_later(self.ctx, lambda: recheck_paragraphs(self.ctx, text))

    def stop(self):
        if self.client is not None:
            self.client.stop()

    def _watch_desktop(self):
        # stop the server with Writer
        try:
            desktop = self.ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
            desktop.addTerminateListener(TerminateListener(self))
        except Exception:
            log("terminate listener: %s" % traceback.format_exc())


from com.sun.star.frame import XTerminateListener  # noqa: E402


class TerminateListener(unohelper.Base, XTerminateListener):
    def __init__(self, service):
        self.service = service

    def queryTermination(self, event):
        pass

    def notifyTermination(self, event):
        self.service.stop()

    def disposing(self, event):
        self.service.stop()


class Callback(unohelper.Base, XCallback):
    def __init__(self, fn):
        self.fn = fn

    def notify(self, data):
        try:
            self.fn()
        except Exception:
            log(traceback.format_exc())


def run_later(ctx, fn):
    """Runs fn on the main thread: dialogs and document changes belong there, while the
    grammar checker calls us on a background thread."""
    try:
        async_cb = ctx.ServiceManager.createInstanceWithContext("com.sun.star.awt.AsyncCallback", ctx)
        async_cb.addCallback(Callback(fn), None)
    except Exception:
        log("run_later: %s" % traceback.format_exc(limit=1))


def show_message(ctx, title, message):
    Service.get(ctx).last_message = message
    try:
        smgr = ctx.ServiceManager
        toolkit = smgr.createInstanceWithContext("com.sun.star.awt.Toolkit", ctx)
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        frame = desktop.getCurrentFrame()
        parent = frame.getContainerWindow() if frame else None
        if parent is None:
            log(message)
            return
        box = toolkit.createMessageBox(parent, uno.Enum("com.sun.star.awt.MessageBoxType", "INFOBOX"), 1, title, message)
        box.execute()
        box.dispose()
    except Exception:
        log(message)


def show_message_later(ctx, title, message):
    run_later(ctx, lambda: show_message(ctx, title, message))


def text_documents(ctx):
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    components = desktop.getComponents().createEnumeration()
    while components.hasMoreElements():
        c = components.nextElement()
        try:
            if c.supportsService("com.sun.star.text.TextDocument"):
                yield c
        except Exception:
            pass


def recheck_paragraphs(ctx, text):
    """Marks the paragraphs holding `text` unchecked and restarts proofreading, so a check that
    finished after Writer stopped waiting shows its squiggles (from the cache now)."""
    iterator = ctx.ServiceManager.createInstanceWithContext("com.sun.star.linguistic2.ProofreadingIterator", ctx)
    for doc in text_documents(ctx):
        found = False
        it = doc.getFlatParagraphIterator(PROOFREADING, False)
        para = it.getFirstPara()
        while para is not None:
            if para.getText() == text:
                para.setChecked(PROOFREADING, False)
                found = True
            para = it.getParaAfter(para)
        if found:
            iterator.startProofreading(doc, doc)


def cursor_paragraph(doc):
    """(paragraph text, UTF-16 offset of the cursor in it) at the view cursor, or None."""
    view = doc.getCurrentController().getViewCursor()
    try:
        before = view.getText().createTextCursorByRange(view.getStart())
        before.gotoStartOfParagraph(True)
        para = view.getText().createTextCursorByRange(view.getStart())
        para.gotoStartOfParagraph(False)
        para.gotoEndOfParagraph(True)
    except Exception:
        return None
    return para.getString(), utf16_len(before.getString())


def errors_at(errors, offset):
    return [e for e in errors if e["start"] <= offset <= e["start"] + e["length"]]


class ExplainMenu(unohelper.Base, XContextMenuInterceptor):
    """Adds "Penjelasan aturan Etika ASN" to the context menu on a finding (Writer's grammar
    popup goes through context-menu interception too), instead of "Explanations…" opening a
    file the desktop may not know how to show."""

    def __init__(self, ctx, doc):
        self.ctx = ctx
        self.doc = doc

    def notifyContextMenuExecute(self, event):
        ignored = uno.Enum("com.sun.star.ui.ContextMenuInterceptorAction", "IGNORED")
        try:
            here = cursor_paragraph(self.doc)
            if here is None:
                return ignored
            errors = Service.get(self.ctx).checks.cached(here[0]) or []
            if not errors_at(errors, here[1]):
                return ignored
            menu = event.ActionTriggerContainer
            item = menu.createInstance("com.sun.star.ui.ActionTrigger")
            item.setPropertyValue("Text", "Penjelasan aturan Etika ASN…")
            item.setPropertyValue("CommandURL", EXPLAIN_URL)
            menu.insertByIndex(0, item)
            menu.insertByIndex(1, menu.createInstance("com.sun.star.ui.ActionTriggerSeparator"))
            return uno.Enum("com.sun.star.ui.ContextMenuInterceptorAction", "EXECUTE_MODIFIED")
        except Exception:
            log("menu konteks: %s" % traceback.format_exc(limit=1))
            return ignored


def add_explain_menu(ctx, doc):
    service = Service.get(ctx)
    uid = _doc_uid(doc)
    if uid in service.menus:
        return
    try:
        doc.getCurrentController().registerContextMenuInterceptor(ExplainMenu(ctx, doc))
        service.menus.add(uid)
    except Exception:
        log("menu konteks: %s" % traceback.format_exc(limit=1))


# ---- the document's text, in document order -------------------------------------------------


def _locale_name(loc):
    return "-".join(x for x in (loc.Language, loc.Country) if x)


class Part:
    """One paragraph of the document with where it is, as a press officer would name it."""

    def __init__(self, where, para, text):
        self.where = where
        self.para = para
        self.text = text


def portion_locales(para):
    """[(locale, text)] of the paragraph's text portions."""
    out = []
    try:
        portions = para.createEnumeration()
        while portions.hasMoreElements():
            portion = portions.nextElement()
            try:
                out.append((portion.getPropertyValue("CharLocale"), portion.getString()))
            except Exception:
                continue
    except Exception:
        pass
    return out


def main_locale(para):
    """The language most of the paragraph's text is tagged with."""
    sizes = {}
    for loc, text in portion_locales(para):
        key = (loc.Language, loc.Country, loc.Variant)
        sizes[key] = sizes.get(key, 0) + len(text)
    if not sizes:
        return para.getPropertyValue("CharLocale")
    return Locale(*max(sizes, key=sizes.get))


def _walk_text(xtext, where, out, tables, numbered=True):
    """Paragraphs of a text (body, cell, frame, note), tables inside cells included."""
    paras = []
    enum = xtext.createEnumeration()
    while enum.hasMoreElements():
        el = enum.nextElement()
        if el.supportsService("com.sun.star.text.TextTable"):
            tables[0] += 1
            label = "Tabel %d" % tables[0] if not where else "%s › tabel %d" % (where, tables[0])
            inner = [0]
            for name in el.getCellNames():
                _walk_text(el.getCellByName(name), "%s, sel %s" % (label, name), out, inner, numbered=False)
        elif el.supportsService("com.sun.star.text.Paragraph"):
            text = el.getString()
            if text.strip():
                paras.append(Part(None, el, text))
                out.append(paras[-1])
    for i, p in enumerate(paras):
        if numbered:
            p.where = "%sparagraf %d" % (where + ", " if where else "", i + 1)
        else:
            p.where = where if len(paras) == 1 else "%s, paragraf %d" % (where, i + 1)
        if not p.where[0].isupper():
            p.where = p.where[0].upper() + p.where[1:]


def document_parts(doc):
    """Every paragraph Writer holds: headers, body with tables (nested too), text frames,
    footnotes, endnotes, footers."""
    heads, feet = [], []
    try:
        styles = doc.getStyleFamilies().getByName("PageStyles")
        for name in styles.getElementNames():
            style = styles.getByName(name)
            if not style.isInUse():
                continue
            for kind, label, out in (("Header", "Kepala halaman", heads), ("Footer", "Kaki halaman", feet)):
                if not style.getPropertyValue(kind + "IsOn"):
                    continue
                seen = []
                for suffix in ("", "Left", "First"):
                    try:
                        xtext = style.getPropertyValue(kind + "Text" + suffix)
                    except Exception:
                        continue
                    if xtext is None or xtext.getString() in seen:
                        continue
                    seen.append(xtext.getString())
                    _walk_text(xtext, "%s (%s)" % (label, style.getPropertyValue("DisplayName") or name), out, [0], numbered=False)
    except Exception:
        log("kepala/kaki halaman: %s" % traceback.format_exc(limit=1))
    body = []
    _walk_text(doc.getText(), "", body, [0])
    frames = []
    try:
        for name in doc.getTextFrames().getElementNames():
            _walk_text(doc.getTextFrames().getByName(name), "Bingkai teks «%s»" % name, frames, [0], numbered=False)
    except Exception:
        log("bingkai: %s" % traceback.format_exc(limit=1))
    # text boxes (what .docx files hold instead of frames) and drawing shapes with text
    try:
        page = doc.getDrawPage()
        boxes = 0
        for i in range(page.getCount()):
            shape = page.getByIndex(i)
            info = shape.getPropertySetInfo()
            if info.hasPropertyByName("TextBox") and shape.getPropertyValue("TextBox"):
                content = shape.getPropertyValue("TextBoxContent")
            elif shape.supportsService("com.sun.star.drawing.Text"):
                content = shape
            else:
                continue
            if content is None or not content.getString().strip():
                continue
            boxes += 1
            name = shape.getName() if hasattr(shape, "getName") else ""
            _walk_text(content, "Kotak teks %s" % ("«%s»" % name if name else boxes), frames, [0], numbered=False)
    except Exception:
        log("kotak teks: %s" % traceback.format_exc(limit=1))
    notes = []
    for getter, label in (("getFootnotes", "Catatan kaki"), ("getEndnotes", "Catatan akhir")):
        try:
            coll = getattr(doc, getter)()
            for i in range(coll.getCount()):
                note = coll.getByIndex(i)
                _walk_text(note, "%s %s" % (label, note.getLabel() or note.getAnchor().getString() or i + 1), notes, [0], numbered=False)
        except Exception:
            log("%s: %s" % (label, traceback.format_exc(limit=1)))
    return heads + body + frames + notes + feet


def mistagged_parts(parts):
    """[(part, languages)] for paragraphs with Indonesian text tagged with another language
    (Writer does not check them)."""
    out = []
    for p in parts:
        other = [(loc, t) for loc, t in portion_locales(p.para) if loc.Language not in ("id", "zxx", "")]
        text = "".join(t for _, t in other)
        if text.strip() and looks_indonesian(text):
            out.append((p, sorted({_locale_name(loc) for loc, _ in other})))
    return out


def _doc_uid(doc):
    try:
        return doc.getPropertyValue("RuntimeUID")
    except Exception:
        return str(id(doc))


def offer_language_fix(ctx, doc, parts=None):
    """Once per document: if Indonesian text is tagged with another language, say so and offer
    the "Jadikan bahasa Indonesia" command (an info bar; a message where there is none)."""
    service = Service.get(ctx)
    uid = _doc_uid(doc)
    if uid in service.offered:
        return service.offered[uid]
    wrong = mistagged_parts(document_parts(doc) if parts is None else parts)
    if not wrong:
        return None
    langs = sorted({lang for _, ls in wrong for lang in ls})
    wrong = [p for p, _ in wrong]
    primary = "Etika ASN tidak memeriksa %d paragraf berbahasa Indonesia" % len(wrong)
    secondary = "karena ditandai sebagai bahasa %s (mis. %s). Jadikan bahasa Indonesia agar ikut diperiksa." % (
        ", ".join(langs), wrong[0].where.lower())
    how = "infobar"
    try:
        controller = doc.getCurrentController()
        if controller.hasInfobar(LANGUAGE_INFOBAR):
            controller.removeInfobar(LANGUAGE_INFOBAR)
        controller.appendInfobar(
            LANGUAGE_INFOBAR, primary, secondary,
            uno.getConstantByName("com.sun.star.frame.InfobarType.WARNING"),
            (StringPair("Jadikan bahasa Indonesia", SET_LANGUAGE_URL),), True,
        )
    except Exception:
        how = "message"
        show_message(ctx, "Etika ASN", "%s %s Pilih Etika ASN ▸ Jadikan bahasa Indonesia." % (primary, secondary))
    service.offered[uid] = {"how": how, "paragraphs": len(wrong), "languages": langs, "where": [p.where for p in wrong[:20]]}
    return service.offered[uid]


class Proofreader(unohelper.Base, XProofreader, XServiceInfo, XServiceName, XServiceDisplayName, XSupportedLocales):
    def __init__(self, ctx, *args):
        self.ctx = ctx
        self.ignored = set()

    # XServiceName / XServiceInfo / XServiceDisplayName
    def getServiceName(self):
        return PROOFREADER_IMPL

    def getImplementationName(self):
        return PROOFREADER_IMPL

    def supportsService(self, name):
        return name in self.getSupportedServiceNames()

    def getSupportedServiceNames(self):
        return ("com.sun.star.linguistic2.Proofreader",)

    def getServiceDisplayName(self, locale):
        return "Etika ASN (pemeriksa etika publikasi ASN)"

    # XSupportedLocales
    def getLocales(self):
        return LOCALES

    def hasLocale(self, locale):
        return any(locale.Language == l.Language and locale.Country in (l.Country, "") for l in LOCALES)

    # XProofreader
    def isSpellChecker(self):
        return False

    def ignoreRule(self, rule_id, locale):
        # a merged squiggle names its rules joined by "+": "Ignore All" ignores each
        self.ignored.update(split_rules(rule_id))

    def resetIgnoreRules(self):
        self.ignored.clear()

    def doProofreading(self, doc_id, text, locale, start, suggested_end, properties):
        result = ProofreadingResult()
        result.aDocumentIdentifier = doc_id
        result.aText = text
        result.aLocale = locale
        result.xProofreader = self
        # the whole rest of the paragraph is one "sentence" for Writer: rules need the context
        end = utf16_len(text)
        result.nStartOfSentencePosition = start
        result.nBehindEndOfSentencePosition = end
        result.nStartOfNextSentencePosition = end
        try:
            # no document URL here: asking the desktop from the checker thread risks a deadlock
            errors = Service.get(self.ctx).check(text, doc_id) if text.strip() else []
        except Exception:
            log("doProofreading: %s" % traceback.format_exc())
            errors = []
        out = []
        for e in errors:
            if all(r in self.ignored for r in e["rules"]) or e["start"] + e["length"] <= start:
                continue
            err = SingleProofreadingError()
            err.nErrorStart = e["start"]
            err.nErrorLength = e["length"]
            err.nErrorType = PROOFREADING
            err.aRuleIdentifier = e["rule"]
            err.aShortComment = e["short"]
            err.aFullComment = e["full"]
            err.aSuggestions = tuple(e["suggestions"])
            # no FullCommentURL: Writer hands it to the desktop's URL opener, which often does
            # nothing with a local file; Etika ASN ▸ Penjelasan aturan shows the rule instead
            err.aProperties = (PropertyValue(Name="LineColor", Value=LINE_COLORS.get(e["severity"], LINE_COLORS[2])),)
            out.append(err)
        result.aErrors = tuple(out)
        return result


def rule_explanation(service, findings):
    """Title, why, basis and examples of the findings' rules, as plain text for a dialog."""
    by_rule = {}
    for f in findings:
        by_rule.setdefault(f["rule"], []).append(f)
    blocks = []
    for rule, fs in by_rule.items():
        raw = service.rules().get(rule, {})
        title = fs[0].get("title") or raw.get("title") or rule
        lines = ["%s (%s)" % (title, rule), ""] + ["Temuan: %s" % f["short"] for f in fs]
        if raw.get("description"):
            lines += ["", "Mengapa: %s" % raw["description"]]
        basis = fs[0].get("basis") or raw.get("basis")
        if basis:
            lines += ["", "Dasar: %s" % basis]
        examples = raw.get("examples") or {}
        bad = [e.get("text", "") if isinstance(e, dict) else str(e) for e in examples.get("invalid") or []][:3]
        if bad:
            lines += ["", "Contoh yang ditandai:"] + ["• \"%s\"" % e for e in bad]
        good = [e.get("text", "") if isinstance(e, dict) else str(e) for e in examples.get("valid") or []][:3]
        if good:
            lines += ["", "Contoh yang wajar:"] + ["• \"%s\"" % e for e in good]
        blocks.append("\n".join(lines))
    return "\n\n――――――――\n\n".join(blocks)


class Commands(unohelper.Base, XJobExecutor, XJob, XServiceInfo):
    """Menu commands (service:org.etikaasn.writer.Commands?summary | set-language-id | explain)
    and the job run when a document is opened (Jobs.xcu: offer to fix the language tag)."""

    def __init__(self, ctx, *args):
        self.ctx = ctx

    def getImplementationName(self):
        return COMMANDS_IMPL

    def supportsService(self, name):
        return name in self.getSupportedServiceNames()

    def getSupportedServiceNames(self):
        return (COMMANDS_IMPL,)

    def _document(self):
        desktop = self.ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        doc = desktop.getCurrentComponent()
        if doc is None or not doc.supportsService("com.sun.star.text.TextDocument"):
            return None
        return doc

    # XJob: document events, and a status query for tests and support
    def execute(self, args):
        named = {a.Name: a.Value for a in args}
        env = {a.Name: a.Value for a in (named.get("Environment") or ())}
        try:
            model = env.get("Model")
            if model is not None and model.supportsService("com.sun.star.text.TextDocument"):
                add_explain_menu(self.ctx, model)
                if env.get("EventName") == "OnLoad":
                    offer_language_fix(self.ctx, model)
            elif named.get("Command") == "status":
                service = Service.get(self.ctx)
                return json.dumps({
                    "offered": list(service.offered.values()),
                    "menus": len(service.menus),
                    "lastMessage": service.last_message,
                    "checks": service.checks.stats,
                }, ensure_ascii=False)
        except Exception:
            log("job: %s" % traceback.format_exc())
        return ()

    def trigger(self, command):
        try:
            doc = self._document()
            if doc is None:
                show_message(self.ctx, "Etika ASN", "Buka dokumen Writer terlebih dahulu.")
            elif command == "summary":
                self.summary(doc)
            elif command == "set-language-id":
                self.set_language(doc)
            elif command == "explain":
                self.explain(doc)
        except ServerUnavailable as e:
            show_message(self.ctx, "Etika ASN", str(e))
        except Exception:
            log("perintah %s gagal: %s" % (command, traceback.format_exc()))
            show_message(self.ctx, "Etika ASN", "Perintah gagal: %s" % traceback.format_exc(limit=1))

    def summary(self, doc):
        """Opens a new Writer document holding the compliance summary of all the text of `doc`
        (tables, frames, headers, footers, notes; whatever its language tag)."""
        service = Service.get(self.ctx)
        parts = document_parts(doc)
        joined, first_lines = join_parts([p.text for p in parts])
        url = doc.getURL()
        try:
            title = doc.getTitle()
        except Exception:
            title = "dokumen"
        result = service.summary(joined, url if url.startswith("file:") else None)
        summary = result["json"]
        findings = locate_findings(summary, [p.where for p in parts], first_lines)
        mistagged = len(mistagged_parts(parts))
        desktop = self.ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        out = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, ())
        etika_asn_report.build_summary_document(out, summary, findings, title, mistagged)
        try:
            out.setTitle("%s — %s" % (etika_asn_report.TITLE, title))
        except Exception:
            pass
        if mistagged:
            offer_language_fix(self.ctx, doc, parts)
        return out

    def set_language(self, doc):
        """Tags the selection as Indonesian, so our checker runs; with nothing selected, every
        paragraph of the document that is not English, and the document's default language."""
        selection = doc.getCurrentController().getSelection()
        ranges = []
        try:
            ranges = [selection.getByIndex(i) for i in range(selection.getCount())]
        except Exception:
            pass
        selected = [r for r in ranges if r.getString() != ""]
        if selected:
            for r in selected:
                r.setPropertyValue("CharLocale", LOCALES[0])
            return len(selected)
        changed = 0
        for p in document_parts(doc):
            cursor = p.para.getText().createTextCursorByRange(p.para)
            if looks_english(p.text):
                # pinned, so the new default below does not turn it Indonesian
                cursor.setPropertyValue("CharLocale", main_locale(p.para))
                continue
            cursor.setPropertyValue("CharLocale", LOCALES[0])
            changed += 1
        try:
            doc.setPropertyValue("CharLocale", LOCALES[0])
        except Exception:
            log("bahasa bawaan dokumen: %s" % traceback.format_exc(limit=1))
        try:
            controller = doc.getCurrentController()
            if controller.hasInfobar(LANGUAGE_INFOBAR):
                controller.removeInfobar(LANGUAGE_INFOBAR)
        except Exception:
            pass
        return changed

    def explain(self, doc):
        """Shows the explanation of the rule(s) found at the cursor: why, basis, examples."""
        service = Service.get(self.ctx)
        here = cursor_paragraph(doc)
        if here is None:
            show_message(self.ctx, "Etika ASN", "Letakkan kursor pada teks yang bergaris bawah.")
            return None
        text, offset = here
        errors = service.check(text, None, budget=60.0) if text.strip() else []
        here = errors_at(errors, offset)
        if not here:
            message = "Tidak ada temuan Etika ASN di posisi kursor."
        else:
            message = rule_explanation(service, [f for e in here for f in e["findings"]])
        show_message(self.ctx, "Etika ASN — penjelasan aturan", message)
        return message


g_ImplementationHelper = unohelper.ImplementationHelper()
g_ImplementationHelper.addImplementation(Proofreader, PROOFREADER_IMPL, ("com.sun.star.linguistic2.Proofreader",))
g_ImplementationHelper.addImplementation(Commands, COMMANDS_IMPL, (COMMANDS_IMPL,))
