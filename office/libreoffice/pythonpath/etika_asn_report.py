# The compliance summary as a Writer document: headings, the verdict highlighted, a table of
# findings by paragraph or table cell, tagged Indonesian so Writer's own spelling checker does
# not underline every word. Built from the server's summary object (engine/summary.ts).

import uno
from com.sun.star.lang import Locale

ID_ID = Locale("id", "ID", "")
PARAGRAPH_BREAK = uno.getConstantByName("com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK")
BOLD = uno.getConstantByName("com.sun.star.awt.FontWeight.BOLD")
NORMAL = uno.getConstantByName("com.sun.star.awt.FontWeight.NORMAL")
VERDICT_COLORS = {"LAYAK TERBIT": 0xC6EFCE, "PERLU REVISI": 0xFFEB9C, "TIDAK LAYAK TERBIT": 0xFFC7CE}
SEVERITY_NAMES = {"error": "galat", "warning": "peringatan", "info": "info", "hint": "saran"}
CATEGORY_NAMES = {
    "kode-etik": "Kode etik ASN", "kepentingan-pribadi": "Kepentingan pribadi", "profesionalisme": "Citra profesional",
    "hoaks": "Hoaks dan verifikasi", "data-pribadi": "Data pribadi", "kerahasiaan": "Kerahasiaan",
    "konflik-kepentingan": "Konflik kepentingan", "netralitas": "Netralitas politik", "kesantunan": "Kesantunan",
}
TITLE = "Ringkasan Kepatuhan Etika ASN"


class Writer:
    def __init__(self, doc):
        self.doc = doc
        self.text = doc.getText()
        self.cursor = self.text.createTextCursor()
        self.first = True

    def para(self, content, style="Text Body", bold=False, back=None):
        if not self.first:
            self.text.insertControlCharacter(self.cursor, PARAGRAPH_BREAK, False)
        self.first = False
        self.cursor.setPropertyValue("ParaStyleName", style)
        self.cursor.setPropertyValue("CharWeight", BOLD if bold else NORMAL)
        self.cursor.setPropertyValue("CharBackColor", -1 if back is None else back)
        self.text.insertString(self.cursor, content, False)

    def table(self, header, rows, widths=None):
        table = self.doc.createInstance("com.sun.star.text.TextTable")
        table.initialize(len(rows) + 1, len(header))
        self.text.insertControlCharacter(self.cursor, PARAGRAPH_BREAK, False)
        self.text.insertTextContent(self.cursor, table, False)
        table.setPropertyValue("RepeatHeadline", True)
        data = [list(header)] + [[str(c) for c in r] for r in rows]
        for r, row in enumerate(data):
            for c, value in enumerate(row):
                cell = table.getCellByPosition(c, r)
                cell.setString(value)
                if r == 0:
                    cur = cell.createTextCursor()
                    cur.gotoEnd(True)
                    cur.setPropertyValue("CharWeight", BOLD)
        if widths:
            seps = table.getPropertyValue("TableColumnSeparators")
            total, acc = sum(widths), 0
            for i, w in enumerate(widths[:-1]):
                acc += w
                seps[i].Position = int(10000 * acc / total)
            table.setPropertyValue("TableColumnSeparators", seps)
        return table


def build_summary_document(doc, summary, findings, name, mistagged=0):
    """Fills the empty Writer document `doc` with the summary; `findings` carry `where`."""
    # document default and every paragraph: Indonesian (the report is Indonesian)
    try:
        doc.setPropertyValue("CharLocale", ID_ID)
    except Exception:
        pass
    w = Writer(doc)
    w.cursor.setPropertyValue("CharLocale", ID_ID)
    w.para(TITLE, "Heading 1")
    w.para("Dokumen: %s" % name)
    verdict = summary.get("verdict", "")
    w.para("Putusan: %s" % verdict, bold=True, back=VERDICT_COLORS.get(verdict))
    w.para(summary.get("verdictReason", ""))
    b = (summary.get("counts") or {}).get("bySeverity") or {}
    w.para("Temuan: %d galat, %d peringatan, %d info, %d saran." % tuple(b.get(k, 0) for k in ("error", "warning", "info", "hint")))
    if mistagged:
        w.para(
            "Catatan: %d paragraf berbahasa Indonesia ditandai bahasa lain, sehingga tidak diberi garis bawah saat mengetik; "
            "ringkasan ini tetap memeriksanya. Gunakan Etika ASN ▸ Jadikan bahasa Indonesia." % mistagged
        )

    w.para("Daftar temuan", "Heading 2")
    if findings:
        rows = []
        for i, f in enumerate(findings, 1):
            saran = f.get("suggestion") or ""
            rows.append((i, f.get("where", ""), SEVERITY_NAMES.get(f.get("severity"), f.get("severity", "")),
                         f.get("ruleId", ""), "«%s» — %s" % (f.get("match", ""), f.get("message", "")), f.get("basis", ""), saran))
        w.table(("No", "Lokasi", "Tingkat", "Aturan", "Temuan", "Dasar", "Saran"), rows, widths=(4, 14, 9, 15, 30, 16, 12))
    else:
        w.para("Tidak ada temuan.")

    w.para("Temuan per kategori", "Heading 2")
    by_cat = (summary.get("counts") or {}).get("byCategory") or {}
    w.table(("Kategori", "Jumlah"), [(CATEGORY_NAMES.get(c, c), by_cat.get(c, 0)) for c in CATEGORY_NAMES], widths=(4, 1))

    w.para("Daftar periksa: transparansi, interaksi, akurasi", "Heading 2")
    rows = []
    for c in summary.get("checklist") or []:
        ok = c.get("ok")
        rows.append(("—" if ok is None else "✓" if ok else "✗", c.get("label", ""), c.get("aspect", ""), c.get("note", "")))
    w.table(("", "Butir", "Aspek", "Keterangan"), rows, widths=(1, 8, 4, 14))

    st = summary.get("stats") or {}
    w.para("Statistik dokumen", "Heading 2")
    w.para("%d kata, %d kalimat, %d paragraf, %d karakter." % tuple(st.get(k, 0) for k in ("words", "sentences", "paragraphs", "characters")))

    # every run Indonesian, tables included (a style may carry another language)
    whole = doc.getText().createTextCursor()
    whole.gotoStart(False)
    whole.gotoEnd(True)
    whole.setPropertyValue("CharLocale", ID_ID)
    tables = doc.getTextTables()
    for i in range(tables.getCount()):
        t = tables.getByIndex(i)
        for n in t.getCellNames():
            c = t.getCellByName(n).createTextCursor()
            c.gotoEnd(True)
            c.setPropertyValue("CharLocale", ID_ID)
    try:
        doc.getDocumentProperties().Title = "%s: %s" % (TITLE, name)
        doc.getDocumentProperties().Language = ID_ID
    except Exception:
        pass
    return doc
