"""Precision rules: quoted speech, capacities and possibilities, clause-tied places and dates,
one record per act in a sentence (model-marked: real parses, hand-marked span groups)."""

from __future__ import annotations

import pytest
from events_support import annotate, brief, coded, parser

from sitroom import model
from sitroom.components.events import code_events

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def test_quoted_nouns_are_topics_not_acts():
    quote = ("The exercise will deepen cooperation and demonstrate the resolve to fight terrorist "
             "forces and the capability of joint attack and elimination.")
    events = coded(f"The statement said, \u201c{quote}\u201d", actors={}, published=PUB,
                   quotes={quote: None})
    assert not [e for e in events if e.type == "ASSAULT"], brief(events)
    assert not [e for e in events if e.status == "occurred"], brief(events)


def test_the_same_words_outside_a_quote_are_still_coded():
    events = coded("Russian troops launched a joint attack on the village.",
                   actors={"Russian": "RUS"}, published=PUB)
    assert [e for e in events if e.type == "ASSAULT"], brief(events)


def test_quoted_clause_with_first_person_subject_is_the_speakers_planned_act():
    quote = "we will defend these countries"
    events = coded(f"Izvestia reported his words: \u201cIn other words, {quote}.\u201d",
                   actors={"Izvestia": "media:izvestia"}, published=PUB,
                   quotes={f"In other words, {quote}.": "person:zharikhin"})
    (e,) = [e for e in events if e.trigger.text == "defend"]
    assert e.actors == ("person:zharikhin",) and e.status == "planned"  # no country known: the speaker


def test_capacity_nouns_name_no_act_and_possibility_nouns_make_it_hypothetical():
    events = coded("Tajikistan improved its capability to fight insurgents.",
                   actors={"Tajikistan": "TJK"}, published=PUB)
    assert not [e for e in events if e.type == "ASSAULT"], brief(events)
    events = coded("The bases are insufficient to safeguard the borders in case of a major war.",
                   actors={}, published=PUB)
    (war,) = [e for e in events if e.type == "ASSAULT"]
    assert war.status == "hypothetical"


def test_an_attempt_is_still_an_act():
    events = coded("Police said an attempt to assassinate the governor was thwarted.",
                   actors={}, published=PUB)
    (e,) = [e for e in events if e.type == "ASSAULT"]
    assert e.status == "occurred"


def test_a_place_in_another_clause_is_not_the_events_place():
    text = "The Taliban have seized much of the Afghan province that borders Xinjiang."
    events = coded(text, actors={"Taliban": "TALIBAN"}, places={"Xinjiang": ("xj", "CHN")},
                   published=PUB)
    (e,) = [e for e in events if e.type == "COERCE"]
    assert e.place is None


def test_a_nearby_place_does_not_travel_to_an_earlier_mention():
    text = ("The frontier has been taken over by the Taliban. "
            "By now, the Taliban have seized much of the province, Xinjiang's neighbour.")
    events = coded(text, actors={"Taliban": "TALIBAN"}, places={"Xinjiang": ("xj", "CHN")},
                   published=PUB)
    seized = [e for e in events if e.type == "COERCE"]
    assert seized and all(e.place is None for e in seized if e.trigger.text == "taken over"), \
        [(e.trigger.text, e.place, len(e.mentions)) for e in seized]


def test_a_date_in_a_relative_clause_does_not_date_the_event():
    text = ("The Afghan war turned out to be central for groups which to this day maintain ties "
            "with Washington.")
    events = coded(text, actors={"Afghan": "AFG", "Washington": "USA"},
                   timexes={"this day": ("PRESENT_REF", "2021-08-01", "2021-08-01")}, published=PUB)
    (war,) = [e for e in events if e.type == "ASSAULT"]
    # not the relative clause's "this day"; and "the Afghan war" is background, not an act of the
    # day of publication: no date, only "before publication"
    assert war.date is None and war.date_before == PUB


def test_a_later_definite_mention_joins_the_dated_war():
    text = ("Separatists have ties going back to the war against the government in Kabul in the 1980s. "
            "However, the Afghan war also turned out to be central for their training.")
    events = coded(text, actors={"Afghan": "AFG"}, places={"Kabul": ("kabul", "AFG")},
                   timexes={"the 1980s": ("198X", "1980", "1989")}, published=PUB)
    wars = [e for e in events if e.type == "ASSAULT"]
    assert len(wars) == 1 and wars[0].date.start == "1980" and len(wars[0].mentions) == 2, \
        [(e.trigger.text, e.date, e.actors, e.targets) for e in wars]


def test_one_sentence_one_record_per_act():
    text = "Clashes broke out in the city and fighting continued overnight."
    events = coded(text, actors={}, published=PUB)
    assert len([e for e in events if e.type == "ASSAULT"]) == 1, brief(events)


def test_a_new_clause_with_another_mood_is_a_new_event():
    text = "Russia supported the rebels last year. Russia will support the rebels again, he said."
    events = coded(text, actors={"Russia": "RUS", "rebels": "REB"},
                   timexes={"last year": ("2020", "2020", "2020")}, published=PUB)
    support = [e for e in events if e.type == "SUPPORT"]
    assert sorted(e.status for e in support) == ["occurred", "planned"], brief(events)


def test_we_in_a_quote_is_the_speakers_country():
    quote = "We will cooperate with any lawful government."
    doc = annotate(parser()(f"Dzhubarov said: \u201c{quote}\u201d"), published=PUB,
                   quotes={quote: "person:dzhubarov"})
    doc.spans["actors"] = [doc[0:1]]
    doc.spans["actors"][0]._.actor = model.EntityRef("person:dzhubarov", "Dzhubarov", "person",
                                                     country="RUS")
    # "we will cooperate" states an intent: PLOVER AGREE, made when said
    (e,) = [e for e in code_events(doc) if e.trigger.text == "cooperate"]
    assert e.actors == ("RUS",) and (e.type, e.status, e.mode) == ("AGREE", "occurred", "cooperation")


def test_a_backdrop_is_a_setting_not_a_party():
    text = ("Against the backdrop of the US troop withdrawal, Russia began military drills with "
            "Turkmenistan on July 30.")
    events = coded(text, actors={"US": "USA", "Russia": "RUS", "Turkmenistan": "TKM"},
                   timexes={"July 30": ("2021-07-30", "2021-07-30", "2021-07-30")}, published=PUB)
    (e,) = [e for e in events if e.type == "COOPERATE"]
    assert set(e.actors) == {"RUS", "TKM"} and not e.targets


def test_a_possessor_place_is_who_not_where():
    text = "Aid was part of Washington's reset with Moscow after the 2008 Georgian war."
    events = coded(text, actors={"Georgian": "GEO"}, places={"Washington": ("dc", "USA")},
                   published=PUB)
    (war,) = [e for e in events if e.type == "ASSAULT"]
    assert war.place is None


def test_an_act_someone_is_called_on_to_do_has_not_happened():
    for text in ("On Monday the senator called on the minister to resign over the allegations.",
                 "Fifteen senators called on Wednesday for the minister to step down."):
        events = coded(text, actors={"senator": "person:senator", "minister": "person:minister"},
                       published=PUB)
        assert not [e for e in events if e.type == "RETREAT" and e.status == "occurred"], brief(events)
        assert [e for e in events if e.type == "REQUEST"], brief(events)


def test_who_nominated_someone_is_not_who_acts_but_who_leads_a_delegation_is():
    events = coded("A consultant nominated by the Trump administration has withdrawn his nomination.",
                   actors={"Trump administration": "USA"}, published=PUB)
    assert not [e for e in events if "USA" in e.actors], brief(events)
    events = coded("A delegation led by the Taliban's deputy head visited Moscow.",
                   actors={"Taliban": "TALIBAN", "Moscow": "RUS"}, published=PUB)
    assert [e for e in events if e.type == "CONSULT" and e.actors == ("TALIBAN",)], brief(events)


def test_a_reporters_exchange_with_a_source_is_no_event():
    for text in ("The minister's attorney declined a request for comment on his appearance.",
                 "Officials did not immediately respond to a request by Reuters for comment.",
                 "An adviser, who requested anonymity, said the plan would pass.",
                 "The official asked not to be named."):
        events = coded(text, actors={"Reuters": "REUTERS"}, published=PUB)
        assert not [e for e in events if e.type in ("REQUEST", "REJECT")], (text, brief(events))
    events = coded("Russia rejected a request for talks.", actors={"Russia": "RUS"}, published=PUB)
    assert [e for e in events if e.type == "REJECT" and e.actors == ("RUS",)], brief(events)


def test_we_must_states_a_duty_not_a_demand_on_another_party():
    events = coded("\u201cIn every workplace, we must confront harassment,\u201d said the senator.",
                   actors={"senator": "person:senator"}, published=PUB)
    assert not [e for e in events if e.type == "REQUEST"], brief(events)
    events = coded("Britain said that Libya must hand over the suspects.",
                   actors={"Britain": "GBR", "Libya": "LBY"}, published=PUB)
    assert [e for e in events if e.type == "REQUEST" and e.targets == ("LBY",)], brief(events)


def test_kin_and_businesses_are_not_their_patron_or_country():
    events = coded("Trump's son met with a Russian lawyer in New York in June 2016.",
                   actors={"Trump": "person:trump", "Russian": "RUS"}, published=PUB)
    assert not [e for e in events if "person:trump" in e.actors or "RUS" in e.targets], brief(events)
    events = coded("A US company has pulled out of a major contract in Iraq.",
                   actors={"US": "USA"}, published=PUB)
    assert not [e for e in events if "USA" in e.actors], brief(events)
    events = coded("Russian troops attacked the village.", actors={"Russian": "RUS"}, published=PUB)
    assert [e for e in events if e.type == "ASSAULT" and e.actors], brief(events)


def test_is_to_visit_is_a_plan_and_due_to_passes_its_subject():
    events = coded("The foreign secretary is to visit Thailand and Indonesia this week.",
                   actors={"foreign secretary": "person:fs", "Thailand": "THA", "Indonesia": "IDN"},
                   published=PUB)
    (e,) = [e for e in events if e.type == "CONSULT"]
    assert e.status == "planned", brief(events)
    events = coded("Russia and China are due to hold drills next month.",
                   actors={"Russia": "RUS", "China": "CHN"}, published=PUB)
    (e,) = [e for e in events if e.trigger.text == "drills"]
    assert set(e.actors) == {"RUS", "CHN"} and e.status == "planned", brief(events)


def test_leaving_a_treaty_cuts_a_relation_and_withdrawing_troops_is_a_retreat():
    for text in ("The United States withdrew from the nuclear pact in May 2018.",
                 "The United States pulled out of the Paris climate accord.",
                 "The United States quit the alliance in 2020."):
        events = coded(text, actors={"United States": "USA"}, published=PUB)
        assert [e for e in events if e.type == "SANCTION" and e.actors == ("USA",)], (text, brief(events))
        assert not [e for e in events if e.type == "RETREAT"], (text, brief(events))
    events = coded("The United States will withdraw its troops from Afghanistan.",
                   actors={"United States": "USA", "Afghanistan": "AFG"}, published=PUB)
    assert [e for e in events if e.type == "RETREAT" and e.status == "planned"], brief(events)


def test_a_person_fired_is_dismissed_not_shot_and_a_candidate_beaten_is_outvoted():
    for text in ("Sally Yates was fired by Trump in January.",
                 "Trump fired FBI Director James Comey in May.",
                 "Doug Jones beat Republican Roy Moore in the election."):
        events = coded(text, actors={"Trump": "person:trump", "Sally Yates": "person:yates",
                                     "James Comey": "person:comey", "Doug Jones": "person:jones",
                                     "Roy Moore": "person:moore"}, published=PUB)
        assert not [e for e in events if e.type == "ASSAULT"], (text, brief(events))
    for text in ("Police fired tear gas at protesters in the capital.",
                 "Gunmen fired on a bus near the border.", "Police beat protesters in Minsk."):
        events = coded(text, actors={}, published=PUB)
        assert [e for e in events if e.type == "ASSAULT"], (text, brief(events))


def test_owning_up_to_a_fault_is_a_concession_and_condolences_are_no_offer():
    events = coded("Iran accepted responsibility for downing the plane.", actors={"Iran": "IRN"},
                   published=PUB)
    assert [e.type for e in events if e.actors == ("IRN",)] == ["CONCEDE"], brief(events)
    events = coded("The spokesman offered condolences to the Russian government.",
                   actors={"Russian": "RUS"}, published=PUB)
    assert not [e for e in events if e.type == "AGREE"], brief(events)


def test_a_dateline_is_where_the_story_was_filed_not_who_acts():
    text = ("BRUSSELS (Reuters) - The European Union's top diplomat, Federica Mogherini, said on "
            "Tuesday that Israel must halt the settlements.")
    events = coded(text, actors={"BRUSSELS": "BEL", "European Union": "EU", "Israel": "ISR"},
                   published=PUB)
    (e,) = [e for e in events if e.type == "REQUEST"]
    assert "BEL" not in e.actors and e.actors == ("EU",), brief(events)


def test_markets_rallying_and_trading_are_no_protest_or_cooperation():
    for text in ("U.S. stock markets have rallied for months on hopes of tax cuts.",
                 "Stock prices of major banks are trading near all-time highs."):
        events = coded(text, actors={"U.S.": "USA"}, published=PUB)
        assert not events, (text, brief(events))
    events = coded("Thousands of protesters rallied in the capital on Friday.", actors={},
                   published=PUB)
    assert [e for e in events if e.type == "PROTEST"], brief(events)


def test_a_share_of_a_population_taking_a_stance_is_a_poll_not_an_act():
    events = coded("Nearly half of Americans are still opposed to the tax plan, a poll showed.",
                   actors={"Americans": "USA"}, published=PUB)
    assert not [e for e in events if e.type == "REJECT"], brief(events)
    events = coded("Most Democrats in the Senate rejected the bill on Tuesday.",
                   actors={"Democrats": "US-DEMOCRATS"}, published=PUB)
    assert [e for e in events if e.type == "REJECT"], brief(events)


def test_a_pronoun_after_an_unknown_subject_is_not_the_earlier_actor():
    events = coded("Russia condemned the attack. The Ethics Committee said on Thursday it had "
                   "opened an investigation into the accusations.", actors={"Russia": "RUS"},
                   published=PUB)
    assert [e.trigger.text for e in events if "RUS" in e.actors] == ["condemned"], brief(events)
    events = coded("Russia condemned the attack. On Monday it sent troops to the border.",
                   actors={"Russia": "RUS"}, published=PUB)
    assert [e for e in events if e.trigger.text == "sent" and e.actors == ("RUS",)], brief(events)


def test_missile_tests_are_posture_and_verbal_attacks_are_criticism():
    events = coded("North Korea fired three missiles into the Sea of Japan.",
                   actors={"North Korea": "PRK", "Japan": "JPN"}, published=PUB)
    assert [(e.type, e.actors, e.targets) for e in events] == [("MOBILIZE", ("PRK",), ())], brief(events)
    events = coded("Hamas fired rockets at Israel.", actors={"Hamas": "HAMAS", "Israel": "ISR"},
                   published=PUB)
    assert [e.type for e in events] == ["ASSAULT"], brief(events)
    events = coded("Republican lawmakers attacked Robert Mueller on Tuesday.",
                   actors={"Robert Mueller": "person:mueller"}, published=PUB)
    assert [e.type for e in events] == ["ACCUSE"], brief(events)
    events = coded("Labour and the Tories have attacked his policies as unworkable.",
                   actors={"Labour": "UK-LABOUR", "Tories": "UK-CONSERVATIVES"}, published=PUB)
    assert [e.type for e in events] == ["ACCUSE"], brief(events)
    events = coded("Gunmen attacked the activist Malala Yousafzai on her school bus.",
                   actors={"Malala Yousafzai": "person:malala"}, published=PUB)
    assert [e.type for e in events] == ["ASSAULT"], brief(events)



def test_another_partys_act_that_is_hoped_or_expected_for_is_hypothetical():
    events = coded("Baqeri said that Tehran expects the IAEA to condemn the bombing.",
                   actors={"Tehran": "IRN", "IAEA": "IAEA"}, published=PUB)
    (e,) = [e for e in events if e.trigger.text == "condemn"]
    assert e.status == "hypothetical", brief(events)
    events = coded("The president said: \u201cWe hope that the next U.S. administration will "
                   "condemn the policy.\u201d", actors={"U.S. administration": "USA"}, published=PUB)
    (e,) = [e for e in events if e.trigger.text == "condemn"]
    assert e.status == "hypothetical", brief(events)
    events = coded("The ambassador went on to say that the U.S. sanctions on Iran have hurt trade.",
                   actors={"U.S.": "USA", "Iran": "IRN"}, published=PUB)
    assert [e.status for e in events if e.type == "SANCTION"] == ["occurred"], brief(events)
    events = coded("The United States will withdraw its troops from Afghanistan by September.",
                   actors={"United States": "USA", "Afghanistan": "AFG"}, published=PUB)
    assert [e.status for e in events if e.type == "RETREAT"] == ["planned"], brief(events)


def test_meeting_a_deadline_and_standing_by_ones_words_are_no_events():
    for text in ("The chancellor said he would meet his own fiscal rule.",
                 "The lawyer said he stood by his version of events.",
                 "Democrats will have to defend 26 seats in the Senate."):
        events = coded(text, actors={"Democrats": "US-DEMOCRATS"}, published=PUB)
        assert not [e for e in events if e.type in ("CONSULT", "SUPPORT")], (text, brief(events))
    events = coded("Putin met Erdogan in Sochi on Monday.",
                   actors={"Putin": "person:putin", "Erdogan": "person:erdogan"}, published=PUB)
    assert [e.type for e in events] == ["CONSULT"], brief(events)


def test_he_refers_to_a_person_and_it_to_a_country():
    events = coded("Prime Minister Shinzo Abe said North Korea fired a missile over Japan. "
                   "He backed Donald Trump's call for pressure.",
                   actors={"Shinzo Abe": "person:abe", "North Korea": "PRK", "Japan": "JPN",
                           "Donald Trump": "person:trump"},
                   kinds={"person:abe": "person", "person:trump": "person"}, published=PUB)
    (e,) = [e for e in events if e.trigger.text == "backed"]
    assert e.actors == ("person:abe",), brief(events)
    events = coded("Putin said Russia condemned the attack. On Monday it sent troops to the border.",
                   actors={"Putin": "person:putin", "Russia": "RUS"},
                   kinds={"person:putin": "person"}, published=PUB)
    (e,) = [e for e in events if e.trigger.text == "sent"]
    assert e.actors == ("RUS",), brief(events)


def test_one_national_is_a_person_not_the_state():
    events = coded("The veteran was fatally stabbed by a Palestinian while visiting Israel.",
                   actors={"Palestinian": "PSE", "Israel": "ISR"},
                   kinds={"PSE": "country", "ISR": "country"}, published=PUB)
    assert not [e for e in events if "PSE" in e.actors], brief(events)
    events = coded("Palestinian militants attacked an Israeli post.",
                   actors={"Palestinian": "PSE", "Israeli": "ISR"}, published=PUB)
    assert [e for e in events if e.type == "ASSAULT" and e.actors], brief(events)


def test_a_vow_to_use_force_is_a_threat_and_a_vow_to_cooperate_an_agreement():
    events = coded("The president pledged to destroy the militants in Kunduz.",
                   actors={"president": "person:president", "militants": "sector:INS"},
                   published=PUB)
    assert [e.type for e in events if e.trigger.text == "pledged"] == ["THREATEN"], brief(events)
    events = coded("Russia pledged to cooperate with Tajikistan.",
                   actors={"Russia": "RUS", "Tajikistan": "TJK"}, published=PUB)
    assert [e.type for e in events if e.trigger.text == "pledged"] == ["AGREE"], brief(events)


def test_an_agreement_is_an_act_when_made_not_when_named():
    events = coded("Russia and Ukraine reached a deal on gas prices on Monday.",
                   actors={"Russia": "RUS", "Ukraine": "UKR"}, published=PUB)
    assert [e.type for e in events] == ["AGREE"], brief(events)
    for text in ("The government has kept its promises.",
                 "Iran and the EU discussed the nuclear deal."):
        events = coded(text, actors={"Iran": "IRN", "EU": "EU"}, published=PUB)
        assert not [e for e in events if e.type == "AGREE"], (text, brief(events))


def test_weapons_tests_suicides_and_a_marching_gunman_are_no_assault_or_protest():
    for text, kind in (("North Korea conducted its sixth nuclear test on Sunday.", "MOBILIZE"),
                       ("Militants detonated an explosive device near the convoy.", "ASSAULT")):
        events = coded(text, actors={"North Korea": "PRK"}, published=PUB)
        assert [e.type for e in events] == [kind], (text, brief(events))
    for text in ("The gunman then killed himself.", "The gunman marched toward the classrooms."):
        events = coded(text, actors={}, published=PUB)
        assert not events, (text, brief(events))
    events = coded("Gunmen killed five policemen in Quetta.", actors={}, published=PUB)
    assert [e.type for e in events] == ["ASSAULT"], brief(events)
    events = coded("Thousands marched in Minsk on Sunday.", actors={}, published=PUB)
    assert [e.type for e in events] == ["PROTEST"], brief(events)


def test_seizing_on_words_is_a_figure_of_speech():
    events = coded("The senators seized on the announcements to criticise the government.",
                   actors={"senators": "sector:LEG"}, published=PUB)
    assert not [e for e in events if e.type == "COERCE"], brief(events)
    events = coded("Taliban fighters seized Kunduz on Monday.",
                   actors={"Taliban": "TALIBAN", "Kunduz": "AFG"}, published=PUB)
    assert [e.type for e in events] == ["COERCE"], brief(events)


def test_reviewing_ties_is_no_investigation_and_standing_by_a_finding_backs_no_one():
    for text in ("The two ministers examined bilateral ties and regional issues.",
                 "The FBI stood by its finding."):
        events = coded(text, actors={"FBI": "FBI"}, published=PUB)
        assert not [e for e in events if e.type in ("ACCUSE", "SUPPORT")], (text, brief(events))
    events = coded("Prosecutors examined the bank's records.", actors={}, published=PUB)
    assert [e.type for e in events] == ["ACCUSE"], brief(events)


def test_one_private_person_is_not_the_state_of_their_nationality():
    events = coded("An Israeli court indicted a Palestinian girl on Monday.",
                   actors={"Israeli": "ISR", "Palestinian": "PSE"}, published=PUB)
    assert [e for e in events if e.type == "ACCUSE"] and not [
        e for e in events if "PSE" in e.targets], brief(events)
    events = coded("Iran arrested an American citizen in Tehran.",
                   actors={"Iran": "IRN", "American": "USA"}, published=PUB)
    assert [(e.type, e.actors, e.targets) for e in events] == [("COERCE", ("IRN",), ())], brief(events)
