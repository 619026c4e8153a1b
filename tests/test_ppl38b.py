"""People (ppl38b, turn 38).

- "Miss" before a surname is a courtesy title like "Mrs" and "Ms": the name joins the full name met in
  the story ("Nora Vell ... Miss Vell" is one person, Nora Vell), and stays alone, with her title,
  when none is.
- A peer's title before a word that ends a full name of the story ("Baroness Pellow" beside "Ruth
  Pellow") leaves the name: the peer is that person. A peer named only by the title and a word keeps
  both ("Baroness Ashdown"), the word being no surname of anyone else there."""

from __future__ import annotations

import pytest

from people_support import people_mentions

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, full, mention", [
    ("Singer Nora Vell cancelled her tour on Monday. Miss Vell said her voice needed rest.", "Nora Vell",
     "Vell"),
    ("Actress Lydia Brannock won the prize in Rome. A friend said Miss Brannock had flown home at once.",
     "Lydia Brannock", "Brannock"),
])
def test_miss_before_a_surname_joins_the_full_name(real_nlp, text, full, mention):
    people = people_mentions(real_nlp, text)
    assert mention in people[full]
    assert not any(name.startswith("Miss") for name in people)


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
