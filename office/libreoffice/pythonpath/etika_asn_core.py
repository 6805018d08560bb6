# Pure mapping between LSP results and Writer's proofreading model. No uno import, so it can
# be tested with any python3. Every offset here is in UTF-16 code units: Writer counts its
# paragraph text in UTF-16 and so does LSP; Python str indices count code points and are
# never used to slice text.

import re

# Suggestions only come from fixes that stay near the finding; a fix that edits elsewhere
# (e.g. a suppression comment at the end of the line) is not a replacement of the error.
MAX_FIX_REACH = 40
SUPPRESSION_MARKER = "etika-asn-disable"
BASIS_SUFFIX = re.compile(r"\s*\(Dasar: (.*)\)\s*$", re.S)
SEVERITY_NAMES = {1: "galat", 2: "peringatan", 3: "info", 4: "saran"}


def utf16(text):
    """The text as UTF-16 code units (little-endian bytes, 2 per unit)."""
    return text.encode("utf-16-le", "surrogatepass")


def utf16_len(text):
    return len(utf16(text)) // 2


def utf16_slice(units, start, end):
    """Text between UTF-16 offsets of `units` (bytes from utf16())."""
    return units[2 * start:2 * end].decode("utf-16-le", "surrogatepass")


def _unit_positions(units, needle):
    """UTF-16 offsets of one code unit (2 bytes) in `units`; bytes.find keeps it linear."""
    out = []
    i = units.find(needle)
    while i >= 0:
        if i % 2 == 0:
            out.append(i // 2)
            i = units.find(needle, i + 2)
        else:  # straddles two units: not this code unit
            i = units.find(needle, i + 1)
    return out


def line_starts(units):
    """UTF-16 offset where each LSP line starts (\n, \r\n and \r end a line)."""
    lf = _unit_positions(units, b"\n\x00")
    cr = _unit_positions(units, b"\r\x00")
    if not cr:
        return [0] + [i + 1 for i in lf]
    lf_set = set(lf)
    ends = sorted(set(lf) | set(i for i in cr if i + 1 not in lf_set))
    return [0] + [i + 1 for i in ends]


class TextMap:
    """A paragraph's UTF-16 units and line starts, computed once for all its diagnostics."""

    def __init__(self, text):
        self.text = text
        self.units = utf16(text)
        self.total = len(self.units) // 2
        self.starts = line_starts(self.units)

    def offset(self, position):
        return position_to_offset(self.starts, self.total, position or {})

    def slice(self, start, end):
        return utf16_slice(self.units, start, end)

    def unit(self, i):
        return self.units[2 * i] | (self.units[2 * i + 1] << 8)


def position_to_offset(starts, total, position):
    line = max(0, int(position.get("line", 0)))
    if line >= len(starts):
        return total
    return max(0, min(total, starts[line] + max(0, int(position.get("character", 0)))))


def split_message(message):
    """(short message, regulation basis or '') from the server's 'message (Dasar: basis)'."""
    m = BASIS_SUFFIX.search(message or "")
    if not m:
        return (message or "").strip(), ""
    return message[: m.start()].strip(), m.group(1).strip()


def same_range(a, b):
    return a.get("start") == b.get("start") and a.get("end") == b.get("end")


def _edits_of(action, uri):
    edit = action.get("edit") or {}
    edits = (edit.get("changes") or {}).get(uri)
    if edits is None:
        for change in edit.get("documentChanges") or []:
            if (change.get("textDocument") or {}).get("uri") == uri:
                edits = change.get("edits")
    return edits


def fix_edits_for(diagnostic, actions, uri):
    """[(title, [edit, ...])] of the code actions that fix exactly this diagnostic.

    `actions` may answer a request for many diagnostics: only those naming this one count."""
    fixes = []
    for action in actions or []:
        if not isinstance(action, dict) or "edit" not in action:
            continue
        if not any(
            d.get("code") == diagnostic.get("code") and same_range(d.get("range", {}), diagnostic.get("range", {}))
            for d in action.get("diagnostics") or []
        ):
            continue
        edits = _edits_of(action, uri)
        if not edits or any(SUPPRESSION_MARKER in (e.get("newText") or "") for e in edits):
            continue
        fixes.append((action.get("title") or "", edits, bool(action.get("isPreferred"))))
    # the preferred fix first: Writer lists suggestions in order
    fixes.sort(key=lambda f: not f[2])
    return [(title, edits) for title, edits, _ in fixes]


def fixes_from_data(diagnostic):
    """[(title, [edit, ...])] from `Diagnostic.data.fixes` when the server sends them there."""
    data = diagnostic.get("data")
    if not isinstance(data, dict) or not isinstance(data.get("fixes"), list):
        return None
    out = []
    for f in data["fixes"]:
        if isinstance(f, dict) and isinstance(f.get("edits"), list) and f["edits"]:
            if any(SUPPRESSION_MARKER in (e.get("newText") or "") for e in f["edits"]):
                continue
            out.append((f.get("title") or "", f["edits"], bool(f.get("preferred") or f.get("isPreferred"))))
    out.sort(key=lambda f: not f[2])
    return [(title, edits) for title, edits, _ in out]


def _is_word_unit(cu):
    ch = chr(cu)
    return ch.isalnum() or ch in "-_'’"


# "[NIK disamarkan]" replacing the number in "NIK 3273…" would read "NIK [NIK disamarkan]"
LABEL_IN_REPLACEMENT = re.compile(r"^\[(\w+)")


def _absorb_label(tm, a, b, new):
    """Widens an edit to the label before it when the replacement repeats that label."""
    m = LABEL_IN_REPLACEMENT.match(new)
    if not m:
        return a
    label = m.group(1)
    before = tm.slice(max(0, a - len(label) - 4), a)
    hit = re.search(r"(?<!\w)" + re.escape(label) + r"[\s:.]{0,3}$", before, re.I)
    if not hit:
        return a
    return a - utf16_len(before[hit.start():])


def finding_of(tm, diagnostic, fixes):
    """One finding on `tm`: its span, its fixes as [(title, [(a, b, newText)])], and its texts."""
    rng = diagnostic.get("range") or {}
    start = tm.offset(rng.get("start"))
    end = max(start, tm.offset(rng.get("end")))
    mapped = []
    for title, edits in fixes:
        spans = []
        for e in edits:
            r = e.get("range") or {}
            a = tm.offset(r.get("start"))
            b = max(a, tm.offset(r.get("end")))
            new = e.get("newText") or ""
            spans.append((_absorb_label(tm, a, b, new), b, new))
        if spans and all(a >= start - MAX_FIX_REACH and b <= end + MAX_FIX_REACH for a, b, _ in spans):
            mapped.append((title, sorted(spans)))
    data = diagnostic.get("data") if isinstance(diagnostic.get("data"), dict) else {}
    short, basis = split_message(diagnostic.get("message") or "")
    if data.get("basis"):
        basis = str(data["basis"])
    return {
        "start": start,
        "end": end,
        "fixes": mapped,
        "rule": str(data.get("ruleId") or diagnostic.get("code") or ""),
        "title": str(data.get("title") or ""),
        "short": short,
        "basis": basis,
        "severity": int(diagnostic.get("severity") or 2),
        "url": (diagnostic.get("codeDescription") or {}).get("href") or "",
    }


def _extent(f):
    spans = [(f["start"], f["end"])] + [(a, b) for _, edits in f["fixes"] for a, b, _ in edits]
    return min(a for a, _ in spans), max(b for _, b in spans)


def group_overlapping(findings):
    """Findings whose spans (with their fixes) overlap, as lists; Writer shows one squiggle each."""
    groups = []
    for f in sorted(findings, key=lambda f: (_extent(f)[0], -_extent(f)[1])):
        s, e = _extent(f)
        if groups and s < groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], e)
            groups[-1][2].append(f)
        else:
            groups.append([s, e, [f]])
    return [g[2] for g in groups]


def _render(tm, edits, s, e):
    out, cursor = [], s
    for a, b, new in edits:
        if a < cursor:  # overlapping edits: not applicable together
            return None
        out.append(tm.slice(cursor, a))
        out.append(new)
        cursor = b
    out.append(tm.slice(cursor, e))
    return "".join(out)


def first_sentence(message):
    m = re.match(r"(.+?[.!?])(\s|$)", message, re.S)
    return m.group(1) if m else message


def merge_deletions(edits):
    """Edits sorted; two overlapping deletions (" nih" and "nih ") become one, as the server's
    fix-all does; other overlaps stay and make the set inapplicable."""
    out = []
    for a, b, new in sorted(edits):
        if out and a < out[-1][1] and new == "" and out[-1][2] == "":
            out[-1] = (out[-1][0], max(out[-1][1], b), "")
        else:
            out.append((a, b, new))
    return out


def _q(s, limit=40):
    s = " ".join(s.split())
    return "«%s»" % (s if len(s) <= limit else s[: limit - 1] + "…")


def describe_edits(tm, edits):
    """What a fix does, in words: 'hapus «goblok»', '«bgt» → «sekali»'."""
    parts = []
    for a, b, new in edits:
        old = tm.slice(a, b)
        if old.strip() == "" and new.strip() == "":
            continue
        if new.strip() == "":
            parts.append("hapus %s" % _q(old))
        elif old.strip() == "":
            parts.append("sisipkan %s" % _q(new))
        else:
            parts.append("%s → %s" % (_q(old), _q(new)))
    return ", ".join(parts) or "rapikan spasi"


def error_for_group(tm, group):
    """The Writer error for overlapping findings: one span, suggestions that each say what they do."""
    group = sorted(group, key=lambda f: (f["severity"], f["start"]))
    span_start = min(_extent(f)[0] for f in group)
    span_end = max(_extent(f)[1] for f in group)

    candidates = []  # (edits, what it does)
    firsts = [f["fixes"][0][1] for f in group if f["fixes"]]
    if len(firsts) > 1:
        together = merge_deletions(e for edits in firsts for e in edits)
        if _render(tm, together, span_start, span_end) is not None:
            candidates.append((together, "semua sekaligus: " + "; ".join(describe_edits(tm, x) for x in firsts)))
    for f in group:
        for _title, edits in f["fixes"]:
            candidates.append((edits, describe_edits(tm, edits)))

    rendered = [_render(tm, c, span_start, span_end) for c, _ in candidates]
    if any(r is not None and r.strip() == "" for r in rendered):
        # Writer cannot show an empty suggestion: take the previous word (and the blank before
        # the span) along; at paragraph start the next word
        s = span_start
        while s > 0 and chr(tm.unit(s - 1)).isspace():
            s -= 1
        w = s
        while w > 0 and _is_word_unit(tm.unit(w - 1)):
            w -= 1
        if w == s:  # "penting, viralkan": the word with its punctuation
            while w > 0 and not chr(tm.unit(w - 1)).isspace():
                w -= 1
        if w < s:
            span_start = w
        else:
            e = span_end
            while e < tm.total and chr(tm.unit(e)).isspace():
                e += 1
            f = e
            while e < tm.total and _is_word_unit(tm.unit(e)):
                e += 1
            if e == f:
                while e < tm.total and not chr(tm.unit(e)).isspace():
                    e += 1
            span_end = e

    original = tm.slice(span_start, span_end)
    suggestions, notes = [], []
    before = chr(tm.unit(span_start - 1)) if span_start > 0 else " "
    after = chr(tm.unit(span_end)) if span_end < tm.total else " "
    for edits, what in candidates:
        s = _render(tm, edits, span_start, span_end)
        if s is None:
            continue
        # removals joined with a blank on each side would leave a blank before "," or a double space
        if s != s.rstrip() and (after.isspace() or after in ",.;:!?)]}…"):
            s = s.rstrip()
        if s != s.lstrip() and before.isspace():
            s = s.lstrip()
        if s == original or s in suggestions or s.strip() == "":
            continue
        suggestions.append(s)
        # say what a suggestion does where its text alone does not show it: a removal shows a
        # neighbouring word, a merged squiggle changes several places
        plain = len(edits) == 1 and edits[0][0] == span_start and edits[0][1] == span_end and edits[0][2] == s
        if not plain:
            notes.append("%s = %s" % (_q(s), what))

    first = group[0]
    if len(group) == 1:
        short = first["short"]
    else:
        short = "%d temuan: %s" % (len(group), " | ".join(first_sentence(f["short"]) for f in group))
    if notes:
        short = "%s — Saran: %s" % (short, "; ".join(notes))
    full_parts = []
    for f in group:
        part = f["short"]
        if f["basis"]:
            part += "\nDasar: " + f["basis"]
        part += "\nAturan: " + f["rule"]
        full_parts.append(part)
    if notes:
        full_parts.append("Saran:\n" + "\n".join("- " + n for n in notes))
    rules = []
    for f in group:
        if f["rule"] not in rules:
            rules.append(f["rule"])
    return {
        "start": span_start,
        "length": span_end - span_start,
        # one identifier for the squiggle; Proofreader.ignoreRule splits it again
        "rule": "+".join(rules),
        "rules": rules,
        "short": short,
        "full": "\n\n".join(full_parts),
        "basis": first["basis"],
        "severity": min(f["severity"] for f in group),
        "url": first["url"],
        "suggestions": suggestions,
        "findings": [
            {"rule": f["rule"], "title": f["title"], "short": f["short"], "basis": f["basis"], "severity": f["severity"],
             "start": f["start"], "length": f["end"] - f["start"]}
            for f in group
        ],
    }


def map_diagnostics(text, diagnostics_with_fixes):
    """Writer errors for [(diagnostic, fixes)] on `text` (a paragraph sent as the whole document):
    offsets mapped once per paragraph, overlapping findings merged into one error."""
    tm = TextMap(text)
    findings = [finding_of(tm, d, fixes) for d, fixes in diagnostics_with_fixes]
    groups = group_overlapping(findings)
    while True:
        errors = [error_for_group(tm, g) for g in groups]
        # a removal widened to the previous word may now overlap that word's own squiggle
        for i in range(1, len(errors)):
            if errors[i]["start"] < errors[i - 1]["start"] + errors[i - 1]["length"]:
                groups[i - 1:i + 1] = [groups[i - 1] + groups[i]]
                break
        else:
            return errors


def map_diagnostic(text, diagnostic, fixes):
    """One Writer error for one LSP diagnostic (see map_diagnostics)."""
    return map_diagnostics(text, [(diagnostic, fixes)])[0]


def split_rules(rule_id):
    return [r for r in (rule_id or "").split("+") if r]


# ---- language of a paragraph --------------------------------------------------------------
# Writer proofreads by the language tag, and a .docx often tags new paragraphs en-US. Common
# Indonesian function words and affixes against common English function words tell which
# language the words are in; enough for "this en-US paragraph is Indonesian".
ID_WORDS = frozenset(
    """yang dan di ke dari untuk dengan ini itu tidak akan pada dalam adalah kami kita sebagai oleh
    atau juga telah sudah bagi tersebut para agar karena bahwa serta ada saat hari masyarakat
    pemerintah kepada dapat lebih secara mereka saya kota kabupaten warga sebelum sesudah setelah
    belum masih harus bisa jangan segera akan kata ujar nya pun lagi ya gak nggak tak bapak ibu
    seluruh semua setiap tahun bulan tanggal pukul melalui antara hingga sampai jika apabila""".split()
)
EN_WORDS = frozenset(
    """the and of to is in that for with on as are was be by this it from at an or have has will
    not we you our which their they been were would should can could about into than its your
    there these those what when who how""".split()
)
ID_AFFIX = re.compile(r"^(?:meng|meny|mem|men|me|ber|ter|di|ke|pe|peng|pem|pen|per|se)\w{3,}$|^\w{3,}(?:kan|nya|lah|an)$")
WORD = re.compile(r"[^\W\d_]+", re.U)


def language_scores(text):
    """(Indonesian score, English score) of the words in `text`."""
    ind = eng = 0
    for w in WORD.findall(text.lower()):
        if w in EN_WORDS:
            eng += 1
        elif w in ID_WORDS:
            ind += 1
        elif ID_AFFIX.match(w):
            ind += 0.5
    return ind, eng


def looks_indonesian(text):
    ind, eng = language_scores(text)
    return ind >= 1.5 and ind > 2 * eng


def looks_english(text):
    ind, eng = language_scores(text)
    return eng >= 2 and eng > ind


# ---- the whole document as one text for the summary -----------------------------------------


def join_parts(texts):
    """The paragraphs as one text, a blank line between them (the server's paragraph break),
    and the 0-based line on which each paragraph starts."""
    first_lines, line = [], 0
    for t in texts:
        first_lines.append(line)
        line += len(line_starts(utf16(t))) + 1
    return "\n\n".join(texts), first_lines


def part_of_line(first_lines, line):
    """Index of the paragraph holding 0-based `line` (first_lines from join_parts)."""
    lo, hi = 0, len(first_lines) - 1
    if hi < 0:
        return None
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if first_lines[mid] <= line:
            lo = mid
        else:
            hi = mid - 1
    return lo


def locate_findings(summary, wheres, first_lines):
    """The summary's findings with `where` (paragraph, table cell, note…) instead of line:column."""
    out = []
    for f in summary.get("findings") or []:
        i = part_of_line(first_lines, int(f.get("line", 1)) - 1)
        located = dict(f)
        located["where"] = wheres[i] if i is not None else "?"
        out.append(located)
    return out
