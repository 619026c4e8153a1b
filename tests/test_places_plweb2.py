"""Places, turn 20 (helper plweb2): how a place mention is used, on web pages. A web page's
extracted text runs the headline into the dateline ("Relief Efforts WASHINGTON -- Government
..."), drops the dash ("Mubarak Wins CAIRO The ballot count ...", a line opening "HAVANA Military
divers ...") or sets a list's "- " before it ("- BEIJING (Reuters) - ..."): still a dateline,
where the story was filed, not the government sitting there. A place before a common noun that
the model reads with it as one body ("Damascus residents", "Corpus Christi residents") is the
place where those people are, no organisation's name. A one-word name the gazetteer holds only
as another name of a small town or region abroad ("Coast" of "Coast Guard" as Tanzania's Pwani,
"Siri" as Sīrē in Ethiopia) names no place. Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
def test_a_dateline_run_into_the_headline_with_a_dash(real_nlp):
    text = ("| | Storm Victims Wait for Help as Levees Fail WASHINGTON -- Relief agencies struggled on "
            "Tuesday to reach thousands of families cut off by the flood waters.")
    assert _uses(real_nlp, text).get("WASHINGTON") in (None, "dateline", "literal")
    assert _uses(real_nlp, text).get("WASHINGTON") != "metonym"


@model
def test_a_dateline_run_into_the_headline_without_a_dash(real_nlp):
    text = ("| Court Backs Mayor in Zoning Fight Case WASHINGTON A federal appeals court ruled on "
            "Friday that the city may keep its new zoning rules in place for another year.")
    assert _uses(real_nlp, text).get("WASHINGTON") in ("dateline", "literal")
    text = ("| THE WORLD Turnout Low as Ruling Party Wins CAIRO The vote count in the country's "
            "parliamentary election came out as expected on Sunday, officials said.")
    assert _uses(real_nlp, text).get("CAIRO") in ("dateline", "literal")


@model
def test_a_dateline_opening_a_paragraph_without_a_dash(real_nlp):
    text = ("Storm Floods Coastal Towns\n\nMonday, October 24, 2005\n\nHAVANA Rescue teams used small "
            "boats to bring hundreds of people out of flooded homes on Monday after the storm pushed "
            "the sea over the seawall.")
    assert _uses(real_nlp, text).get("HAVANA") in ("dateline", "literal")


@model
def test_a_dateline_after_a_list_mark(real_nlp):
    text = ("Other stories\n\n- WASHINGTON (Reuters) - A baby elephant born last month at the city zoo "
            "is a male, keepers said on Thursday.")
    assert _uses(real_nlp, text).get("WASHINGTON") in ("dateline", "literal")


@model
def test_a_capital_acting_in_prose_stays_a_metonym(real_nlp):
    # control: an upper-case capital inside a sentence, no dateline
    text = "Officials said Washington would respond to the missile test within days."
    assert _uses(real_nlp, text).get("Washington") == "metonym"
    text = "Beijing accused Manila on Thursday of stirring up trouble over the reefs."
    assert _uses(real_nlp, text).get("Beijing") == "metonym"


@model
def test_a_place_before_its_residents_is_the_place(real_nlp):
    text = "The shelling caught Damascus residents by surprise on Sunday morning."
    assert _uses(real_nlp, text).get("Damascus") == "literal"
    text = "The mayor said Corpus Christi residents had learned a lot from the last storm."
    assert _uses(real_nlp, text).get("Corpus Christi") == "literal"


@model
def test_a_place_heading_a_body_keeps_its_claim(real_nlp):
    # controls: a capitalised body's name, a city's police
    text = "The Boston Globe reported the story on Sunday."
    assert _uses(real_nlp, text).get("Boston") == "embedded"
    text = "Rome police estimated the crowd at 100,000 people."
    assert _uses(real_nlp, text).get("Rome") == "embedded"


@model
def test_another_name_of_a_small_place_abroad_is_no_place(real_nlp):
    text = "A Coast Guard helicopter lifted two children from the roof of a flooded house in New Orleans."
    assert "Coast" not in _uses(real_nlp, text)
    text = "The speaker works with HomeKit and Siri control, and it also supports Alexa."
    assert "Siri" not in _uses(real_nlp, text)


@model
def test_other_names_of_big_cities_and_regions_stay(real_nlp):
    # controls: a famous city's or a big region's older or English name
    uses = _uses(real_nlp, "The old maps still call the city Peking, and the hotel sits in central Peking.")
    assert "Peking" in uses
    assert "Bavaria" in _uses(real_nlp, "The brewery has stood in Bavaria since 1516.")


@model
def test_a_country_owning_what_a_state_holds_is_the_state(real_nlp):
    # its arms, its rulers, its critics, its joining a union, its motive: the government
    assert _uses(real_nlp, "Officials worry about the safety of Pakistan's nuclear arsenal.")["Pakistan"] == "metonym"
    assert _uses(real_nlp, "Crowds marked Croatia's entry into the European Union on Monday.")["Croatia"] == "metonym"
    assert _uses(real_nlp, "The president met one of America's harshest critics on Friday.")["America"] == "metonym"
    assert _uses(real_nlp, "Diplomats say Cuba's rulers will not change course soon.")["Cuba"] == "metonym"


@model
def test_a_country_owning_its_land_stays_the_place(real_nlp):
    # controls: its beaches, its capital, its economy
    assert _uses(real_nlp, "Cuba's beaches were full of tourists in March.")["Cuba"] == "literal"
    assert _uses(real_nlp, "Croatia's economy has been in recession for five years.")["Croatia"] == "literal"


@model
def test_an_old_name_of_a_state_stays_the_state(real_nlp):
    # control: "Persia", a state's old name the actor dictionary knows, is no small town's other name
    assert _uses(real_nlp, "The shah was called the Napoleon of Persia by his admirers.").get("Persia") == "literal"


@model
def test_a_country_hosting_what_stays_on_its_land_is_the_land(real_nlp):
    assert _uses(real_nlp, "Lebanon hosts more than a million refugees from the war.")["Lebanon"] == "literal"
    uses = _uses(real_nlp, "The 2002 World Cup was hosted by South Korea and Japan.")
    assert uses["South Korea"] == "literal" and uses["Japan"] == "literal"


@model
def test_a_country_hosting_talks_is_the_state(real_nlp):
    # controls: a gathering of states or envoys is the government's to host
    assert _uses(real_nlp, "Qatar hosted talks between the two sides last week.")["Qatar"] == "metonym"
    assert _uses(real_nlp, "The conference on the war was hosted by Norway in May.")["Norway"] == "metonym"
    # a cleft's "that" parsed as an object of "hosted" does not hide the talks
    text = "It was in those weeks that Qatar hosted talks between the government and the rebels."
    assert _uses(real_nlp, text)["Qatar"] == "metonym"
    # the participle may hang on the last noun of the phrase: the conference is still hosted
    text = "Delegates met at a conference on energy cooperation hosted by Norway last week."
    assert _uses(real_nlp, text)["Norway"] == "metonym"


@model
def test_a_leads_given_name_in_capitals_is_no_dateline(real_nlp):
    # a lead set with its first word in capitals: "VLADIMIR Putin ordered ..." names the man,
    # not the Russian city of Vladimir; a place's dateline before a lead's name stays one
    text = ("Leader orders pull-out\n\nVLADIMIR Putin ordered the troops to leave the border region on "
            "Monday, officials in the capital said after a long meeting of the council.")
    assert "VLADIMIR" not in _uses(real_nlp, text)
    text = ("Vote set for next week\n\nWASHINGTON House Majority Leader Steny Hoyer confirmed on Tuesday "
            "that the vote will be held next week, and he said the party was ready for it.")
    assert _uses(real_nlp, text).get("WASHINGTON") in ("dateline", "literal")
