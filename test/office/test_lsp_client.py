# Unit tests of the Writer extension's Python side that need no LibreOffice: UTF-16 mapping of
# diagnostics to Writer errors, finding node/the server, and the LSP client against the real
# dist/server.js (restart after a crash). Run by test/office/python-client.test.ts.

import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "office", "libreoffice", "pythonpath"))

from etika_asn_core import line_starts, map_diagnostic, split_message, utf16, utf16_len  # noqa: E402
from etika_asn_lsp import LspClient, ServerUnavailable, find_server_command  # noqa: E402

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
        fix = [("Samarkan", [{"range": rng(1, 7, 1, 23), "newText": "[NIK]"}])]
        e = map_diagnostic(text, d, fix)
        # "Judul\n" = 6 units, "😀 NIK " = 7 units
        self.assertEqual((e["start"], e["length"]), (13, 16))
        self.assertEqual(e["suggestions"], ["[NIK]"])
        self.assertEqual(e["full"], "NIK terbuka.\nDasar: UU 27/2022")

    def test_removal_takes_a_neighbouring_word(self):
        text = "Dasar goblok, kerja."
        d = {"range": rng(0, 6, 0, 12), "code": "k", "message": "m"}
        e = map_diagnostic(text, d, [("Hapus", [{"range": rng(0, 5, 0, 12), "newText": ""}])])
        self.assertEqual((e["start"], e["length"], e["suggestions"]), (0, 12, ["Dasar"]))
        at_start = map_diagnostic("Viralkan berita ini", {"range": rng(0, 0, 0, 8), "code": "k", "message": "m"},
                                  [("Hapus", [{"range": rng(0, 0, 0, 9), "newText": ""}])])
        self.assertEqual((at_start["start"], at_start["length"], at_start["suggestions"]), (0, 15, ["berita"]))

    def test_far_edits_are_not_suggestions(self):
        text = "a " * 60 + "goblok"
        d = {"range": rng(0, 120, 0, 126), "code": "k", "message": "m"}
        e = map_diagnostic(text, d, [("Abaikan", [{"range": rng(0, 0, 0, 0), "newText": "x"}])])
        self.assertEqual((e["start"], e["length"], e["suggestions"]), (120, 6, []))


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

    def test_summary_names_the_document(self):
        md = self.client.summary_markdown("Viralkan!\n\nDasar goblok.", None, "rilis.docx")
        self.assertTrue(md.startswith("# Ringkasan Kepatuhan"), md[:80])
        self.assertIn("rilis.docx", md)


if __name__ == "__main__":
    unittest.main()
