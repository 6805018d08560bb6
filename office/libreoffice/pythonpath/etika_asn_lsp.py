# A small LSP client for the etika-asn language server: one long-lived process over stdio,
# started on first use, restarted if it dies, stopped with Writer. No uno import.

import itertools
import json
import os
import shutil
import subprocess
import threading
import time

from etika_asn_core import fix_edits_for, fixes_from_data, map_diagnostics

REQUEST_TIMEOUT = 5.0
START_TIMEOUT = 15.0
# A paragraph is opened as a document of its own; the server has nothing to debounce then.
INIT_OPTIONS = {"debounceMs": 0}


class ServerUnavailable(Exception):
    """The server cannot be started (no node, no server script) or stopped answering."""


class Cancelled(Exception):
    """A check was cancelled because a newer one made it stale."""


class Ticket:
    """Cancels one check: wakes whatever it waits on, and the check raises Cancelled."""

    def __init__(self):
        self.cancelled = False
        self._events = []
        self._lock = threading.Lock()

    def watch(self, event):
        with self._lock:
            self._events.append(event)
            if self.cancelled:
                event.set()

    def cancel(self):
        with self._lock:
            self.cancelled = True
            for e in self._events:
                e.set()

    def check(self):
        if self.cancelled:
            raise Cancelled()


def find_server_command(node_command="", server_script="", bundled_script=""):
    """The argv that starts the server, or raises ServerUnavailable with a message for the user.

    Order: an explicit server script (with node), the server bundled in the extension (with
    node), then `etika-asn-ls` on PATH."""
    node = None
    if node_command:
        node = shutil.which(node_command)  # also checks that an absolute path is executable
    else:
        node = shutil.which("node") or shutil.which("nodejs")
    for script in (server_script, bundled_script):
        if script:
            if not os.path.isfile(script):
                if script == server_script:
                    raise ServerUnavailable("Server etika-asn tidak ditemukan di %s." % script)
                continue
            if not node:
                raise ServerUnavailable(
                    "Node.js tidak ditemukan (%s). Pasang Node.js 20 atau lebih baru, atau isi "
                    "/org.etikaasn.Settings/Server/NodeCommand di Konfigurasi Lanjutan. "
                    "Pemeriksaan Etika ASN tidak berjalan; Writer tetap bisa dipakai."
                    % (node_command or "node di PATH")
                )
            return [node, script, "--stdio"]
    ls = shutil.which("etika-asn-ls")
    if ls:
        return [ls, "--stdio"]
    raise ServerUnavailable("Server etika-asn tidak ditemukan: pasang ulang ekstensi atau pasang etika-asn-ls di PATH.")


def _close_pipes(proc):
    for pipe in (proc.stdin, proc.stdout):
        try:
            if pipe is not None:
                pipe.close()
        except OSError:
            pass


class LspClient:
    def __init__(self, argv, log=None):
        self.argv = argv
        self.log = log or (lambda msg: None)
        self.proc = None
        self.ids = itertools.count(1)
        self.pending = {}  # id -> [event, response]
        self.diagnostics = {}  # uri -> [event, params]
        self.lock = threading.RLock()  # starting and stopping the process; checks run side by side
        self.write_lock = threading.Lock()
        self.paragraph_counter = itertools.count(1)
        self.restarts = 0
        self.just_started = False  # the first check waits longer: the server loads its rules

    # ---- process ----------------------------------------------------------------------
    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def ensure_started(self):
        with self.lock:
            if self.alive():
                return
            if self.proc is not None:
                self.restarts += 1
                self.log("server etika-asn berhenti (kode %s); dijalankan ulang" % self.proc.poll())
                _close_pipes(self.proc)
            self._start()

    def _start(self):
        try:
            self.proc = subprocess.Popen(
                self.argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                bufsize=0,
                close_fds=True,
            )
        except OSError as e:
            self.proc = None
            raise ServerUnavailable("Server etika-asn tidak dapat dijalankan (%s): %s" % (" ".join(self.argv), e))
        self.pending.clear()
        self.diagnostics.clear()
        reader = threading.Thread(target=self._read_loop, args=(self.proc,), daemon=True)
        reader.start()
        self._request(
            "initialize",
            {
                "processId": os.getpid(),
                "clientInfo": {"name": "etika-asn-libreoffice"},
                "rootUri": None,
                "capabilities": {
                    "general": {"positionEncodings": ["utf-16"]},
                    "textDocument": {
                        "publishDiagnostics": {"versionSupport": True, "codeDescriptionSupport": True},
                        "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix"]}}},
                    },
                    # workspaceFolders: the server subscribes to folder changes; we never send any
                    "workspace": {"configuration": False, "workspaceFolders": True},
                },
                "initializationOptions": INIT_OPTIONS,
            },
            START_TIMEOUT,
        )
        self._notify("initialized", {})
        self.just_started = True

    def stop(self):
        with self.lock:
            proc, self.proc = self.proc, None
            if proc is None or proc.poll() is not None:
                return
            self.proc = proc
            try:
                self._request("shutdown", None, 2.0)
                self._notify("exit", None)
            except Exception:
                pass
            self.proc = None
            try:
                proc.wait(timeout=2.0)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=2.0)
            _close_pipes(proc)

    # ---- JSON-RPC framing --------------------------------------------------------------
    def _send(self, message):
        body = json.dumps(message, ensure_ascii=False).encode("utf-8")
        header = ("Content-Length: %d\r\n\r\n" % len(body)).encode("ascii")
        proc = self.proc
        if proc is None or proc.stdin is None:
            raise ServerUnavailable("server etika-asn tidak berjalan")
        with self.write_lock:
            try:
                proc.stdin.write(header + body)
                proc.stdin.flush()
            except (BrokenPipeError, OSError) as e:
                raise ServerUnavailable("server etika-asn berhenti: %s" % e)

    def _read_loop(self, proc):
        stream = proc.stdout
        try:
            while True:
                length = None
                while True:
                    line = stream.readline()
                    if not line:
                        return
                    line = line.strip()
                    if not line:
                        break
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value.strip())
                if length is None:
                    continue
                body = b""
                while len(body) < length:
                    chunk = stream.read(length - len(body))
                    if not chunk:
                        return
                    body += chunk
                self._dispatch(json.loads(body.decode("utf-8")))
        except Exception as e:  # a broken frame ends this reader; the next check restarts the server
            self.log("pembacaan dari server etika-asn gagal: %s" % e)
        finally:
            for waiter in list(self.pending.values()) + list(self.diagnostics.values()):
                waiter[0].set()

    def _dispatch(self, msg):
        if "id" in msg and "method" in msg:  # a request from the server
            method = msg["method"]
            if method == "workspace/configuration":
                result = [None for _ in (msg.get("params") or {}).get("items", [])]
            elif method == "workspace/applyEdit":
                result = {"applied": False}
            else:
                result = None
            self._send({"jsonrpc": "2.0", "id": msg["id"], "result": result})
        elif "id" in msg:
            waiter = self.pending.get(msg["id"])
            if waiter:
                waiter[1] = msg
                waiter[0].set()
        elif msg.get("method") == "textDocument/publishDiagnostics":
            params = msg.get("params") or {}
            waiter = self.diagnostics.get(params.get("uri"))
            if waiter and waiter[1] is None:
                waiter[1] = params
                waiter[0].set()
        elif msg.get("method") in ("window/showMessage", "window/logMessage"):
            self.log((msg.get("params") or {}).get("message", ""))

    def _request(self, method, params, timeout=REQUEST_TIMEOUT, ticket=None):
        rid = next(self.ids)
        waiter = [threading.Event(), None]
        self.pending[rid] = waiter
        try:
            if ticket is not None:
                ticket.watch(waiter[0])
            self._send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
            answered = waiter[0].wait(timeout)
            if ticket is not None and ticket.cancelled and waiter[1] is None:
                self._notify("$/cancelRequest", {"id": rid})
                raise Cancelled()
            if not answered:
                raise ServerUnavailable("server etika-asn tidak menjawab %s dalam %.0f detik" % (method, timeout))
        finally:
            self.pending.pop(rid, None)
        response = waiter[1]
        if response is None:
            raise ServerUnavailable("server etika-asn berhenti saat %s" % method)
        if "error" in response:
            raise ServerUnavailable("server etika-asn: %s" % response["error"].get("message"))
        return response.get("result")

    def _notify(self, method, params):
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    # ---- what the extension asks -------------------------------------------------------
    def _open(self, base_uri, text):
        uri = "%s#etika-asn-%d" % (base_uri or "untitled:writer", next(self.paragraph_counter))
        self._notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}},
        )
        return uri

    def _close(self, uri):
        try:
            self._notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        except ServerUnavailable:
            pass

    def check_paragraph(self, text, base_uri=None, timeout=REQUEST_TIMEOUT, ticket=None):
        """Writer errors (dicts from map_diagnostics) for one paragraph, offsets in UTF-16.

        Checks run side by side (no lock held while waiting), so a long paragraph does not
        hold up a short one; `ticket` cancels a check that has become stale."""
        self.ensure_started()
        if self.just_started:
            timeout = max(timeout, START_TIMEOUT)
        waiter = [threading.Event(), None]
        uri = "%s#etika-asn-%d" % (base_uri or "untitled:writer", next(self.paragraph_counter))
        self.diagnostics[uri] = waiter
        if ticket is not None:
            ticket.watch(waiter[0])
        try:
            self._notify(
                "textDocument/didOpen",
                {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}},
            )
            answered = waiter[0].wait(timeout)
            if ticket is not None:
                ticket.check()
            if not answered:
                raise ServerUnavailable("server etika-asn tidak mengirim diagnosis dalam %.0f detik" % timeout)
            params = waiter[1]
            if params is None:
                raise ServerUnavailable("server etika-asn berhenti saat memeriksa")
            diagnostics = params.get("diagnostics") or []
            with_fixes = []
            from_data = [fixes_from_data(d) for d in diagnostics]
            if diagnostics and any(f is None for f in from_data):
                # one request for all diagnostics: a round trip per finding was the slow part
                actions = self._request(
                    "textDocument/codeAction",
                    {
                        "textDocument": {"uri": uri},
                        "range": {
                            "start": {"line": 0, "character": 0},
                            "end": {"line": 1 + max(d["range"]["end"]["line"] for d in diagnostics), "character": 0},
                        },
                        "context": {"diagnostics": diagnostics, "only": ["quickfix"]},
                    },
                    timeout,
                    ticket,
                )
                from_data = [f if f is not None else fix_edits_for(d, actions, uri) for d, f in zip(diagnostics, from_data)]
            with_fixes = list(zip(diagnostics, from_data))
            if ticket is not None:
                ticket.check()
            self.just_started = False
            return map_diagnostics(text, with_fixes)
        finally:
            self.diagnostics.pop(uri, None)
            self._close(uri)

    def summary(self, text, base_uri=None, timeout=REQUEST_TIMEOUT):
        """The server's compliance summary of a whole document: {markdown, html, json, uri}."""
        self.ensure_started()
        if self.just_started:
            timeout = max(timeout, START_TIMEOUT)
        uri = self._open(base_uri, text)
        try:
            result = self._request(
                "workspace/executeCommand", {"command": "etikaAsn.summary", "arguments": [uri]}, timeout
            )
        finally:
            self._close(uri)
        if not isinstance(result, dict) or not isinstance(result.get("json"), dict):
            raise ServerUnavailable("server etika-asn tidak mengirim ringkasan")
        self.just_started = False
        result["uri"] = uri
        return result

    def summary_markdown(self, text, base_uri=None, display_name=None, timeout=REQUEST_TIMEOUT):
        """The compliance summary as Markdown; the temporary document URI in it is replaced by
        `display_name`."""
        result = self.summary(text, base_uri, timeout)
        markdown = result.get("markdown") or ""
        return markdown.replace(result["uri"], display_name) if display_name else markdown


def measure(client, text, rounds=50):
    """Median and p95 milliseconds of check_paragraph (used by the test for latency)."""
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        client.check_paragraph(text)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return times[len(times) // 2], times[int(len(times) * 0.95) - 1]
