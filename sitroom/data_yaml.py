"""Our YAML data files parsed with libyaml where PyYAML has it: about ten times faster than
PyYAML's pure-Python loader, with the same values (``tests/test_event_words.py`` reads every data
file both ways). Start-up parses a dozen files, so this is start-up time of every process."""

from __future__ import annotations

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> object:
    """``yaml.safe_load(text)``, through libyaml when present."""
    return yaml.load(text, Loader=LOADER)
