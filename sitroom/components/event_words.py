"""Word lists of the event coder kept as YAML data (``sitroom/data/<name>.yaml``), read once."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


from sitroom.data_yaml import load_yaml
from sitroom.errors import ConfigError

__all__ = ["word_lists", "yaml_data"]



@lru_cache(maxsize=None)
def _data(name: str) -> object:
    """``data/<name>.yaml`` parsed once per process, whatever lists are asked of it."""
    return load_yaml(resources.files("sitroom.data").joinpath(f"{name}.yaml").read_text("utf-8"))


def yaml_data(name: str) -> dict:
    """``data/<name>.yaml`` as parsed (read once per process), for maps that are no word lists."""
    data = _data(name)
    return data if isinstance(data, dict) else {}


@lru_cache(maxsize=None)
def word_lists(name: str, *keys: str) -> tuple[frozenset[str], ...]:
    """The lists ``keys`` of ``data/<name>.yaml``, each as a set of words."""
    data = _data(name)
    try:
        return tuple(frozenset(map(str, data[k])) for k in keys)
    except (KeyError, TypeError) as exc:
        raise ConfigError(f"{name}.yaml: needs lists {', '.join(map(repr, keys))} ({exc})") from exc
