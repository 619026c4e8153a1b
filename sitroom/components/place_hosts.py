"""A country that hosts what stays on its land is the land, not its government: "Jordan hosts
657,000 Syrian refugees", "the World Cup jointly hosted by South Korea and Japan", "South Korea
hosts several polysilicon manufacturers". Only a gathering of states or their envoys that it
hosts is its government's act, a metonym ("Iran hosted talks between ...", "Kazakhstan will host
an SCO meeting", "a conference hosted by Tajikistan"). areas.yaml ``host_verbs`` and
``hosted_gatherings`` (plweb2)."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.place_frames import area_words

__all__ = ["hosts_land"]


def _host_and_guest(root):
    """The verb of hosting the name is the doer of (its subject, or its agent after "by") and the
    nouns hosted (the verb's objects, its passive subject or the noun its participle qualifies;
    not the "that" of a cleft the parse may take for an object)."""
    head = root.head
    if root.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
        verb = head
    elif root.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
        verb = head.head
    else:
        return None, []
    if verb.lemma_.lower() not in area_words("host_verbs"):
        return None, []
    guests = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        noun = verb.head
        guests.append(noun)  # "the World Cup hosted by South Korea"
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
            # "a conference on nuclear cooperation hosted by China": the participle may hang on
            # the last noun of the phrase; the nouns it opens with are hosted as well
            noun = noun.head.head
            guests.append(noun)
    return verb, guests


def hosts_land(span: Span) -> bool:
    """The name hosts something that is no gathering of states: refugees, tourists, firms, games."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
        root = root.head  # "hosted by South Korea and Japan": the first one's role
    verb, guests = _host_and_guest(root)
    if verb is None or not guests:
        return False  # what it hosts unknown ("It was then that Iran hosted them"): no claim
    words = area_words("hosted_gatherings")
    return not any(g.lower_ in words or g.lemma_.lower() in words
                   or any(c.lower_ in words for c in g.children if c.dep_ == "compound") for g in guests)
