"""Run the ``sitroom`` command in a child process, as a user would, from this checkout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMAND = [sys.executable, "-c", "from sitroom.cli import main; main()"]


def env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT))


def sitroom(*args: str, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run([*COMMAND, *args], capture_output=True, text=True, env=env(), cwd=ROOT,
                          timeout=timeout)
