# Paragraph checks for Writer's proofreading thread: cached by text, time-boxed, run side by
# side, and cancelled when stale. No uno import (tested with plain python3).
#
# Writer asks for one paragraph at a time on one thread. A paragraph that takes longer than
# the budget is answered with no findings for now; its check goes on in the background and,
# when done, `on_late(text)` asks Writer to check that paragraph again (then from the cache).
# A late check is stale once a newer late check of the same document looks like an edit of
# the same paragraph (shares most of its text): the older one is cancelled.

import threading
from collections import OrderedDict

from etika_asn_lsp import Cancelled, ServerUnavailable, Ticket

CACHE_SIZE = 500
CHECK_BUDGET = 2.5  # seconds Writer's thread waits for one paragraph
LATE_TIMEOUT = 120.0  # a late check's own limit (a 2 MB paragraph with hundreds of findings)


def common_affix_len(a, b):
    """Length of the common prefix plus common suffix of two strings (binary search on slices)."""
    n = min(len(a), len(b))

    def longest(same):
        lo, hi = 0, n
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if same(mid):
                lo = mid
            else:
                hi = mid - 1
        return lo

    prefix = longest(lambda k: a[:k] == b[:k])
    suffix = longest(lambda k: k <= n - prefix and a[len(a) - k:] == b[len(b) - k:])
    return prefix + suffix


def looks_like_edit_of(a, b):
    return common_affix_len(a, b) >= 0.5 * min(len(a), len(b))


class Job:
    def __init__(self, text, doc_key):
        self.text = text
        self.doc_key = doc_key
        self.ticket = Ticket()
        self.done = threading.Event()
        self.result = None
        self.error = None
        self.late = False


class ParagraphChecks:
    def __init__(self, client_factory, on_late=None, on_unavailable=None, budget=CHECK_BUDGET):
        self.client_factory = client_factory
        self.on_late = on_late or (lambda text: None)
        self.on_unavailable = on_unavailable or (lambda err: None)
        self.budget = budget
        self.cache = OrderedDict()
        self.jobs = {}  # text -> running Job
        self.lock = threading.Lock()
        self.stats = {"late": 0, "cancelled": 0, "rechecks": 0, "lateAnswered": 0}
        self.finished_late = set()  # texts whose late result Writer has not asked for yet
        self.warm = False  # until the server has answered once, its start-up is not "slow"

    def cached(self, text):
        with self.lock:
            hit = self.cache.get(text)
            if hit is not None:
                self.cache.move_to_end(text)
            return hit

    def check(self, text, doc_key=None, budget=None):
        """Errors for a paragraph, or [] if the check takes longer than the budget (then Writer is
        asked again later) or the server is unavailable."""
        hit = self.cached(text)
        if hit is not None:
            if text in self.finished_late:
                self.finished_late.discard(text)
                self.stats["lateAnswered"] += 1
            return hit
        with self.lock:
            job = self.jobs.get(text)
            if job is None:
                job = Job(text, doc_key)
                self.jobs[text] = job
                threading.Thread(target=self._run, args=(job,), daemon=True, name="etika-asn-check").start()
        budget = self.budget if budget is None else budget
        if not self.warm:
            budget = max(budget, LATE_TIMEOUT / 8)
        if job.done.wait(budget):
            if isinstance(job.error, ServerUnavailable):
                self.on_unavailable(job.error)
            return job.result or []
        with self.lock:
            if not job.done.is_set() and not job.late:
                job.late = True
                self.stats["late"] += 1
                for other in list(self.jobs.values()):
                    if other is not job and other.late and other.doc_key == doc_key and looks_like_edit_of(other.text, text):
                        other.ticket.cancel()
                        self.stats["cancelled"] += 1
        return []

    def _run(self, job):
        try:
            client = self.client_factory()
            job.result = client.check_paragraph(job.text, None, LATE_TIMEOUT, job.ticket)
            self.warm = True
            with self.lock:
                self.cache[job.text] = job.result
                while len(self.cache) > CACHE_SIZE:
                    self.cache.popitem(last=False)
        except Cancelled:
            job.error = Cancelled()
        except ServerUnavailable as e:
            job.error = e
        except Exception as e:  # a bug here must not stop Writer's checking
            job.error = e
        finally:
            with self.lock:
                self.jobs.pop(job.text, None)
                late = job.late
            job.done.set()
        if late and job.result is not None:
            self.stats["rechecks"] += 1
            self.finished_late.add(job.text)
            self.on_late(job.text)
        elif late and isinstance(job.error, ServerUnavailable):
            self.on_unavailable(job.error)
