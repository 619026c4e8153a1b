"""Shared fixtures: paths to the examples and to ../shared, and a blank pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


def need_shared(*parts: str) -> Path:
    """The path under ../shared, or skip the test with the reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not present (../shared holds the public evaluation data)")
    return path


@pytest.fixture(scope="session")
def real_nlp():
    """The full pipeline with the trained model (for tests marked ``model``)."""
    from sitroom.nlp import build

    return build()
