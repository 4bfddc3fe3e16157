"""Start-up: reads the command line and either runs a command or opens the application.

The only module besides the GUI that may import Qt; nothing imports it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from planner import cli


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    if args.command is not None:
        try:
            return cli.run(args)
        except BrokenPipeError:
            # The reader went away (``planner list … | head``): not an error of ours.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return cli.EXIT_OK
    from planner.gui.application import run_application

    return run_application(
        database=getattr(args, "db", None),
        language=getattr(args, "lang", None),
    )


if __name__ == "__main__":
    sys.exit(main())
