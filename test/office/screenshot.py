#!/usr/bin/python3
# Screenshots of Writer with the extension under Xvfb: squiggles and the context menu on a
# finding. Needs a Writer with a GUI (libreoffice-writer, not -nogui), xvfb, xdotool and
# imagemagick. Usage: /usr/bin/python3 test/office/screenshot.py [out.png]
# (dist/etika-asn.oxt must be built: npm run package:oxt). Not part of CI: optional.

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.connection import NoConnectException

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OXT = os.path.join(ROOT, "dist", "etika-asn.oxt")
SAMPLE = os.path.join(ROOT, "examples", "office", "siaran-pers.docx")
DISPLAY = ":97"


def wait(what, cond, timeout):
    end = time.time() + timeout
    while True:
        value = cond()
        if value:
            return value
        if time.time() > end:
            raise SystemExit("timeout waiting for %s" % what)
        time.sleep(0.3)


def connect(port):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)

    def attempt():
        try:
            return resolver.resolve("uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % port)
        except NoConnectException:
            return None

    return wait("soffice", attempt, 60)


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "test-results", "writer-etika-asn.png"))
    os.makedirs(os.path.dirname(out), exist_ok=True)
    for tool in ("Xvfb", "xdotool", "import", "soffice", "unopkg"):
        if not shutil.which(tool):
            raise SystemExit("%s is missing" % tool)
    work = tempfile.mkdtemp(prefix="etika-shot-")
    env = dict(os.environ, DISPLAY=DISPLAY, SAL_USE_VCLPLUGIN="gen")
    procs = []
    # "shared" extensions in a folder of our own: an office-wide install stays as it was
    shared = uno.systemPathToFileUrl(os.path.join(work, "shared-extensions"))
    shared_env = ["-env:UNO_SHARED_PACKAGES=" + shared, "-env:UNO_SHARED_PACKAGES_CACHE=" + shared + "/cache"]
    profile = "-env:UserInstallation=" + uno.systemPathToFileUrl(os.path.join(work, "profile"))
    try:
        # a copy: Writer leaves a lock file beside what it opens
        sample = shutil.copy(SAMPLE, work)
        # -s: no licence prompt (unopkg would wait for "yes" on stdin)
        subprocess.run(["unopkg", "add", "--shared", "-f", "-s", OXT, profile] + shared_env, check=True, timeout=180, stdin=subprocess.DEVNULL)
        procs.append(subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp"]))
        time.sleep(1.5)
        port = 2113
        procs.append(
            subprocess.Popen(
                ["soffice", "--norestore", "--nologo", "--nolockcheck", "--accept=socket,host=127.0.0.1,port=%d;urp;" % port, profile, sample] + shared_env,
                env=env,
                start_new_session=True,
            )
        )
        ctx = connect(port)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        def loaded():
            for c in desktop.getComponents():
                if c.supportsService("com.sun.star.text.TextDocument"):
                    return c
            return None

        doc = wait("the document", loaded, 60)
        frame = doc.getCurrentController().getFrame()
        window = frame.getContainerWindow()
        window.setPosSize(0, 0, 1280, 800, 15)
        try:
            window.IsMaximized = True
        except Exception:
            pass
        view = doc.getCurrentController().getViewCursor()
        view.gotoEnd(False)  # Writer does not underline the word at the cursor
        time.sleep(6)  # the background checker underlines the document
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--class", "libreoffice", "windowactivate"], env=env, timeout=20)
        time.sleep(1)
        subprocess.run(["import", "-display", DISPLAY, "-window", "root", out.replace(".png", "-squiggles.png")], check=True, timeout=60)
        # cursor inside the insult
        search = doc.createSearchDescriptor()
        search.SearchString = "goblok"
        found = doc.findFirst(search)
        view.gotoRange(found.getStart(), False)
        view.goRight(2, False)
        time.sleep(1)
        # the context menu for the position of the cursor, as a right-click there
        subprocess.run(["xdotool", "key", "shift+F10"], env=env, timeout=20)
        time.sleep(2)
        subprocess.run(["import", "-display", DISPLAY, "-window", "root", out], check=True, timeout=60)
        subprocess.run(["xdotool", "key", "Escape"], env=env, timeout=20)
        try:
            doc.close(True)
            desktop.terminate()
        except Exception:
            pass
        print(out)
    finally:
        for p in reversed(procs):
            try:
                os.killpg(p.pid, signal.SIGTERM) if p.args[0] == "soffice" else p.terminate()
                p.wait(timeout=20)
            except Exception:
                p.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
