#!/usr/bin/python3
# UNO driver for test/office/writer.office.ts: connects to a running soffice, loads documents
# and reports as JSON what Writer's proofreading iterator gets from the installed extension.
# Run with /usr/bin/python3 (the one with `uno`). Offsets are UTF-16, as Writer counts them.

import argparse
import json
import os
import sys
import threading
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.beans import NamedValue
from com.sun.star.lang import Locale

PROOFREADING = uno.getConstantByName("com.sun.star.text.TextMarkupType.PROOFREADING")
PARAGRAPH_BREAK = uno.getConstantByName("com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK")
ID_ID = Locale("id", "ID", "")
EN_US = Locale("en", "US", "")
# the rich document: where each finding sits
TABLE_NIK = "3273015708900002"
HEADER_NIK = "3273015708900003"
FOOTNOTE_NIK = "3173014508850001"
FRAME_NIK = "3273015708900004"
MISTAGGED = "Info ini penting, viralkan sebelum dihapus oleh pihak kelurahan."
ENGLISH = "The meeting will be held in the main hall on Monday."


def u16len(s):
    return len(s.encode("utf-16-le", "surrogatepass")) // 2


def u16slice(s, a, b):
    return s.encode("utf-16-le", "surrogatepass")[2 * a:2 * b].decode("utf-16-le", "surrogatepass")


def prop(name, value):
    return PropertyValue(Name=name, Value=value)


def connect(port, timeout):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + timeout
    while True:
        try:
            return resolver.resolve("uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % port)
        except NoConnectException:
            if time.time() > deadline:
                raise SystemExit("soffice did not accept a connection within %ds" % timeout)
            time.sleep(0.5)


class Driver:
    def __init__(self, ctx):
        self.ctx = ctx
        self.smgr = ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        self.iterator = self.smgr.createInstanceWithContext("com.sun.star.linguistic2.ProofreadingIterator", ctx)

    def service(self, name):
        return self.smgr.createInstanceWithContext(name, self.ctx)

    def load(self, path):
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        return self.desktop.loadComponentFromURL(url, "_blank", 0, ())

    def paragraphs(self, doc):
        it = doc.getFlatParagraphIterator(PROOFREADING, False)
        p = it.getFirstPara()
        while p is not None:
            yield p
            p = it.getParaAfter(p)

    def check(self, doc, para, text=None):
        text = para.getText() if text is None else text
        n = u16len(text)
        locale = para.getLanguageOfText(0, n) if n else ID_ID
        result = self.iterator.checkSentenceAtPosition(doc, para, text, locale, 0, n, 0)
        return locale, result

    def report(self, doc):
        out = []
        for i, para in enumerate(self.paragraphs(doc)):
            text = para.getText()
            if not text:
                continue
            locale, result = self.check(doc, para)
            out.append(
                {
                    "index": i,
                    "text": text,
                    "language": "%s-%s" % (locale.Language, locale.Country),
                    "errors": [
                        {
                            "start": e.nErrorStart,
                            "length": e.nErrorLength,
                            "covered": u16slice(text, e.nErrorStart, e.nErrorStart + e.nErrorLength),
                            "rule": e.aRuleIdentifier,
                            "short": e.aShortComment,
                            "full": e.aFullComment,
                            "suggestions": list(e.aSuggestions),
                            "type": e.nErrorType,
                        }
                        for e in result.aErrors
                    ],
                }
            )
        return out

    def apply_first_suggestion(self, doc, rule_prefix):
        """Applies the first suggestion of the first error of a rule, as Writer's menu does."""
        for para in self.paragraphs(doc):
            text = para.getText()
            if not text:
                continue
            _, result = self.check(doc, para)
            for e in result.aErrors:
                if e.aRuleIdentifier.startswith(rule_prefix) and e.aSuggestions:
                    para.changeText(e.nErrorStart, e.nErrorLength, e.aSuggestions[0], ())
                    return {
                        "rule": e.aRuleIdentifier,
                        "before": text,
                        "start": e.nErrorStart,
                        "length": e.nErrorLength,
                        "suggestion": e.aSuggestions[0],
                    }
        return None

    def paragraph_texts(self, doc):
        # changeText invalidates the flat paragraph: read the text model afresh
        texts = []
        enum = doc.getText().createEnumeration()
        while enum.hasMoreElements():
            p = enum.nextElement()
            if p.supportsService("com.sun.star.text.Paragraph"):
                texts.append(p.getString())
        return texts

    def latency(self, doc, rounds):
        """Milliseconds per paragraph through the iterator and the extension (uncached and cached)."""
        para = next(p for p in self.paragraphs(doc) if "viralkan" in p.getText())
        base = para.getText()
        fresh, cached = [], []
        for i in range(rounds):
            text = "%s Rapat ke-%d digelar hari ini." % (base, i)  # new text: not in the extension's cache
            t = time.perf_counter()
            _, r = self.check(doc, para, text)
            fresh.append((time.perf_counter() - t) * 1000)
            assert len(r.aErrors) > 0
            t = time.perf_counter()
            self.check(doc, para, text)
            cached.append((time.perf_counter() - t) * 1000)

        def stats(xs):
            xs = sorted(xs)
            return {"p50": round(xs[len(xs) // 2], 3), "p95": round(xs[max(0, int(len(xs) * 0.95) - 1)], 3)}

        return {"rounds": rounds, "uncached": stats(fresh), "cached": stats(cached)}

    def set_language(self):
        doc = self.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, ())
        text = doc.getText()
        text.setString("Viralkan sebelum dihapus!")
        cursor = text.createTextCursor()
        cursor.gotoStart(False)
        cursor.gotoEnd(True)
        cursor.setPropertyValue("CharLocale", Locale("en", "US", ""))
        controller = doc.getCurrentController()
        controller.select(cursor)
        before = cursor.getPropertyValue("CharLocale")
        self.service("org.etikaasn.writer.Commands").trigger("set-language-id")
        cursor.gotoStart(False)
        cursor.gotoEnd(True)
        after = cursor.getPropertyValue("CharLocale")
        para = next(iter(self.paragraphs(doc)))
        _, result = self.check(doc, para)
        doc.close(True)
        return {
            "before": "%s-%s" % (before.Language, before.Country),
            "after": "%s-%s" % (after.Language, after.Country),
            "rules": [e.aRuleIdentifier for e in result.aErrors],
        }



    def status(self):
        return json.loads(self.service("org.etikaasn.writer.Commands").execute((NamedValue("Command", "status"),)))

    def make_rich_docx(self, path):
        """A release as offices write them: NIKs in a table cell, a header and a footnote, a nested
        table, an Indonesian paragraph tagged en-US, an English one; saved as .docx."""
        doc = self.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, ())
        doc.setPropertyValue("CharLocale", ID_ID)  # the default; two paragraphs get en-US below
        text = doc.getText()
        cur = text.createTextCursor()
        cur.setPropertyValue("CharLocale", ID_ID)

        def para(content, locale=ID_ID):
            cur.setPropertyValue("CharLocale", locale)
            text.insertString(cur, content, False)
            text.insertControlCharacter(cur, PARAGRAPH_BREAK, False)

        para("SIARAN PERS Dinas Sosial Kota Bandung tentang penyaluran bantuan sosial tahun 2025.")
        para("Berikut daftar penerima bantuan tahap pertama:")
        table = doc.createInstance("com.sun.star.text.TextTable")
        table.initialize(2, 2)
        text.insertTextContent(cur, table, False)
        table.getCellByName("A1").setString("Nama")
        table.getCellByName("B1").setString("NIK")
        table.getCellByName("A2").setString("Siti Aminah")
        table.getCellByName("B2").setString(TABLE_NIK)
        # a nested table in A1's cell
        cell = table.getCellByName("A1")
        inner = doc.createInstance("com.sun.star.text.TextTable")
        inner.initialize(1, 1)
        cell.insertTextContent(cell.getEnd(), inner, False)
        inner.getCellByName("A1").setString("Catatan: dasar goblok, data ini rahasia.")
        cur.gotoEnd(False)
        frame = doc.createInstance("com.sun.star.text.TextFrame")
        frame.setPropertyValue("AnchorType", uno.Enum("com.sun.star.text.TextContentAnchorType", "AT_PARAGRAPH"))
        text.insertTextContent(cur, frame, False)
        frame.getText().setString("Kontak korban: NIK %s" % FRAME_NIK)
        para(MISTAGGED, EN_US)
        para(ENGLISH, EN_US)
        cur.setPropertyValue("CharLocale", ID_ID)
        text.insertString(cur, "Bantuan disalurkan melalui rekening bank daerah", False)
        note = doc.createInstance("com.sun.star.text.Footnote")
        text.insertTextContent(cur, note, False)
        note.setString("Data pelapor: NIK %s" % FOOTNOTE_NIK)
        cur.gotoEnd(False)
        text.insertString(cur, ".", False)
        style = doc.getStyleFamilies().getByName("PageStyles").getByName("Standard")
        style.setPropertyValue("HeaderIsOn", True)
        style.getPropertyValue("HeaderText").setString("Dokumen internal NIK petugas %s" % HEADER_NIK)
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(path)), (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)

    def summary_document(self, doc):
        """Runs the summary command; the new document's text, tables, languages and paragraph styles."""
        doc.getCurrentController().getFrame().activate()
        self.service("org.etikaasn.writer.Commands").trigger("summary")
        current = self.desktop.getCurrentComponent()
        if current is None or current == doc:
            return None
        langs, styles, highlighted = set(), [], []
        enum = current.getText().createEnumeration()
        while enum.hasMoreElements():
            p = enum.nextElement()
            if p.supportsService("com.sun.star.text.Paragraph"):
                styles.append([p.getPropertyValue("ParaStyleName"), p.getString()])
                portions = p.createEnumeration()
                while portions.hasMoreElements():
                    portion = portions.nextElement()
                    if portion.getString():
                        loc = portion.getPropertyValue("CharLocale")
                        langs.add("%s-%s" % (loc.Language, loc.Country))
                        if portion.getPropertyValue("CharBackColor") not in (-1, 0xFFFFFFFF):
                            highlighted.append(portion.getString())
        tables = []
        tt = current.getTextTables()
        for i in range(tt.getCount()):
            t = tt.getByIndex(i)
            rows = []
            for r in range(t.getRows().getCount()):
                row = []
                for c in range(t.getColumns().getCount()):
                    try:
                        cell = t.getCellByPosition(c, r)
                    except Exception:
                        break
                    row.append(cell.getString())
                    cc = cell.createTextCursor()
                    cc.gotoEnd(True)
                    loc = cc.getPropertyValue("CharLocale")
                    if cell.getString():
                        langs.add("%s-%s" % (loc.Language, loc.Country))
                rows.append(row)
            tables.append(rows)
        saved = os.path.join(os.path.dirname(os.path.abspath(self.saved_docx)), "ringkasan.odt")
        current.storeToURL(uno.systemPathToFileUrl(saved), ())
        out = {
            "text": current.getText().getString(),
            "paragraphs": styles,
            "tables": tables,
            "languages": sorted(langs),
            "highlighted": highlighted,
            "savedBytes": os.path.getsize(saved),
        }
        current.close(True)
        return out

    def paragraph_locale(self, doc, needle):
        for para in self.paragraphs(doc):
            t = para.getText()
            if needle in t:
                loc = para.getLanguageOfText(0, u16len(t))
                return "%s-%s" % (loc.Language, loc.Country)
        return None

    def rich(self, path):
        """The rich .docx: offered a language fix on load, summary of all text, language command."""
        doc = self.load(path)
        time.sleep(0.5)  # the OnLoad job runs as the document opens
        out = {"statusAfterLoad": self.status()}
        out["before"] = {"mistagged": self.paragraph_locale(doc, MISTAGGED), "english": self.paragraph_locale(doc, ENGLISH)}
        out["summary"] = self.summary_document(doc)
        # nothing selected: the command covers the whole document
        doc.getCurrentController().getFrame().activate()
        view = doc.getCurrentController().getViewCursor()
        view.gotoStart(False)
        self.service("org.etikaasn.writer.Commands").trigger("set-language-id")
        out["after"] = {"mistagged": self.paragraph_locale(doc, MISTAGGED), "english": self.paragraph_locale(doc, ENGLISH)}
        para = next(p for p in self.paragraphs(doc) if MISTAGGED in p.getText())
        _, result = self.check(doc, para)
        out["afterRules"] = [e.aRuleIdentifier for e in result.aErrors]
        try:
            out["infobarAfterFix"] = doc.getCurrentController().hasInfobar("org.etikaasn.writer.language")
        except Exception:
            out["infobarAfterFix"] = None
        out["statusAfterFix"] = self.status()
        # explanation of the finding at the cursor, shown inside Writer
        search = doc.createSearchDescriptor()
        search.SearchString = "viralkan"
        found = doc.findFirst(search)
        view.gotoRange(found.getStart(), False)
        view.goRight(2, False)
        doc.getCurrentController().getFrame().activate()
        self.service("org.etikaasn.writer.Commands").trigger("explain")
        out["explanation"] = self.status()["lastMessage"]
        doc.close(True)
        return out

    def big_paragraph(self):
        """A 1 MB paragraph with about 200 findings, and a short one asked while it is checked."""
        base = "Pelayanan publik berjalan baik dan warga puas dengan hasilnya. "
        parts, n, size = [], 0, 0
        while size < 1_000_000:
            parts.append(base)
            if len(parts) % 80 == 0:
                parts.append("Info penting %d, viralkan sekarang! " % n)
                n += 1
            size += len(parts[-1])
        big = "".join(parts)
        # Writer's own layout of a 1 MB paragraph takes minutes; the iterator is handed the text
        # directly, as Writer hands it to the checker
        doc = self.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, ())
        text = doc.getText()
        text.setString("Paragraf panjang.\nDasar goblok, kerja begitu saja tidak becus.")
        cursor = text.createTextCursor()
        cursor.gotoStart(False)
        cursor.gotoEnd(True)
        cursor.setPropertyValue("CharLocale", ID_ID)
        paras = list(self.paragraphs(doc))
        big_para = paras[0]
        small_para = next(p for p in paras if "goblok" in p.getText())
        self.check(doc, big_para, "Rapat dimulai pukul 09.00.")  # the server is up, as in a Writer in use
        events = {}

        def check_big():
            t = time.perf_counter()
            _, r = self.check(doc, big_para, big)
            events["big"] = {"ms": round((time.perf_counter() - t) * 1000), "errors": len(r.aErrors), "end": time.perf_counter()}

        worker = threading.Thread(target=check_big)
        started = time.perf_counter()
        worker.start()
        time.sleep(0.05)
        t = time.perf_counter()
        _, r = self.check(doc, small_para)
        events["small"] = {"ms": round((time.perf_counter() - t) * 1000), "rules": [e.aRuleIdentifier for e in r.aErrors], "end": time.perf_counter()}
        worker.join(180)
        events["smallBeforeBig"] = events["small"]["end"] < events["big"]["end"]
        if events["big"]["errors"] == 0:
            # over Writer's budget: answered empty and checked on; the cache answers afterwards
            time.sleep(5)
            _, r = self.check(doc, big_para, big)
            events["big"]["errorsLater"] = len(r.aErrors)
        for k in ("big", "small"):
            events[k]["end"] = round((events[k]["end"] - started) * 1000)
        events["findingsInText"] = n
        events["chars"] = len(big)
        # client side alone (no Writer): mapping and one code-action request per paragraph
        doc.close(True)
        return events

    def set_budget(self, ms):
        provider = self.service("com.sun.star.configuration.ConfigurationProvider")
        access = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess", (prop("nodepath", "/org.etikaasn.Settings/Server"),)
        )
        access.setPropertyValue("CheckBudgetMs", ms)
        access.commitChanges()

    def late_paragraph(self):
        """With a budget Writer cannot meet, a paragraph is answered empty at once, checked on,
        and Writer is made to check it again: then it gets its findings."""
        doc = self.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, ())
        doc.setPropertyValue("CharLocale", ID_ID)
        body = " ".join("Kalimat %d tentang pelayanan warga, viralkan sebelum dihapus!" % i for i in range(300))
        before = self.status()["checks"]
        # the budget first: Writer's own background check may ask for the paragraph before we do
        self.set_budget(1)
        try:
            doc.getText().setString(body)
            para = next(iter(self.paragraphs(doc)))
            t = time.perf_counter()
            _, r = self.check(doc, para)
            out = {"firstErrors": len(r.aErrors), "firstMs": round((time.perf_counter() - t) * 1000)}
            deadline = time.time() + 60
            while time.time() < deadline and self.status()["checks"]["lateAnswered"] <= before["lateAnswered"]:
                time.sleep(0.2)
            after = self.status()["checks"]
        finally:
            self.set_budget(2500)
        _, r = self.check(doc, para)
        out.update({"before": before, "after": after, "laterErrors": len(r.aErrors), "checked": para.isChecked(PROOFREADING)})
        doc.close(True)
        return out


    def extension_info(self, update_url):
        """What LibreOffice's Extension Manager reads from the installed package, and what its
        update checker reads from the office's update file."""
        manager = self.ctx.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
        pkg = next(p for p in manager.getDeployedExtensions("shared", None, None)
                   if p.getIdentifier().Value == "org.etikaasn.writer")
        publisher = pkg.getPublisherInfo()
        out = {
            "version": pkg.getVersion(),
            "name": pkg.getDisplayName(),
            "description": pkg.getDescription(),
            "publisher": [publisher.First, publisher.Second],
            "icon": pkg.getIcon(False) is not None,
            "iconHighContrast": pkg.getIcon(True) is not None,
            "license": pkg.getLicenseText()[:40],
            "updateUrls": list(pkg.getUpdateInformationURLs()),
        }
        provider = self.service("com.sun.star.deployment.UpdateInformationProvider")
        update = []
        for element in provider.getUpdateInformation((update_url,), "org.etikaasn.writer"):
            ns = "http://openoffice.org/extensions/update/2006"
            version = element.getElementsByTagNameNS(ns, "version").item(0)
            src = element.getElementsByTagNameNS(ns, "src").item(0)
            update.append({
                "version": version.getAttribute("value") if version else None,
                "download": src.getAttributeNS("http://www.w3.org/1999/xlink", "href") if src else None,
            })
        out["update"] = update
        return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--connect-timeout", type=int, default=60)
    ap.add_argument("--docx", required=True)
    ap.add_argument("--odt", required=True)
    ap.add_argument("--saved-docx", required=True, help="where the redacted .docx is written")
    ap.add_argument("--rich-docx", required=True, help="where the .docx with tables, header and notes is written")
    ap.add_argument("--update-url", required=True, help="the update information file the installed .oxt names")
    ap.add_argument("--apply-rule", default="data-pribadi/")
    ap.add_argument("--rounds", type=int, default=100)
    args = ap.parse_args()

    d = Driver(connect(args.port, args.connect_timeout))
    d.saved_docx = args.saved_docx
    lsm = d.service("com.sun.star.linguistic2.LinguServiceManager")
    out = {
        "available": list(lsm.getAvailableServices("com.sun.star.linguistic2.Proofreader", ID_ID)),
        "configured": list(lsm.getConfiguredServices("com.sun.star.linguistic2.Proofreader", ID_ID)),
    }

    out["extension"] = d.extension_info(args.update_url)
    odt = d.load(args.odt)
    out["odt"] = d.report(odt)
    odt.close(True)

    docx = d.load(args.docx)
    out["docx"] = d.report(docx)
    out["latency"] = d.latency(docx, args.rounds)
    out["summary"] = d.summary_document(docx)
    out["applied"] = d.apply_first_suggestion(docx, args.apply_rule)
    out["afterApply"] = d.paragraph_texts(docx)
    docx.storeToURL(uno.systemPathToFileUrl(os.path.abspath(args.saved_docx)), (prop("FilterName", "MS Word 2007 XML"),))
    docx.close(True)

    out["setLanguage"] = d.set_language()
    d.make_rich_docx(args.rich_docx)
    out["rich"] = d.rich(args.rich_docx)
    out["big"] = d.big_paragraph()
    out["late"] = d.late_paragraph()
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
