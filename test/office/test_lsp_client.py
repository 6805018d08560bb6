# Unit tests of the Writer extension's Python side that need no LibreOffice: UTF-16 mapping of
# diagnostics to Writer errors (linear, merged when overlapping, suggestions that say what they
# do), the language guess, the summary's paragraph locations, time-boxed checks, finding
# node/the server, and the LSP client against the real dist/server.js. Run by
# test/office/python-client.test.ts.

import os
import random
import sys
import threading
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "office", "libreoffice", "pythonpath"))

from etika_asn_checks import ParagraphChecks, common_affix_len  # noqa: E402
from etika_asn_core import (  # noqa: E402
    TextMap,
    fixes_from_data,
    join_parts,
    line_starts,
    locate_findings,
    looks_english,
    looks_indonesian,
    map_diagnostic,
    map_diagnostics,
    split_message,
    split_rules,
    utf16,
    utf16_len,
)
from etika_asn_lsp import Cancelled, LspClient, ServerUnavailable, find_server_command  # noqa: E402

SERVER = os.path.join(ROOT, "dist", "server.js")


def rng(l1, c1, l2, c2):
    return {"start": {"line": l1, "character": c1}, "end": {"line": l2, "character": c2}}


class CoreTest(unittest.TestCase):
    def test_utf16_offsets_and_lines(self):
        text = "🙏 a\r\nb\rc\nd"
        self.assertEqual(utf16_len("🙏"), 2)
        self.assertEqual(line_starts(utf16(text)), [0, 6, 8, 10])

    def test_split_message(self):
        self.assertEqual(split_message("Pesan. (Dasar: UU 1 (x))"), ("Pesan.", "UU 1 (x)"))
        self.assertEqual(split_message("Tanpa dasar."), ("Tanpa dasar.", ""))

    def test_replacement_after_astral_char_on_second_line(self):
        text = "Judul\n😀 NIK 3273015708900002 ya"
        d = {"range": rng(1, 7, 1, 23), "code": "data-pribadi/nik", "message": "NIK terbuka. (Dasar: UU 27/2022)", "severity": 1}
        fix = [("Samarkan", [{"range": rng(1, 7, 1, 23), "newText": "[disamarkan]"}])]
        e = map_diagnostic(text, d, fix)
        # "Judul\n" = 6 units, "😀 NIK " = 7 units
        self.assertEqual((e["start"], e["length"]), (13, 16))
        self.assertEqual(e["suggestions"], ["[disamarkan]"])
        self.assertEqual(e["short"], "NIK terbuka.")
        self.assertEqual(e["full"], "NIK terbuka.\nDasar: UU 27/2022\nAturan: data-pribadi/nik")

    def test_removal_takes_a_neighbouring_word(self):
        text = "Dasar goblok, kerja."
        d = {"range": rng(0, 6, 0, 12), "code": "k", "message": "m"}
        e = map_diagnostic(text, d, [("Hapus", [{"range": rng(0, 5, 0, 12), "newText": ""}])])
        self.assertEqual((e["start"], e["length"], e["suggestions"]), (0, 12, ["Dasar"]))
        at_start = map_diagnostic("Viralkan berita ini", {"range": rng(0, 0, 0, 8), "code": "k", "message": "m"},
                                  [("Hapus", [{"range": rng(0, 0, 0, 9), "newText": ""}])])
        self.assertEqual((at_start["start"], at_start["length"], at_start["suggestions"]), (0, 15, ["berita"]))

    def test_line_starts_is_the_reference_on_random_text(self):
        # characters whose UTF-16 bytes hold 0x0A/0x0D at odd offsets must not count as line ends
        alphabet = ["a", " ", "\n", "\r", "\r\n", "😀", "\u0a41", "\u0100", "\u0d41", "\u0a0d"]
        rnd = random.Random(13)
        for _ in range(300):
            text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
            self.assertEqual(line_starts(utf16(text)), reference_line_starts(utf16(text)), repr(text))

    def test_text_map_offsets(self):
        tm = TextMap("ab\r\n😀c\nd")
        self.assertEqual(tm.offset({"line": 1, "character": 2}), 6)
        self.assertEqual(tm.offset({"line": 2, "character": 0}), 8)
        self.assertEqual(tm.offset({"line": 9, "character": 0}), tm.total)
        self.assertEqual(tm.offset({"line": 0, "character": 99}), tm.total)

    def test_label_before_a_redaction_is_not_doubled(self):
        text = "Pelapor (NIK 3273015708900002) hadir."
        d = {"range": rng(0, 13, 0, 29), "code": "data-pribadi/nik", "message": "m", "severity": 1}
        e = map_diagnostic(text, d, [("Samarkan NIK", [{"range": rng(0, 13, 0, 29), "newText": "[NIK disamarkan]"}])])
        self.assertEqual(e["suggestions"], ["[NIK disamarkan]"])
        fixed = text[: e["start"]] + e["suggestions"][0] + text[e["start"] + e["length"]:]
        self.assertEqual(fixed, "Pelapor ([NIK disamarkan]) hadir.")
        # a different label stays
        e = map_diagnostic("No. KTP 3273015708900002", {"range": rng(0, 8, 0, 24), "code": "k", "message": "m"},
                           [("Samarkan", [{"range": rng(0, 8, 0, 24), "newText": "[NIK disamarkan]"}])])
        self.assertEqual((e["start"], e["suggestions"]), (8, ["[NIK disamarkan]"]))

    def test_overlapping_findings_are_one_squiggle_whose_suggestions_say_what_they_do(self):
        text = "Lama bgt nih wkwkwk, ya."
        diags = [
            ({"range": rng(0, 5, 0, 8), "code": "a/bgt", "message": "Penguat bgt. (Dasar: X)", "severity": 2},
             [("Ganti", [{"range": rng(0, 5, 0, 8), "newText": "sekali"}])]),
            ({"range": rng(0, 5, 0, 12), "code": "a/bgt-nih", "message": "Frasa gaul.", "severity": 1}, []),
            ({"range": rng(0, 9, 0, 19), "code": "a/nih-wkwk", "message": "Tawa.", "severity": 3},
             [("Hapus", [{"range": rng(0, 8, 0, 19), "newText": ""}])]),
        ]
        errors = map_diagnostics(text, diags)
        self.assertEqual(len(errors), 1)
        e = errors[0]
        self.assertEqual(e["rules"], ["a/bgt-nih", "a/bgt", "a/nih-wkwk"])
        self.assertEqual(split_rules(e["rule"]), e["rules"])
        self.assertEqual(e["severity"], 1)
        covered = text[e["start"]: e["start"] + e["length"]]
        self.assertEqual(covered, "bgt nih wkwkwk")
        # both fixes at once first, then each alone
        self.assertEqual(e["suggestions"], ["sekali", "sekali nih wkwkwk", "bgt"])
        self.assertIn("«sekali» = semua sekaligus: «bgt» → «sekali»; hapus «nih wkwkwk»", e["short"])
        self.assertIn("«bgt» = hapus «nih wkwkwk»", e["short"])
        self.assertTrue(e["short"].startswith("3 temuan: Frasa gaul. | Penguat bgt. | Tawa."))

    def test_adjacent_findings_stay_apart(self):
        text = "bgt nih"
        diags = [({"range": rng(0, 0, 0, 3), "code": "a", "message": "m"}, []),
                 ({"range": rng(0, 4, 0, 7), "code": "b", "message": "m"}, [])]
        self.assertEqual([(e["start"], e["length"]) for e in map_diagnostics(text, diags)], [(0, 3), (4, 3)])

    def test_a_removal_widened_to_a_flagged_word_merges_with_it(self):
        text = "Dasar goblok."
        diags = [({"range": rng(0, 0, 0, 5), "code": "a", "message": "m"}, [("Ganti", [{"range": rng(0, 0, 0, 5), "newText": "Memang"}])]),
                 ({"range": rng(0, 6, 0, 12), "code": "b", "message": "m"}, [("Hapus", [{"range": rng(0, 5, 0, 12), "newText": ""}])])]
        errors = map_diagnostics(text, diags)
        self.assertEqual([(e["start"], e["length"]) for e in errors], [(0, 12)])
        self.assertEqual(errors[0]["suggestions"], ["Memang", "Memang goblok", "Dasar"])

    def test_removal_next_to_punctuation_takes_the_word_with_it(self):
        text = "Info penting, viralkan!"
        d = {"range": rng(0, 14, 0, 22), "code": "k", "message": "m"}
        e = map_diagnostic(text, d, [("Hapus", [{"range": rng(0, 13, 0, 22), "newText": ""}])])
        self.assertEqual(text[e["start"]: e["start"] + e["length"]], "penting, viralkan")
        self.assertEqual(e["suggestions"], ["penting,"])

    def test_fixes_from_diagnostic_data_are_preferred(self):
        d = {"range": rng(0, 0, 0, 3), "code": "k", "message": "m",
             "data": {"ruleId": "x/y", "title": "Judul", "basis": "UU 1/2000",
                      "fixes": [{"title": "B", "edits": [{"range": rng(0, 0, 0, 3), "newText": "b"}]},
                                {"title": "A", "preferred": True, "edits": [{"range": rng(0, 0, 0, 3), "newText": "a"}]}]}}
        self.assertEqual([t for t, _ in fixes_from_data(d)], ["A", "B"])
        self.assertIsNone(fixes_from_data({"range": rng(0, 0, 0, 1)}))
        e = map_diagnostic("abc", d, fixes_from_data(d))
        self.assertEqual((e["rule"], e["basis"], e["suggestions"], e["findings"][0]["title"]), ("x/y", "UU 1/2000", ["a", "b"], "Judul"))

    def test_language_guess(self):
        self.assertTrue(looks_indonesian("Info ini penting, viralkan sebelum dihapus oleh pihak kelurahan."))
        self.assertTrue(looks_indonesian("Viralkan sebelum dihapus!"))
        self.assertFalse(looks_indonesian("The meeting will be held in the main hall on Monday."))
        self.assertTrue(looks_english("The meeting will be held in the main hall on Monday."))
        self.assertFalse(looks_english("Rapat koordinasi digelar di aula kantor wali kota."))
        self.assertFalse(looks_indonesian("Jakarta, 12 Mei 2025"))

    def test_summary_findings_are_located_by_paragraph(self):
        joined, first = join_parts(["Judul", "baris satu\nbaris dua", "sel"])
        self.assertEqual(joined, "Judul\n\nbaris satu\nbaris dua\n\nsel")
        self.assertEqual(first, [0, 2, 5])
        summary = {"findings": [{"line": 1, "column": 1}, {"line": 4, "column": 2}, {"line": 6, "column": 1}]}
        located = locate_findings(summary, ["Paragraf 1", "Paragraf 2", "Tabel 1, sel B2"], first)
        self.assertEqual([f["where"] for f in located], ["Paragraf 1", "Paragraf 2", "Tabel 1, sel B2"])
        lines = joined.split("\n")
        self.assertEqual(lines[5], "sel")

    def test_far_edits_are_not_suggestions(self):
        text = "a " * 60 + "goblok"
        d = {"range": rng(0, 120, 0, 126), "code": "k", "message": "m"}
        e = map_diagnostic(text, d, [("Abaikan", [{"range": rng(0, 0, 0, 0), "newText": "x"}])])
        self.assertEqual((e["start"], e["length"], e["suggestions"]), (120, 6, []))


def reference_line_starts(units):
    """The straightforward per-unit scan the extension used before (quadratic when repeated)."""
    starts, n, i = [0], len(units) // 2, 0
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


class FakeClient:
    """Answers after a delay per text; records cancellations."""

    def __init__(self, delays):
        self.delays = delays
        self.cancelled = []

    def check_paragraph(self, text, base_uri, timeout, ticket):
        end = time.time() + self.delays.get(text, 0)
        while time.time() < end:
            if ticket.cancelled:
                self.cancelled.append(text)
                raise Cancelled()
            time.sleep(0.01)
        return [{"rule": "r", "text": text}]


class ParagraphChecksTest(unittest.TestCase):
    def test_a_slow_paragraph_is_answered_later_and_does_not_hold_up_others(self):
        late = []
        fake = FakeClient({"lambat " * 100: 0.6, "cepat": 0})
        checks = ParagraphChecks(lambda: fake, on_late=late.append, budget=0.1)
        checks.warm = True
        self.assertEqual(checks.check("lambat " * 100, "doc"), [])
        # meanwhile another paragraph is answered at once
        self.assertEqual(checks.check("cepat", "doc"), [{"rule": "r", "text": "cepat"}])
        deadline = time.time() + 5
        while not late and time.time() < deadline:
            time.sleep(0.02)
        self.assertEqual(late, ["lambat " * 100])
        self.assertEqual(checks.check("lambat " * 100, "doc", budget=0), [{"rule": "r", "text": "lambat " * 100}])
        self.assertEqual(checks.stats["late"], 1)
        self.assertEqual(checks.stats["lateAnswered"], 1)

    def test_an_edit_of_a_slow_paragraph_cancels_the_stale_check(self):
        old, new = "kalimat panjang " * 50, "kalimat panjang " * 50 + "x"
        other = "paragraf lain sama sekali " * 30
        fake = FakeClient({old: 2, new: 0.3, other: 0.5})
        late = []
        checks = ParagraphChecks(lambda: fake, on_late=late.append, budget=0.05)
        checks.warm = True
        checks.check(old, "doc")
        checks.check(other, "doc")
        checks.check(new, "doc")
        deadline = time.time() + 5
        while len(late) < 2 and time.time() < deadline:
            time.sleep(0.02)
        time.sleep(0.1)
        self.assertEqual(fake.cancelled, [old])
        self.assertEqual(sorted(late), sorted([new, other]))
        self.assertIsNone(checks.cached(old))

    def test_common_affix(self):
        self.assertEqual(common_affix_len("abcXdef", "abcYYdef"), 6)
        self.assertEqual(common_affix_len("aaaa", "aaaa"), 4)
        self.assertEqual(common_affix_len("", "abc"), 0)


class FindServerTest(unittest.TestCase):
    def test_missing_node_is_a_clear_message(self):
        with self.assertRaises(ServerUnavailable) as cm:
            find_server_command("/tidak/ada/node", "", SERVER)
        self.assertIn("Node.js tidak ditemukan", str(cm.exception))
        self.assertIn("Writer tetap bisa dipakai", str(cm.exception))

    def test_missing_configured_script(self):
        with self.assertRaises(ServerUnavailable) as cm:
            find_server_command("", "/tidak/ada/server.js", SERVER)
        self.assertIn("/tidak/ada/server.js", str(cm.exception))

    def test_bundled_server_with_node_from_path(self):
        argv = find_server_command("", "", SERVER)
        self.assertEqual(argv[1:], [SERVER, "--stdio"])
        self.assertTrue(os.path.basename(argv[0]).startswith("node"))


@unittest.skipUnless(os.path.isfile(SERVER), "dist/server.js is not built")
class ClientTest(unittest.TestCase):
    def setUp(self):
        self.client = LspClient(find_server_command("", "", SERVER))

    def tearDown(self):
        self.client.stop()

    def test_checks_and_restarts_after_the_server_dies(self):
        errors = self.client.check_paragraph("🙏 Dasar goblok, kerja begitu saja tidak becus.")
        self.assertEqual([(e["rule"], e["start"], e["length"]) for e in errors], [("kesantunan/kata-kasar", 3, 15)])
        first = self.client.proc.pid
        self.client.proc.kill()
        self.client.proc.wait(5)
        errors = self.client.check_paragraph("Info penting, viralkan sekarang!")
        self.assertIn("hoaks/ajakan-viralkan", [e["rule"] for e in errors])
        self.assertNotEqual(self.client.proc.pid, first)
        self.assertEqual(self.client.restarts, 1)

    def test_clean_paragraph_and_stop(self):
        self.assertEqual(self.client.check_paragraph("Rapat koordinasi digelar di aula."), [])
        proc = self.client.proc
        self.client.stop()
        self.assertIsNotNone(proc.poll())

    def test_big_paragraph_and_a_short_one_meanwhile(self):
        base = "Pelayanan publik berjalan baik dan warga puas dengan hasilnya. "
        parts, n, size = [], 0, 0
        while size < 1_000_000:
            parts.append(base if len(parts) % 80 else "Info penting %d, viralkan sekarang! " % n)
            n += 0 if len(parts) % 80 != 1 else 1
            size += len(parts[-1])
        big = "".join(parts)
        expected = sum(1 for p in parts if p.startswith("Info"))
        self.client.check_paragraph("Rapat dimulai.")  # started, as in a Writer in use

        def attempt():
            done = {}

            def run_big():
                t = time.perf_counter()
                done["big"] = self.client.check_paragraph(big, timeout=120)
                done["big_s"] = time.perf_counter() - t
                done["big_end"] = time.perf_counter()

            worker = threading.Thread(target=run_big)
            worker.start()
            time.sleep(0.02)
            small = self.client.check_paragraph("Dasar goblok, kerja begitu saja tidak becus.")
            small_end = time.perf_counter()
            worker.join(120)
            self.assertEqual([e["rule"] for e in small], ["kesantunan/kata-kasar"])
            self.assertEqual(sum(1 for e in done["big"] if e["rule"] == "hoaks/ajakan-viralkan"), expected)
            return done, small_end < done["big_end"]

        # on a busy machine scheduling can put the short request behind the long one once; a server
        # that answered in order would lose every try
        for _ in range(3):
            done, small_first = attempt()
            if small_first:
                break
        self.assertTrue(small_first, "the short paragraph waited for the long one, three times")
        sys.stderr.write("\n  benchmark: %.2f MB paragraph, %d findings: %.2f s in the client (LSP + mapping)\n"
                         % (len(big) / 1e6, len(done["big"]), done["big_s"]))

    def test_summary_names_the_document(self):
        md = self.client.summary_markdown("Viralkan!\n\nDasar goblok.", None, "rilis.docx")
        self.assertTrue(md.startswith("# Ringkasan Kepatuhan"), md[:80])
        self.assertIn("rilis.docx", md)


if __name__ == "__main__":
    unittest.main()
