"""People (ppl38b, turn 38).

- A peer's title before a word that ends a full name of the story ("Baroness Pellow" beside "Ruth
  Pellow") leaves the name: the peer is that person. A peer named only by the title and a word keeps
  both ("Baroness Ashdown"), the word being no surname of anyone else there."""

from __future__ import annotations

import pytest

from people_support import people_mentions

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, full, mention", [
    ("The scientist Ruth Pellow spoke at the hall on Friday. Baroness Pellow said young minds were changing.",
     "Ruth Pellow", "Pellow"),
    ("Tom Farrant, a banker, joined the board in June. Viscount Farrant said the plan was sound.",
     "Tom Farrant", "Farrant"),
])
def test_a_peers_title_joins_the_full_name(real_nlp, text, full, mention):
    people = people_mentions(real_nlp, text)
    assert mention in people[full]
    assert not any(name.startswith(("Baroness", "Viscount")) for name in people)


def test_a_peer_named_by_title_alone_keeps_the_title(real_nlp):
    people = people_mentions(real_nlp, "Baroness Ashdown said the bill would be changed in the Lords.")
    assert "Baroness Ashdown" in people
