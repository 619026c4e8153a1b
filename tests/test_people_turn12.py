"""People an analyst can trust (turn 12): money written like a name after an amount ("3.8 billion
N.Z. Dlrs") and a place named after a kind of place and "of" ("the port of Kemerli") are no
people; a dateline glued to its dash ("TEHRAN- Defence Minister X"), a rank after a bare "chief"
("navy chief Admiral X") and a phrase fronted by a preposition ("in the coming general election
campaign, X has said") are no role; a word of a longer role ("first" of "first lady") and a noun
before a one-word name that qualifies another noun ("of course Hogmanay parties") are no cue that a
person is meant. Own short sentences, names and places changed."""

from __future__ import annotations

import pytest

from people_support import people_mentions, people_roles

model = pytest.mark.model  # these read the full pipeline with the trained model


@model
def test_money_after_an_amount_is_no_person(real_nlp):
    text = "Harbour Retail Group took out a 640 mln H.K. Dlr credit line from Standard Chartered last week."
    assert not any("Dlr" in name for name in people_mentions(real_nlp, text))
    text = ("The trade gap should come in near the 3.8 billion N.Z. Dlrs the treasury had forecast, "
            "Trade Minister Helen Walsh said.")
    assert not any("Dlr" in name for name in people_mentions(real_nlp, text))


@model
def test_a_place_after_a_kind_of_place_and_of_is_no_person(real_nlp):
    text = "The grain is shipped to the Turkish port of Kemal Limani and then carried inland by truck."
    assert "Kemal Limani" not in people_mentions(real_nlp, text)
    text = "The village of Tal Hamra lies on the road the pilgrims take north, a local official said."
    assert "Tal Hamra" not in people_mentions(real_nlp, text)


@model
def test_a_person_after_of_a_title_stays_a_person(real_nlp):
    text = "The mayor of the city, John Smith, said the port of Hamburg was busy. The son of Tom Hanks spoke."
    people = people_mentions(real_nlp, text)
    assert "John Smith" in people and "Tom Hanks" in people


@model
def test_a_dateline_glued_to_its_dash_is_no_part_of_the_role(real_nlp):
    text = "TEHRAN- Defence Minister Reza Karimi repeated his country's call for talks on the border."
    assert people_roles(real_nlp, text).get("Reza Karimi") == "Defence Minister"
    text = "BAGHDAD - Oil Minister Karim Hassan told reporters that exports rose in May."
    assert people_roles(real_nlp, text).get("Karim Hassan") == "Oil Minister"


@model
def test_a_rank_after_a_bare_chief_is_no_part_of_the_office(real_nlp):
    text = "The envoy also saw senior officers, among them army chief General Asim Munir, on his visit."
    assert people_roles(real_nlp, text).get("Asim Munir") == "army chief"
    text = "Former Egyptian army chief General Ahmed Farouk has argued that the pact changes little."
    assert people_roles(real_nlp, text).get("Ahmed Farouk") == "former army chief"
    text = "ISLAMABAD - Navy Chief Admiral Zafar Abbasi said on Monday that the drills went well."
    assert people_roles(real_nlp, text).get("Zafar Abbasi") == "Navy Chief Admiral"


@model
def test_a_phrase_fronted_by_a_preposition_is_no_role(real_nlp):
    text = ('The Green Party will run as "the honest choice" in the coming general election campaign, '
            'Martha Quinn has said.')
    assert people_roles(real_nlp, text).get("Martha Quinn") is None
    text = "The top US commander in Afghanistan, General John Nicholson, said the talks would go on."
    assert people_roles(real_nlp, text).get("John Nicholson") == "commander"


@model
def test_a_lone_name_qualifying_a_noun_has_no_person_cue_from_the_noun_before(real_nlp):
    text = ("The cold winter brings short days, long nights and of course Hogmanay parties. For Scots, "
            "Hogmanay is a fresh start.")
    assert "Hogmanay" not in people_mentions(real_nlp, text)
    text = "The England coach Parry said the team was ready. Parry will name the side on Friday."
    assert "Parry" in people_mentions(real_nlp, text)


@model
def test_a_bare_apostrophe_after_a_name_in_s_is_a_possessive_cue(real_nlp):
    # the noun before "Travis convention" qualifies the convention, so "Travis' birthday" is the cue left
    text = ("A two-day Travis convention was held in Leeds. Fans of Travis came from all over Europe. "
            "Interest grows as Travis' birthday nears.")
    assert "Travis" in people_mentions(real_nlp, text)
    text = "The tourists crowded into Paris' museums and then walked along the river."
    assert "Paris" not in people_mentions(real_nlp, text)



@model
def test_the_spouse_of_a_named_man_is_not_him(real_nlp):
    text = ("Peter Lawson's ex-model wife, Anne, will campaign for the party. Mrs Lawson will visit target seats. "
            "Mr Lawson will host a news conference every morning.")
    people = people_mentions(real_nlp, text)
    assert people.get("Peter Lawson") == ["Peter Lawson", "Lawson"]  # "Mr Lawson" is he
    assert people.get("Mrs Lawson") == ["Lawson"]  # his wife, under her title: no store-wide "Lawson" takes her
    # controls: a woman named with her husband is still "Ms Keller"; with no spouse word "Mrs" joins the full name
    text = "Maria Keller's husband was arrested on Monday. Ms Keller said she would fight the charges."
    assert people_mentions(real_nlp, text).get("Maria Keller") == ["Maria Keller", "Keller"]
    text = "Anne Lawson will campaign for the party. Mrs Lawson will visit target seats."
    assert people_mentions(real_nlp, text).get("Anne Lawson") == ["Anne Lawson", "Lawson"]
    # a pronoun alone (here the minister's) is no evidence for a new person under a title
    text = "The minister met Karen Lane, and he later said the visa was his own idea. Mrs Lane denied it."
    assert "Mrs Lane" not in people_mentions(real_nlp, text)


@model
def test_a_name_written_before_a_legal_form_is_a_firm_at_every_mention(real_nlp):
    text = ("Diamond Harrow Corp said it expects better earnings in 1987. In 1986 Diamond Harrow reported "
            "a loss of 115 mln dlrs. Roger Hemming, Diamond Harrow vice president, said margins were thin.")
    people = people_mentions(real_nlp, text)
    assert not any("Harrow" in name for name in people)
    assert "Roger Hemming" in people  # the firm's officer stays a person
    text = ("Rorer has extended until July 2 its deadline for a response from A.J. Robbins Co. Analysts said "
            "A.J. Robbins wants to emerge independent, but some Robbins shareholders prefer a merger.")
    assert "A.J. Robbins" not in people_mentions(real_nlp, text)
    text = "Showa Nippon Sekiyu KK introduced its 98 octane gasoline to the Japanese market in January."
    assert not any("Sekiyu" in name for name in people_mentions(real_nlp, text))


@model
def test_a_person_named_beside_a_firm_stays_a_person(real_nlp):
    # the legal form follows another name, or an institute (no legal form) follows the person's
    text = ("Harold Pemberton, chairman of Northgate Mills Corp, said sales rose. "
            "Pemberton said the outlook was good.")
    assert "Harold Pemberton" in people_mentions(real_nlp, text)
    text = "Margaret Ellison said the Margaret Ellison Institute would open a new office in Leeds."
    assert "Margaret Ellison" in people_mentions(real_nlp, text)


@model
def test_a_name_after_a_list_dash_is_a_person(real_nlp):
    # a line of a list opened by "- " is no hyphenated name: the critic stays a person at every mention
    text = ("Three critics backed the drama. Mr Halloran said it would win.\n\n"
            "- Desmond Halloran, Screen Weekly: Film - The Harbour; director - Anna Kerr.\n\n"
            "- Ruth Abbot, City Film: Film - The Harbour; director - Anna Kerr.")
    people = people_mentions(real_nlp, text)
    assert "Desmond Halloran" in people and "Ruth Abbot" in people
    assert "Halloran" in people["Desmond Halloran"]  # "Mr Halloran" resolved to the full name


@model
def test_a_side_of_a_hyphenated_place_is_still_no_person(real_nlp):
    text = "The president spent the weekend at Mar-a-Lago with Melania Trump and their guests."
    assert not any("Lago" in name for name in people_mentions(real_nlp, text))


@model
def test_the_last_word_of_an_office_is_no_part_of_the_name_after_it(real_nlp):
    text = "Kenya's Ambassador to Ankara Peter Mwangi Odhiambo said the two sides would meet in June."
    people = people_mentions(real_nlp, text)
    assert "Peter Mwangi Odhiambo" in people and not any("Ankara" in name for name in people)
    text = ("The two sides signed the deal in a meeting with Afghan Minister of Mines and Water Mohammad "
            "Gul Nouri on Sunday. Gul Nouri said the work would start next year.")
    people = people_mentions(real_nlp, text)
    assert "Mohammad Gul Nouri" in people and not any("Water" in name for name in people)


@model
def test_a_second_person_after_and_keeps_his_given_name(real_nlp):
    text = ("Foreign Minister Hamid Farzan and Ali Reza Tavakoli met the delegation in the capital "
            "on Sunday, the ministry said.")
    assert "Ali Reza Tavakoli" in people_mentions(real_nlp, text)
    text = "The President of the club, Jose Maria Olazabal, spoke to the press after the final."
    assert "Jose Maria Olazabal" in people_mentions(real_nlp, text)


@model
def test_an_office_after_a_name_and_before_of_is_no_part_of_the_name(real_nlp):
    text = ("Customs cooperation will grow, said Sergei Ivanovich Lebedev Head of the Federal Customs "
            "Service in his meeting with the Iranian envoy.")
    assert not any(name.endswith("Head") for name in people_mentions(real_nlp, text))
    text = "Maria Elena Castro of the Red Cross said on Friday the convoy had reached the town."
    assert "Maria Elena Castro" in people_mentions(real_nlp, text)


@model
def test_a_job_opening_a_sentence_is_no_part_of_the_name(real_nlp):
    text = "Model Jessica Anne Harlow said the show had changed her life."
    people = people_mentions(real_nlp, text)
    assert "Jessica Anne Harlow" in people and "Model Jessica Anne Harlow" not in people
    text = "The bid was rejected by Treasurer Paul Kearney on national interest grounds."
    assert "Paul Kearney" in people_mentions(real_nlp, text)


@model
def test_a_name_followed_by_which_as_its_subject_is_a_thing(real_nlp):
    text = "One chain to do well in the spring was Hartwell Brandon, which runs 300 stores in the north."
    assert "Hartwell Brandon" not in people_mentions(real_nlp, text)
    text = ("The textile group bought R.J. Tolliver, which supplies seat fabric to the car industry, "
            "for 90 mln dlrs.")
    assert "R.J. Tolliver" not in people_mentions(real_nlp, text)


@model
def test_which_after_a_person_with_a_title_or_as_an_object_keeps_the_person(real_nlp):
    text = ("The claims were made by the journalist Peter Hallam, which suggested the minister had "
            "broken a pledge.")
    assert "Peter Hallam" in people_mentions(real_nlp, text)
    text = "He held an hour-long call with Viktor Orlov, which the minister described as fruitful."
    assert "Viktor Orlov" in people_mentions(real_nlp, text)
    text = "The allies lent billions of dollars to Omar Haddad, which later led to a bitter dispute over the debt."
    assert "Omar Haddad" in people_mentions(real_nlp, text)


def _tagged(words, pos, tags, ents):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, pos=pos, tags=tags, ents=ents)


def test_a_surname_the_ner_left_out_before_said_joins_the_name():
    from sitroom.resolve.actor_data import load_titles
    from sitroom.resolve.people import clean_name

    words = ["Deputy", "Minister", "Seyyed", "Hadi", "Mirzaghani", "said", "the", "talks", "began", "."]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "VERB", "PUNCT"]
    tags = ["NNP", "NNP", "NNP", "NNP", "NNP", "VBD", "DT", "NNS", "VBD", "."]
    doc = _tagged(words, pos, tags, ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"])
    assert clean_name(doc.ents[0], load_titles())[0].text == "Seyyed Hadi Mirzaghani"
    # a day after the name is an entity of its own, a pronoun no proper noun: no surname
    doc = _tagged(words[:4] + ["Monday", "said"], pos[:6], tags[:6],
                  ["O", "O", "B-PERSON", "I-PERSON", "B-DATE", "O"])
    assert clean_name(doc.ents[0], load_titles())[0].text == "Seyyed Hadi"
    doc = _tagged(["as", "Alex", "Rowe", "He", "said", "so"], ["ADP", "PROPN", "PROPN", "PRON", "VERB", "ADV"],
                  ["IN", "NNP", "NNP", "PRP", "VBD", "RB"], ["O", "B-PERSON", "I-PERSON", "O", "O", "O"])
    assert clean_name(doc.ents[0], load_titles())[0].text == "Alex Rowe"


@model
def test_a_day_after_a_name_is_no_surname(real_nlp):
    text = "Senator Mary Collins Tuesday said the bill would pass."
    assert "Mary Collins" in people_mentions(real_nlp, text)
