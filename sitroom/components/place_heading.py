"""A preposition before a capital that names where something goes or flies: the town itself,
not who governs there.

"for" after a verb of leaving ("left Tehran for Moscow", "departed for Beijing"; areas.yaml
``departure_verbs``); "over" after a verb or noun of what passes through the air ("helicopters
were shot down over Mogadishu", "drones flew over Kabul", "the skies over Moscow";
``overflight_words``). "a victory for Moscow", "control over
Beijing" keep their other readings.
"""

from __future__ import annotations

from functools import lru_cache

from sitroom.resolve.places import areas_data

__all__ = ["heads_for_or_over"]


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = areas_data()
    return tuple(frozenset(str(w).lower() for w in data.get(key) or ())
                 for key in ("departure_verbs", "overflight_words"))


def heads_for_or_over(prep) -> bool:
    """``prep`` ("for" or "over", the word right before the name) names where one goes or what
    passes above the town."""
    word = prep.lower_
    if word not in ("for", "over"):
        return False
    head = prep.head
    departure, overflight = _words()
    return head.lemma_.lower() in (departure if word == "for" else overflight)
