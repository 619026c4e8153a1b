"""What a reader sees for each place mention (issue 11, hand audit): a capital named as a place is
a place, a capital or seat of government standing for its government is a metonym, company and
product names are no places, and a surname is no village. Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _seen(nlp, text: str) -> dict[str, tuple[str, str, str]]:
    """Each place mention as the export shows it: words -> (use, place name, country)."""
    doc = nlp(text)
    out = {s.text: ("literal", s._.place.name, s._.place.country) for s in doc.spans["places"]}
    out.update(
        (s.text, (s.label_.lower(), s._.place.name, s._.place.country)) for s in doc.spans["place_refs"]
    )
    return out


def test_a_capital_listed_with_places_or_in_a_place_phrase_is_a_place(real_nlp):
    seen = _seen(real_nlp, "The firm has had offices in Rotterdam and London since 1930.")
    assert seen["London"][0] == "literal"
    seen = _seen(real_nlp, "The runners skipped tests in Tel Aviv, Chicago and Athens.")
    assert seen["Athens"][:2] == ("literal", "Athens")
    seen = _seen(real_nlp, "A Washington-based consultancy said the plan was sound.")
    assert seen["Washington"][0] == "literal"
    seen = _seen(real_nlp, "The minister will chair a meeting of the Commission for Africa in Cape Town.")
    assert seen["Cape Town"][0] == "literal"


def test_a_seat_of_government_modifying_a_noun_stands_for_the_government(real_nlp):
    seen = _seen(real_nlp, "A White House official said the talks had failed.")
    assert seen["White House"][0] == "metonym"
    seen = _seen(real_nlp, "Republicans, who control the White House, U.S. House of Representatives and Senate, failed.")
    assert seen["White House"][0] == "metonym"
    seen = _seen(real_nlp, "They criticised the crackdown in Bahrain and Riyadh's war on Yemen.")
    assert seen["Riyadh"][0] == "metonym"


def test_a_capitals_name_standing_for_no_government_of_the_story_is_no_place(real_nlp):
    assert "Victoria" not in _seen(real_nlp, "Analysts picked Victoria's Secret and two other retailers in Ohio.")
    assert "Male" not in _seen(real_nlp, "Male and female captains of every national team will vote.")
    assert "Victoria" not in _seen(real_nlp, "One woman, Victoria Lapete, found her sister in Luanda.")


def test_towns_ending_company_names_are_no_places(real_nlp):
    seen = _seen(real_nlp, "Wells Fargo said profits rose in Ohio. Shares of T-Mobile fell.")
    assert "Fargo" not in seen and "Mobile" not in seen
    seen = _seen(real_nlp, "A record was set by the Mobile Data Association as mobile phone use grew in Britain.")
    assert "Mobile" not in seen
    # a country, a region, a big city or a name after "of" still says where
    seen = _seen(real_nlp, "Alaska Air Group and Air Zimbabwe gained. Scholars at the University of Chicago agreed.")
    assert seen["Alaska"][0] == seen["Zimbabwe"][0] == seen["Chicago"][0] == "embedded"


def test_a_dateline_is_the_city_whatever_other_mentions_say(real_nlp):
    text = "WASHINGTON (Reuters) - The agency was sued. Washington Attorney General Bob Ferguson said his office would act."
    doc = real_nlp(text)
    dateline = [s for s in doc.spans["places"] if s.start_char == 0]
    assert dateline and dateline[0]._.place.feature == "city"


def test_a_state_after_a_town_and_a_comma_is_the_state_that_holds_it(real_nlp):
    seen = _seen(real_nlp, "A hearing will be held in Seattle, Washington on Monday.")
    assert seen["Washington"][0] == "literal"
    doc = real_nlp("A hearing will be held in Seattle, Washington on Monday.")
    assert doc.spans["places"][-1]._.place.feature == "region"


def test_a_surname_and_a_bare_abbreviation_are_not_places(real_nlp):
    text = ("Chelsea left-back Wayne Bridge could miss the season. He was hurt at Newcastle in England. "
            "With Bridge having gone off, Chelsea lost.")
    assert "Bridge" not in _seen(real_nlp, text)
    assert "LA" not in _seen(real_nlp, "A tabloid newspaper in LA is handing its photographers camera phones.")
    assert _seen(real_nlp, "The plant in Baton Rouge, LA closed.")["LA"][1] == "Louisiana"


def test_a_small_foreign_region_needs_support(real_nlp):
    seen = _seen(real_nlp, "Talks on the Gulf standoff between Qatar and Saudi Arabia went on.")
    assert "Gulf" not in seen and "Qatar" in seen


def test_a_club_named_after_a_town_abroad_is_no_place(real_nlp):
    assert "Vasco da Gama" not in _seen(real_nlp, "He arrived at the Vasco da Gama club in Brazil.")


def test_a_possessive_capital_is_its_government_and_an_accord_is_named_after_a_place(real_nlp):
    seen = _seen(real_nlp, "He criticised Washington's unilateral actions in the Middle East.")
    assert seen["Washington"][0] == "metonym"
    seen = _seen(real_nlp, "Critics attacked the Paris climate accord and joined the Astana talks.")
    # the talks are held there: their venue (plweb14; the audit's judge reads "the Vienna talks" so)
    assert seen["Paris"][0] == "embedded" and seen["Astana"][0] == "literal"
    seen = _seen(real_nlp, "Officials played it down at a White House briefing. The senators asked for Midwest farmers.")
    assert seen["White House"][0] == "metonym" and seen["Midwest"][0] == "literal"


def test_a_cut_dateline_keeps_its_first_word(real_nlp):
    seen = _seen(real_nlp, "SALT LAKE CITY (Reuters) - The senator spoke to reporters.")
    assert seen["SALT LAKE CITY"][1] == "Salt Lake City"


def test_a_namesake_of_a_capital_in_the_storys_country_is_the_town(real_nlp):
    text = "The Knights won in Erie, Ontario. London head coach Dale Hunter said the series would go on in Canada."
    assert _seen(real_nlp, text)["London"][2] == "CAN"
    assert "Victoria" not in _seen(
        real_nlp, "One woman, Victoria Lapete, found her sister in Luanda, beside the Argentine capital Buenos Aires.")


def test_a_city_named_region_and_city_heads_its_club_and_parks_are_no_counties(real_nlp):
    seen = _seen(real_nlp, "The Kansas City Royals beat the Houston Astros on Sunday.")
    assert seen["Kansas City"][:2] == ("embedded", "Kansas City") and "Kansas" not in seen
    seen = _seen(real_nlp, "Visitors flocked to Yellowstone park in Wyoming last summer.")
    assert "Yellowstone" not in seen and "Wyoming" in seen
    seen = _seen(real_nlp, "She moved from the University of Wisconsin-Milwaukee to Ohio.")
    assert seen["Milwaukee"][0] == "embedded"



def test_a_capitals_namesake_heading_a_company_in_the_storys_country_is_embedded(real_nlp):
    text = "Suppliers such as the San Jose Water Company and the cities of Sunnyvale and Morgan Hill in California agreed."
    seen = _seen(real_nlp, text)
    assert seen["San Jose"][0] == "embedded" and seen["San Jose"][2] == "USA"


def test_a_capital_after_a_verb_and_to_is_the_government(real_nlp):
    seen = _seen(real_nlp, "Getting the council to punish Tehran was always going to be difficult.")
    assert seen["Tehran"][0] == "metonym"
    seen = _seen(real_nlp, "Protesters gathered in suburban Moscow on Sunday.")
    assert seen["Moscow"][0] == "literal"


def test_a_place_word_heading_a_body_or_an_event_is_embedded(real_nlp):
    seen = _seen(real_nlp, "He served in the Vietnam War. The UK Independence Party lost its donor.")
    assert seen["Vietnam"][0] == "embedded" and seen["UK"][0] == "embedded"
    seen = _seen(real_nlp, "Ms Lloyd told BBC Scotland that the plan would go ahead in Glasgow.")
    assert seen["Scotland"][0] == "embedded" and seen["Glasgow"][0] == "literal"
    # the place itself: after a word of place, before a plural
    seen = _seen(real_nlp, "Visitors toured the ruins in southern Iran AFM/MQ. Utah Republicans rallied.")
    assert seen["Iran"][0] == "literal" and seen["Utah"][0] == "literal"


def test_a_country_ending_a_persons_name_is_the_person(real_nlp):
    doc = real_nlp("At the hearing, Republican lawmaker Jim Jordan pressed the FBI director.")
    assert "Jordan" not in _seen(real_nlp, doc.text)
    people = [s._.actor.name for s in doc.spans["actors"] if s._.actor.kind == "person"]
    assert "Jim Jordan" in people


def test_a_country_acting_or_speaking_is_its_government(real_nlp):
    seen = _seen(real_nlp, "Officials said Ruritania would sign on if Iran refused to suspend enrichment.")
    assert seen["Iran"][0] == "metonym"
    seen = _seen(real_nlp, "The talks were brokered by Iran, Russia and China in December.")
    assert {seen[c][0] for c in ("Iran", "Russia", "China")} == {"metonym"}
    seen = _seen(real_nlp, "The U.S. decision to list the Guards angered many. India's readiness was welcomed.")
    assert seen["U.S."][0] == "metonym" and seen["India"][0] == "metonym"
    # the country as land stays a place
    seen = _seen(real_nlp, "Iran sits on huge oil reserves. Floods hit Pakistan in July.")
    assert seen["Iran"][0] == "literal" and seen["Pakistan"][0] == "literal"
    assert _seen(real_nlp, "Russia's economy shrank in the spring.")["Russia"][0] == "literal"


def test_the_other_party_of_dealings_between_states_is_its_government(real_nlp):
    seen = _seen(real_nlp, "He claimed deep ties to Moscow. There was no reaction from Beijing.")
    assert seen["Moscow"][0] == "metonym" and seen["Beijing"][0] == "metonym"
    seen = _seen(real_nlp, "He urged sanctions on Iran. A round of talks on Syria was postponed.")
    assert seen["Iran"][0] == "metonym" and seen["Syria"][0] == "literal"
    seen = _seen(real_nlp, "He flew from Beijing to Tokyo on Monday. The road to Kabul was closed.")
    assert {seen[c][0] for c in ("Beijing", "Tokyo", "Kabul")} == {"literal"}


def test_a_country_in_the_title_of_a_named_office_holder_is_embedded(real_nlp):
    seen = _seen(real_nlp, "Republican U.S. Senator Mary Jones of Ohio said on Tuesday she would vote for the bill.")
    assert seen["U.S."][0] == "embedded"
    assert seen["Ohio"][0] == "literal"
    seen = _seen(real_nlp, "The U.S. ambassador met students in Nairobi.")
    assert seen.get("U.S.", ("literal",))[0] != "embedded"


def test_a_country_in_a_title_the_model_took_for_a_person_is_embedded(real_nlp):
    seen = _seen(real_nlp, "Political satire Hotel Burundi was cheered by viewers in Venice.")
    assert seen["Burundi"][0] == "embedded"
    seen = _seen(real_nlp, "Thriller Hotel Malawi got a standing ovation from the crowd on Sunday.")
    assert seen["Malawi"][0] == "embedded"


def test_a_capital_elsewhere_in_a_namesakes_region_does_not_move_a_world_capital(real_nlp):
    seen = _seen(real_nlp, "LONDON (Reuters) - Members of the committee said on Friday that "
                           "Washington's support for the agency was in doubt.")
    assert seen["Washington"][2] == "USA"
    seen = _seen(real_nlp, "Police in Sunderland and Washington arrested two men, officers in Gateshead said.")
    assert seen["Washington"][2] == "GBR"


def test_a_place_word_opening_a_body_the_model_did_not_name_is_embedded(real_nlp):
    seen = _seen(real_nlp, "The U.S. Senate voted on Wednesday. Anne Thompson of the Hollywood Reporter said the film was strong.")
    assert seen["U.S."][0] == "embedded" and seen["Hollywood"][0] == "embedded"
    seen = _seen(real_nlp, "Utah Republicans rallied around Mitt Romney. He studied in the United Kingdom and in Kansas City.")
    assert seen["Utah"][0] == seen["United Kingdom"][0] == seen["Kansas City"][0] == "literal"


def test_no_demonym_in_a_companys_name(real_nlp):
    seen = _seen(real_nlp, "American Airlines cut flights from Miami on Monday.")
    assert "American" not in seen and seen["Miami"][0] == "literal"


def test_a_body_after_the_or_a_peoples_adjective_is_no_village(real_nlp):
    seen = _seen(real_nlp, "Iran said its cooperation with the Agency would go on, and inspectors gave access to the "
                           "Agency. Tehran wants no distance from the Arab world, he said in Washington.")
    assert "Agency" not in seen and "Arab" not in seen
    assert seen["Washington"][1:] == ("Washington", "USA")


def test_a_region_or_county_the_model_read_as_a_name_is_a_place(real_nlp):
    seen = _seen(real_nlp, "Tamil Nadu on Saturday moved the Supreme Court over the water shared among Tamil Nadu, "
                           "Karnataka and Kerala.")
    assert seen["Tamil Nadu"][2] == "IND"
    seen = _seen(real_nlp, "The burn ban issued for Walker County was lifted after rain fell in Walker County on Monday.")
    assert seen["Walker County"][2] == "USA"


def test_a_name_heading_a_body_follows_the_place_the_names_read_together_give(real_nlp):
    doc = real_nlp("The Dublin Arts Council gave grants to local artists. The art league meets at the library in "
                   "Dublin. More grants come from the Ohio Arts Council.")
    refs = [s for s in doc.spans["place_refs"] if s.text == "Dublin"]
    assert refs and refs[0]._.place.country == "USA" and refs[0].label_ == "EMBEDDED"


def test_a_reference_the_story_does_not_support_pulls_no_other_name(real_nlp):
    doc = real_nlp("WASHINGTON (Reuters) - The White House on Monday said the Justice Department was reviewing "
                   "its options after a ruling on the case.")
    seen = {s.text: s._.place for s in [*doc.spans["places"], *doc.spans["place_refs"]]}
    assert "Justice" not in seen
    assert seen["WASHINGTON"].id == "geonames:4140963"  # Washington, D.C., not Washington, Illinois


def test_a_country_before_its_forces_is_the_state(real_nlp):
    seen = _seen(real_nlp, "The soldier was embedded with US forces near Mosul. The U.S. military said it was ready.")
    assert seen["US"] == ("metonym", "United States", "USA") and seen["U.S."][0] == "metonym"
    assert seen["Mosul"][0] == "literal"


def test_no_demonym_in_a_brand_but_in_a_states_body(real_nlp):
    seen = _seen(real_nlp, "British Airways flew on. The Russian Agricultural Ministry lent money.")
    assert "British" not in seen and seen["Russian"][:2] == ("demonym", "Russia")
    # a bank's name holds the adjective (plweb9, turn 24: a body's name that holds no state's word)
    seen = _seen(real_nlp, "British Airways flew on. The Russian Agricultural Bank lent money.")
    assert "British" not in seen and seen["Russian"][:2] == ("embedded", "Russia")


def test_an_adjective_of_a_country_before_a_kind_of_place_says_where_it_lies(real_nlp):
    seen = _seen(real_nlp, "The poisoning took place in the English city of Salisbury, which Russia denied.")
    assert seen["Salisbury"] == ("literal", "Salisbury", "GBR")
    seen = _seen(real_nlp, "He lives in Salisbury, Zimbabwe.")
    assert seen["Salisbury"][2] == "ZWE"


def test_a_country_glued_to_what_it_leads_is_the_state(real_nlp):
    seen = _seen(real_nlp, "Rebels fought the U.S.-led coalition in Syria.")
    assert seen["U.S.-led"] == ("metonym", "United States", "USA") and seen["Syria"][0] == "literal"


def test_a_wire_dateline_is_the_capital_whatever_the_story_s_regions(real_nlp):
    doc = real_nlp("WASHINGTON (Reuters) - John Anderson, a former congressman from Illinois who ran for "
                   "president, died in Washington on Monday, his daughter said. He was born in Rockford, Illinois.")
    ids = {s.start_char: s._.place.id for s in doc.spans["places"] if s.text.lower() == "washington"}
    assert ids and set(ids.values()) == {"geonames:4140963"}  # Washington, D.C., not Washington, Illinois


def test_a_state_addressed_dealt_with_or_owning_an_act_is_its_government(real_nlp):
    seen = _seen(real_nlp, "The minister thanked Norway for sending doctors. Critics blamed Egypt for the delay.")
    assert seen["Norway"][0] == "metonym" and seen["Egypt"][0] == "metonym"
    seen = _seen(real_nlp, "Ottawa hopes to renegotiate the pact with Chile. Peru will cooperate with Bolivia.")
    assert seen["Chile"][0] == "metonym" and seen["Bolivia"][0] == "metonym"
    seen = _seen(real_nlp, "Analysts warned of Venezuela's aggression and the danger of North Korea.")
    assert seen["Venezuela"][0] == "metonym" and seen["North Korea"][0] == "metonym"
    seen = _seen(real_nlp, "The governor urged Oregon to oppose the measure.")
    assert seen["Oregon"][0] == "metonym"
    # the land, its economy or its laws, and a place where something happens, stay places
    seen = _seen(real_nlp, "The company halted shipments to Norway. Egypt's constitution was amended.")
    assert seen["Norway"][0] == "literal" and seen["Egypt"][0] == "literal"
    seen = _seen(real_nlp, "Fighting flared in Chile's north. An envoy dealing with Bolivia resigned.")
    assert seen["Chile"][0] == "literal" and seen["Bolivia"][0] == "literal"
    seen = _seen(real_nlp, "After the Oregon attack, police called it a threat to Norway.")
    assert seen["Oregon"][0] == "literal" and seen["Norway"][0] == "literal"
