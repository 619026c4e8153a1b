"""Clubs' towns and the sky over a capital (issue 11, plmeto35).

1. In a match report a town's name standing alone for its club is a ``metonym`` (the audit reads
   "Tulsa's only points" as the club named by its town, not a word of a name): the subject of a
   result, a position's mark before a player, the side a player comes from. The town inside the
   club's longer name stays ``embedded`` ("the Seattle Seahawks", "Bristol City"); "plays in
   Seattle" and "the Leeds club" (the club based there) stay the place.
2. A capital after "over" and a verb or noun of what passes through the air ("shot down over
   Damascus", "the skies over Caracas") is the place, not its government; "leverage over Kyiv"
   keeps the government.

Own short texts, full pipeline.
"""

from __future__ import annotations

import pytest
from places_support import place_mentions

pytestmark = pytest.mark.model


def _uses(nlp, text: str, word: str) -> list[str]:
    return [use for _i, w, use, _cc, _name in place_mentions(nlp, text) if w == word]


def test_a_town_alone_for_its_club_is_a_metonym_and_its_clubs_name_embeds_it(real_nlp):
    text = ("The Seattle Seahawks beat the Rams 27-20 on Sunday for their third straight win of the "
            "season. The quarterback threw two touchdown passes in the fourth quarter. Seattle had "
            "trailed 14-10 at halftime. Seattle linebacker Omar Diaz was hurt in the third quarter, "
            "and the team plays in Seattle again next week.")
    assert _uses(real_nlp, text, "Seattle") == ["embedded", "metonym", "metonym", "literal"]


def test_a_club_standing_alone_beside_a_club_named_in_full(real_nlp):
    text = ("Leeds beat Bristol City 2-1 in the Championship on Saturday. Leeds manager Pete Lowe "
            "praised his striker, who scored twice against Bristol City. The midfielder joined on "
            "loan from Leeds last month, and the side had won their previous three league games in "
            "England.")
    assert set(_uses(real_nlp, text, "Leeds")) == {"metonym"}
    assert set(_uses(real_nlp, text, "Bristol")) == {"embedded"}


def test_the_town_a_club_is_based_in_stays_the_place(real_nlp):
    text = ("Hoddle was sacked by Wolves last season. He left the Leeds club early last season after a "
            "row with the chairman, and the striker scored twice for Leeds in the league.")
    assert _uses(real_nlp, text, "Leeds") == ["literal", "metonym"]


def test_a_capital_under_what_flies_over_it_is_the_place(real_nlp):
    text = ("Two fighter jets were shot down over Damascus on Tuesday, the army said. Moscow has long "
            "had leverage over Kyiv, the minister said.")
    assert _uses(real_nlp, text, "Damascus") == ["literal"]
    assert _uses(real_nlp, text, "Kyiv") == ["metonym"]


def test_the_skies_over_a_capital_and_a_flight_leaving_for_one(real_nlp):
    text = "Officials said a plane had left for Havana on Friday with aid. The skies over Caracas were quiet."
    assert _uses(real_nlp, text, "Havana") == ["literal"]
    assert _uses(real_nlp, text, "Caracas") == ["literal"]
