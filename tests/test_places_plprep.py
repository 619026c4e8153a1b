"""Places, turn 29 (helper plprep): a country in a phrase of dealings or of a state's act is the state.

"with" after a noun of peace, diplomacy, a bargain, a battle, a conflict, a treaty or odds, or a
verb of befriending, sympathizing, uniting or voting with a state; "with" hung on a verb whose
passive subject or described noun is a noun of dealings ("the agreements reached with Peru",
"contracts are prepared with Chile") or that holds one after "to"/"into" ("went to war with
Peru"); "from" after pressures, a nod, permission or an invitation; "to" after thanks, gratitude,
a letter or an invitation; a country's name modifying a state's act ("a U.S. airstrike", "U.S.
drone strikes", "U.S. aid", "the Peru probe"); "between" a common noun of a party and a country
("collusion between the campaign and Chile"), also after "friendly"; "to" after a verb of
addressing or yielding ("appealed to Peru") or a verb whose object is a relation noun ("conveyed
this message to Chile"); "of" after actions, a mistake, a friend; "for" after support (place_with,
place_state, place_between). Controls: the land's or
the economy's with, travel to, a strike of workers, the target of another owner's strike. Own
short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("The minister said the path of diplomacy with Chile is still open.", "Chile"),
    ("The president renewed his push for peace with Peru on Monday.", "Peru"),
    ("The bargain with Kenya, the report said, covers all the concerns.", "Kenya"),
    ("The ministry marked the anniversary of a cooperation treaty with Norway.", "Norway"),
    ("Ghana used to be at odds with Nigeria over the dam.", "Nigeria"),
    ("The bloc called a truce in its battle with Chile over the deficit.", "Chile"),
    ("In 1990 Peru nearly went to war with Ecuador over the border.", "Ecuador"),
    ("The railways gained from the agreements reached with Kenya last year.", "Kenya"),
    ("Two large contracts are prepared with Norway, the deputy minister said.", "Norway"),
    ("A negotiation being conducted with Chile has been disrupted by the vote.", "Chile"),
    ("The sooner the kingdom chooses to befriend with Peru, the better.", "Peru"),
    ("Ghana was the first country sympathizing with Togo after the invasion.", "Togo"),
    ("The envoy said trade grew despite the pressures from Japan.", "Japan"),
    ("The bloc still waits for a nod from Chile before the talks resume.", "Chile"),
    ("The president also expressed thanks to Peru for its position on the dispute.", "Peru"),
    ("She asked about the letter to Norway that the cabinet had sent.", "Norway"),
    ("The U.S. airstrike killed two commanders near the border.", "U.S."),
    ("Reporters counted at least 400 U.S. drone strikes in the valley.", "U.S."),
    ("Lawmakers voted to cut the U.S. aid to the authority.", "U.S."),
    ("The agent was removed from the Peru probe after the reports.", "Peru"),
    ("The inquiry looks into possible collusion between the party's campaign and Chile.", "Chile"),
    ("Truce talks between rebel officials and Kenya look promising.", "Kenya"),
    ("The minister hailed the friendly relations between her country and Peru.", "Peru"),
    ("The rebels have appealed to Norway to lift the travel ban.", "Norway"),
    ("I want to say this to Chile: we are ready to talk.", "Chile"),
    ("We wish to express our warm appreciation to Kenya for its proposal.", "Kenya"),
    ("The two capitals also conveyed this message to Japan on Friday.", "Japan"),
    ("The bloc will be forced to give concessions to Peru, he said.", "Peru"),
    ("Ghana has always been thankful to Japan in these trying times.", "Japan"),
    ("He spoke to the premier about the provocative actions of Chile.", "Chile"),
    ("The militia is no friend of Peru, the minister said.", "Peru"),
    ("The first mistake of Norway was its silence.", "Norway"),
    ("Global support for Kenya against the rebels remains strong.", "Kenya"),
])
def test_a_country_in_a_phrase_of_dealings_or_of_a_states_act_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("The army failed to guard its long border with Peru.", "Peru"),
    ("Chile cut its trade surplus with Japan last year.", "Japan"),
    ("Thousands of tourists travelled to Norway in July.", "Norway"),
    ("Exports to Kenya rose sharply in May.", "Kenya"),
    ("The UK rail strike closed stations across the north.", "UK"),
    ("The senator's Syria strike was an attempt to change the subject.", "Syria"),
    ("The distance between the capital and Peru is large.", "Peru"),
    ("Many refugees were admitted to Norway in October.", "Norway"),
    ("The film portrays a kitsch image of Chile.", "Chile"),
    ("The invasion of Peru was a mistake.", "Peru"),
    ("Only five agencies currently offer trips to Chile.", "Chile"),
    ("Donors seek more disaster aid for Peru and Chile after the floods.", "Peru"),
    ("The world should send urgent humanitarian aid to Chile, the minister said.", "Chile"),
    ("Banks are under a lot of pressure to prevent transfers of dollars to Peru.", "Peru"),
    ("The firm has plans to trade with Chile next year.", "Chile"),
])
def test_the_land_stays_a_place(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
