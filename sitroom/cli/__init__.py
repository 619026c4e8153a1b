"""The ``sitroom`` command: thin verbs over the library, grouped by what they work on."""

from sitroom.cli import analysis, batch_cmd, store_cmds, tools  # noqa: F401  (registers the commands)
from sitroom.cli.common import main

__all__ = ["main"]

if __name__ == "__main__":  # pragma: no cover
    main()
