#!/usr/bin/python3
# UNO driver for test/office/writer.office.ts: connects to a running soffice, loads documents
# and reports as JSON what Writer's proofreading iterator gets from the installed extension.
# Run with /usr/bin/python3 (the one with `uno`). Offsets are UTF-16, as Writer counts them.

import argparse
import json
import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.lang import Locale

PROOFREADING = uno.getConstantByName("com.sun.star.text.TextMarkupType.PROOFREADING")
ID_ID = Locale("id", "ID", "")


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

    def summary(self, doc):
        doc.getCurrentController().getFrame().activate()
        self.service("org.etikaasn.writer.Commands").trigger("summary")
        current = self.desktop.getCurrentComponent()
        text = current.getText().getString() if current is not None and current != doc else ""
        if current is not None and current != doc:
            current.close(True)
        return text

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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--connect-timeout", type=int, default=60)
    ap.add_argument("--docx", required=True)
    ap.add_argument("--odt", required=True)
    ap.add_argument("--saved-docx", required=True, help="where the redacted .docx is written")
    ap.add_argument("--apply-rule", default="data-pribadi/")
    ap.add_argument("--rounds", type=int, default=100)
    args = ap.parse_args()

    d = Driver(connect(args.port, args.connect_timeout))
    lsm = d.service("com.sun.star.linguistic2.LinguServiceManager")
    out = {
        "available": list(lsm.getAvailableServices("com.sun.star.linguistic2.Proofreader", ID_ID)),
        "configured": list(lsm.getConfiguredServices("com.sun.star.linguistic2.Proofreader", ID_ID)),
    }

    odt = d.load(args.odt)
    out["odt"] = d.report(odt)
    odt.close(True)

    docx = d.load(args.docx)
    out["docx"] = d.report(docx)
    out["latency"] = d.latency(docx, args.rounds)
    out["summary"] = d.summary(docx)
    out["applied"] = d.apply_first_suggestion(docx, args.apply_rule)
    out["afterApply"] = d.paragraph_texts(docx)
    docx.storeToURL(uno.systemPathToFileUrl(os.path.abspath(args.saved_docx)), (prop("FilterName", "MS Word 2007 XML"),))
    docx.close(True)

    out["setLanguage"] = d.set_language()
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
