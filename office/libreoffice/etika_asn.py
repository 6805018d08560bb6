# Etika ASN for LibreOffice Writer: a grammar checker (XProofreader) for id-ID that asks the
# etika-asn language server, plus the "Ringkasan Kepatuhan" and language commands.
# Modelled on Lightproof's file set. Offsets are UTF-16 everywhere (see etika_asn_core).

import os
import sys
import threading
import traceback
from collections import OrderedDict

import uno
import unohelper
from com.sun.star.beans import PropertyValue
from com.sun.star.lang import Locale, XServiceDisplayName, XServiceInfo, XServiceName
from com.sun.star.linguistic2 import ProofreadingResult, SingleProofreadingError, XProofreader, XSupportedLocales
from com.sun.star.task import XJobExecutor
from com.sun.star.awt import XCallback

from etika_asn_core import utf16_len
from etika_asn_lsp import LspClient, ServerUnavailable, find_server_command

EXTENSION_ID = "org.etikaasn.writer"
PROOFREADER_IMPL = "org.etikaasn.writer.Proofreader"
COMMANDS_IMPL = "org.etikaasn.writer.Commands"
SETTINGS_NODE = "/org.etikaasn.Settings/Server"
LOCALES = (Locale("id", "ID", ""),)
PROOFREADING = uno.getConstantByName("com.sun.star.text.TextMarkupType.PROOFREADING")
# Underline colours by LSP severity: error, warning, information, hint
LINE_COLORS = {1: 0xC9211E, 2: 0xE16173, 3: 0x2A6099, 4: 0x729FCF}
CACHE_SIZE = 500


def log(message):
    try:
        sys.stderr.write("etika-asn: %s\n" % message)
        sys.stderr.flush()
    except Exception:
        pass


class Service:
    """One server connection and result cache for the whole office process."""

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
        self.client = None
        self.unavailable = None  # the message, once the server could not be started
        self.told_user = False
        self.cache = OrderedDict()
        self.lock = threading.Lock()
        self.client_lock = threading.Lock()
        self._watch_desktop()

    def _setting(self, name):
        try:
            provider = self.ctx.ServiceManager.createInstanceWithContext(
                "com.sun.star.configuration.ConfigurationProvider", self.ctx
            )
            arg = PropertyValue(Name="nodepath", Value=SETTINGS_NODE)
            access = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", (arg,))
            return access.getPropertyValue(name) or ""
        except Exception:
            return ""

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

    def check(self, text, base_uri):
        """Errors for a paragraph (cached by text); [] when the server is unavailable."""
        with self.lock:
            hit = self.cache.get(text)
            if hit is not None:
                self.cache.move_to_end(text)
                return hit
        try:
            errors = self._client().check_paragraph(text, base_uri)
        except ServerUnavailable as e:
            self._unavailable(e)
            return []
        with self.lock:
            self.cache[text] = errors
            while len(self.cache) > CACHE_SIZE:
                self.cache.popitem(last=False)
        return errors

    def summary(self, text, base_uri, display_name):
        return self._client().summary_markdown(text, base_uri, display_name)

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


class MessageCallback(unohelper.Base, XCallback):
    def __init__(self, ctx, title, message):
        self.ctx, self.title, self.message = ctx, title, message

    def notify(self, data):
        show_message(self.ctx, self.title, self.message)


def show_message(ctx, title, message):
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
    # the grammar checker runs on a background thread; dialogs belong to the main thread
    try:
        async_cb = ctx.ServiceManager.createInstanceWithContext("com.sun.star.awt.AsyncCallback", ctx)
        async_cb.addCallback(MessageCallback(ctx, title, message), None)
    except Exception:
        log(message)


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
        self.ignored.add(rule_id)

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
            errors = Service.get(self.ctx).check(text, None) if text.strip() else []
        except Exception:
            log("doProofreading: %s" % traceback.format_exc())
            errors = []
        out = []
        for e in errors:
            if e["rule"] in self.ignored or e["start"] + e["length"] <= start:
                continue
            err = SingleProofreadingError()
            err.nErrorStart = e["start"]
            err.nErrorLength = e["length"]
            err.nErrorType = PROOFREADING
            err.aRuleIdentifier = e["rule"]
            err.aShortComment = e["short"]
            err.aFullComment = e["full"]
            err.aSuggestions = tuple(e["suggestions"])
            props = [PropertyValue(Name="LineColor", Value=LINE_COLORS.get(e["severity"], LINE_COLORS[2]))]
            if e["url"]:
                props.append(PropertyValue(Name="FullCommentURL", Value=e["url"]))
            err.aProperties = tuple(props)
            out.append(err)
        result.aErrors = tuple(out)
        return result


class Commands(unohelper.Base, XJobExecutor, XServiceInfo):
    """Menu commands: service:org.etikaasn.writer.Commands?summary | set-language-id."""

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

    def trigger(self, command):
        try:
            doc = self._document()
            if doc is None:
                show_message(self.ctx, "Etika ASN", "Buka dokumen Writer terlebih dahulu.")
            elif command == "summary":
                self.summary(doc)
            elif command == "set-language-id":
                self.set_language(doc)
        except ServerUnavailable as e:
            show_message(self.ctx, "Etika ASN", str(e))
        except Exception:
            log("perintah %s gagal: %s" % (command, traceback.format_exc()))
            show_message(self.ctx, "Etika ASN", "Perintah gagal: %s" % traceback.format_exc(limit=1))

    def summary(self, doc):
        """Opens a new Writer document holding the compliance summary of `doc`."""
        paragraphs = []
        enum = doc.getText().createEnumeration()
        while enum.hasMoreElements():
            p = enum.nextElement()
            if p.supportsService("com.sun.star.text.Paragraph"):
                paragraphs.append(p.getString())
        url = doc.getURL()
        try:
            title = doc.getTitle()
        except Exception:
            title = "dokumen"
        markdown = Service.get(self.ctx).summary(
            "\n\n".join(paragraphs), url if url.startswith("file:") else None, title
        )
        desktop = self.ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        out = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, ())
        text = out.getText()
        cursor = text.createTextCursor()
        lines = markdown.rstrip("\n").split("\n")
        for i, line in enumerate(lines):
            text.insertString(cursor, line, False)
            if i < len(lines) - 1:
                text.insertControlCharacter(cursor, uno.getConstantByName("com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK"), False)
        try:
            out.setTitle("Ringkasan Kepatuhan Etika ASN")
        except Exception:
            pass
        return out

    def set_language(self, doc):
        """Tags the selection (or the paragraph at the cursor) as Indonesian, so our checker runs."""
        selection = doc.getCurrentController().getSelection()
        ranges = [selection.getByIndex(i) for i in range(selection.getCount())] if selection is not None else []
        for r in ranges:
            if r.getString() == "":
                cursor = r.getText().createTextCursorByRange(r)
                cursor.gotoStartOfParagraph(False)
                cursor.gotoEndOfParagraph(True)
                r = cursor
            r.setPropertyValue("CharLocale", LOCALES[0])


g_ImplementationHelper = unohelper.ImplementationHelper()
g_ImplementationHelper.addImplementation(Proofreader, PROOFREADER_IMPL, ("com.sun.star.linguistic2.Proofreader",))
g_ImplementationHelper.addImplementation(Commands, COMMANDS_IMPL, (COMMANDS_IMPL,))
