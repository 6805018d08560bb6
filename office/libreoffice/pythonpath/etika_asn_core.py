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


def utf16(text):
    """The text as UTF-16 code units (little-endian bytes, 2 per unit)."""
    return text.encode("utf-16-le", "surrogatepass")


def utf16_len(text):
    return len(utf16(text)) // 2


def utf16_slice(units, start, end):
    """Text between UTF-16 offsets of `units` (bytes from utf16())."""
    return units[2 * start:2 * end].decode("utf-16-le", "surrogatepass")


def line_starts(units):
    """UTF-16 offset where each LSP line starts (\n, \r\n and \r end a line)."""
    starts = [0]
    n = len(units) // 2
    i = 0
    while i < n:
        cu = units[2 * i] | (units[2 * i + 1] << 8)
        if cu == 0x0D:
            if i + 1 < n and units[2 * i + 2] == 0x0A and units[2 * i + 3] == 0:
                i += 1
            starts.append(i + 1)
        elif cu == 0x0A:
            starts.append(i + 1)
        i += 1
    return starts


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


def fix_edits_for(diagnostic, actions, uri):
    """[(title, [edit, ...])] of the code actions that fix exactly this diagnostic."""
    fixes = []
    for action in actions or []:
        if not isinstance(action, dict) or "edit" not in action:
            continue
        if not any(
            d.get("code") == diagnostic.get("code") and same_range(d.get("range", {}), diagnostic.get("range", {}))
            for d in action.get("diagnostics") or []
        ):
            continue
        edit = action.get("edit") or {}
        edits = (edit.get("changes") or {}).get(uri)
        if edits is None:
            for change in edit.get("documentChanges") or []:
                if (change.get("textDocument") or {}).get("uri") == uri:
                    edits = change.get("edits")
        if not edits or any(SUPPRESSION_MARKER in (e.get("newText") or "") for e in edits):
            continue
        fixes.append((action.get("title") or "", edits, bool(action.get("isPreferred"))))
    # the preferred fix first: Writer lists suggestions in order
    fixes.sort(key=lambda f: not f[2])
    return [(title, edits) for title, edits, _ in fixes]


def _is_word_unit(cu):
    ch = chr(cu)
    return ch.isalnum() or ch in "-_'’"


def _cu(units, i):
    return units[2 * i] | (units[2 * i + 1] << 8)


def map_diagnostic(text, diagnostic, fixes):
    """One Writer error for an LSP diagnostic on `text` (a paragraph sent as the whole document).

    Returns a dict: start, length (UTF-16), rule, short, full, basis, severity, url, suggestions.
    The error span is widened to cover the fixes' edits so that each suggestion replaces the
    span; a fix that would leave the span empty (a removal) takes a neighbouring word along,
    because Writer cannot show an empty suggestion.
    """
    units = utf16(text)
    total = len(units) // 2
    starts = line_starts(units)
    rng = diagnostic.get("range") or {}
    start = position_to_offset(starts, total, rng.get("start") or {})
    end = max(start, position_to_offset(starts, total, rng.get("end") or {}))

    mapped_fixes = []
    for _title, edits in fixes:
        spans = []
        for e in edits:
            r = e.get("range") or {}
            a = position_to_offset(starts, total, r.get("start") or {})
            b = max(a, position_to_offset(starts, total, r.get("end") or {}))
            spans.append((a, b, e.get("newText") or ""))
        if spans and all(a >= start - MAX_FIX_REACH and b <= end + MAX_FIX_REACH for a, b, _ in spans):
            mapped_fixes.append(sorted(spans))
    span_start = min([start] + [a for f in mapped_fixes for a, _, _ in f])
    span_end = max([end] + [b for f in mapped_fixes for _, b, _ in f])

    def render(fix, s, e):
        out, cursor = [], s
        for a, b, new in fix:
            if a < cursor:  # overlapping edits inside one fix: not applicable
                return None
            out.append(utf16_slice(units, cursor, a))
            out.append(new)
            cursor = b
        out.append(utf16_slice(units, cursor, e))
        return "".join(out)

    if any((render(f, span_start, span_end) or "").strip() == "" for f in mapped_fixes):
        # take the previous word (and the blank before the span) along; at paragraph start the next word
        s = span_start
        while s > 0 and chr(_cu(units, s - 1)).isspace():
            s -= 1
        w = s
        while w > 0 and _is_word_unit(_cu(units, w - 1)):
            w -= 1
        if w < s:
            span_start = w
        else:
            e = span_end
            while e < total and chr(_cu(units, e)).isspace():
                e += 1
            while e < total and _is_word_unit(_cu(units, e)):
                e += 1
            span_end = e

    original = utf16_slice(units, span_start, span_end)
    suggestions = []
    for f in mapped_fixes:
        s = render(f, span_start, span_end)
        if s is not None and s != original and s not in suggestions:
            suggestions.append(s)

    short, basis = split_message(diagnostic.get("message") or "")
    full = short + ("\nDasar: " + basis if basis else "")
    href = (diagnostic.get("codeDescription") or {}).get("href") or ""
    return {
        "start": span_start,
        "length": span_end - span_start,
        "rule": str(diagnostic.get("code") or ""),
        "short": short,
        "full": full,
        "basis": basis,
        "severity": int(diagnostic.get("severity") or 2),
        "url": href,
        "suggestions": suggestions,
    }
