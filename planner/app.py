"""Start-up: reads the command line and either runs a command or opens the application.

The only module besides the GUI that may import Qt; nothing imports it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from planner import cli


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    if args.command is not None:
        return cli.run(args)
    from planner.gui.application import run_application

    return run_application(
        database=getattr(args, "db", None),
        language=getattr(args, "lang", None),
    )


if __name__ == "__main__":
    sys.exit(main())
