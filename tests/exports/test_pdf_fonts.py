"""The bundled fonts are registered whole before any document uses them, also when two
documents start at once on two threads (the print preview makes another language while the
first is still being made)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

# Run in a fresh interpreter: in this one the fonts are registered already by other tests.
_RACE = textwrap.dedent("""
    import sys, threading, time
    from reportlab.lib.fonts import ps2tt
    from planner.exports import pdf

    threads, start, failures = 8, threading.Barrier(8), []

    def make(number):
        start.wait()
        time.sleep(number * 0.005)  # some come while the first is still registering
        pdf.register_fonts()
        try:
            ps2tt(pdf.SERIF + "-Italic")  # what a paragraph in the italic style asks for
        except ValueError as problem:
            failures.append(str(problem))

    workers = [threading.Thread(target=make, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print(len(failures))
    sys.exit(1 if failures else 0)
""")


def test_fonts_registered_from_eight_threads_at_once_are_whole_for_each() -> None:
    for _ in range(5):  # the window is narrow: try it more than once
        run = subprocess.run([sys.executable, "-c", _RACE], capture_output=True, text=True,
                             timeout=120)  # fmt: skip
        assert run.returncode == 0, run.stdout + run.stderr
