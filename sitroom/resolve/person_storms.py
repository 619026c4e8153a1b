"""A storm's name is no person's: "Hurricane Sandy", "when Wilma hit" (used by person_checks).

Where the document writes a name after "Hurricane", "Typhoon" or "Tropical Storm" ("Hurricane
Rita"), that name is the storm's, alone ("Rita") or with a cue or a page word glued before it
("Hurricane Sandy", "Watch Rita", "Follows Wilma"). A person whose name only ends the same way
keeps it: a given name, a courtesy or a role before it says a person ("Andrew Taylor" ends
otherwise, "Prince Andrew", "Ms Rita" stay people). Storm cues: ``data/nature.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_nature import storm_names
from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles

__all__ = ["storm_named"]


def storm_named(span: Span, titles: Titles) -> bool:
    """The name ends in a storm's name that the document gives, and nothing before it is a person's."""
    names = storm_names(span.doc)
    if not names or span[-1].text not in names:
        return False
    female, male = word_lists("given_names", "female", "male")
    for tok in span[:-1]:
        low = tok.lower_
        if low in female or low in male or low in titles.honorifics or low in titles.courtesy \
                or low in titles.words or low in titles.abbreviations:
            return False
    return True
