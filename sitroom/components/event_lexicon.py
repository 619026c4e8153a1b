"""The event lexicon (sitroom/data/events.yaml): loading, validation and the trigger matcher.

Kept apart from the component so that adding a trigger word is a data change, and so that the
lexicon is read and checked once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from sitroom.data_yaml import load_yaml
from sitroom.errors import ConfigError

__all__ = ["CATEGORIES", "LexEntry", "LexiconError", "entries", "find_triggers", "fix_lemmas", "load"]

CATEGORIES = frozenset(
    ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
)
POS_TAGS = {"VERB": frozenset({"VERB"}), "NOUN": frozenset({"NOUN", "PROPN"})}
_KEYS = {"category", "pos", "lemmas", "mode", "object", "governed_by", "joint", "inverse", "family",
         "intransitive", "complement_aux", "object_actor", "transitive", "subject", "infinitive",
         "preps", "known_object", "not_governed_by", "not_with", "not_of", "plural", "cue", "object_pronoun",
         "not_fought", "act_object",
         "not_object", "speech", "no_purpose", "not_subject", "source",
         "no_person_object", "object_person", "other_objects", "no_clause", "not_subject_kinds",
         "matter", "made_by", "ownerless", "bare_subject", "not_preps", "kept_with", "mover",
         "admitted_as", "doer_kinds", "object_cue"}
_LISTS = ("object", "governed_by", "complement_aux", "subject", "preps", "not_governed_by",
          "not_with", "not_of", "not_fought", "cue", "not_object", "not_subject", "source",
          "other_objects",
          "not_subject_kinds", "matter", "made_by", "ownerless", "not_preps", "kept_with", "mover",
          "admitted_as", "doer_kinds", "object_cue")


class LexiconError(ConfigError):
    """The event lexicon file is malformed; the message names the group and the problem."""


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One reading of a trigger word: its category, mode and the constraints it needs."""

    category: str
    pos: str
    mode: str | None = None
    object: frozenset[str] = frozenset()
    governed_by: frozenset[str] = frozenset()
    joint: str | None = None
    inverse: bool = False
    intransitive: bool = False
    object_actor: bool = False
    subject: frozenset[str] = frozenset()
    transitive: bool = False
    complement_aux: frozenset[str] = frozenset()
    family: str | None = None
    # the word's other senses (event_sense.py): each reading counts only where the parse shows it
    infinitive: bool = False  # with a to-infinitive complement ("asked Russia to withdraw")
    preps: frozenset[str] = frozenset()  # ... or with one of these prepositions ("ask for")
    known_object: bool = False  # its object or recipient is a known actor ("thanked Russia")
    not_governed_by: frozenset[str] = frozenset()  # "pose a threat" names a danger, not a threat
    not_with: frozenset[str] = frozenset()  # modifiers of another sense: "trade war", "legal battle"
    not_of: frozenset[str] = frozenset()  # "of" objects of another sense: "a war of words"
    # what is fought (an "on"/"against" object) is no target of force: "fighting against
    # extradition", "an assault on the accords" (unlike `not_with`, not what a fight is "over")
    not_fought: frozenset[str] = frozenset()
    # its object names the act ("waged a trade war"): `not_with` and `not_of` hold for it too
    act_object: bool = False
    # a complement of another sense ("warned them about a plan" alerts), unless its object is
    # one of `kept_with` ("warned Iran about the consequences")
    not_preps: frozenset[str] = frozenset()
    kept_with: frozenset[str] = frozenset()
    plural: bool = False  # only in the plural ("hostilities", not "hostility")
    cue: frozenset[str] = frozenset()  # a noun's modifier, agent or subject must be one of these
    object_pronoun: bool = False  # with `object`, a personal pronoun object also satisfies it
    not_object: frozenset[str] | None = None  # needs a direct object, and not one of these
    speech: bool = False  # only as a verb of saying ("protested that ...": a verbal protest)
    no_purpose: bool = False  # not with a purpose ("fighting for rights", "fighting to pass a bill")
    not_subject: frozenset[str] = frozenset()  # causes of another sense: "a crash killed two"
    source: frozenset[str] = frozenset()  # what it leaves ("from"/"out of" object) is one of these
    no_person_object: bool = False  # not with a named person as its object ("fired Comey")
    object_person: bool = False  # with `object`, a named person as object also satisfies it
    other_objects: frozenset[str] = frozenset()  # not with one of these as its direct object
    no_clause: bool = False  # not with a that-clause ("conceded that the figure is low" admits a fact)
    # not when its doer is a party of one of these kinds or sectors ("the Taliban attacked ...")
    not_subject_kinds: frozenset[str] = frozenset()
    # a singular noun counts only with its matter named: a to-infinitive or one of these
    # prepositions ("his threat to destroy", "opposition to the bill"), or as the object of one
    # of `made_by` ("made such a threat"); bare, it names a danger or a party ("North Korea's threat")
    matter: frozenset[str] = frozenset()
    made_by: frozenset[str] = frozenset()
    bare_subject: bool = False  # with `matter`: only a bare subject names a party ("the opposition said")
    # not when its object is one of these, singular and owned by no party ("to meet global demand")
    ownerless: frozenset[str] = frozenset()
    # what moves (its subject, or the "of" object of a group noun) is one of these ("peacekeeping
    # troops arrived": a deployment, not a visit)
    mover: frozenset[str] = frozenset()
    # not when what it takes in is taken into a role: an "as" complement whose noun or a modifier
    # of it is one of these ("welcomed Sweden as a new member": admitted, not a guest received)
    admitted_as: frozenset[str] = frozenset()
    # only when its doer (its subject, or the subject of the verb it hangs on) is a party of one
    # of these kinds or sectors ("police raided the bar": a search, not an assault)
    doer_kinds: frozenset[str] = frozenset()
    # only when its object, a modifier of it or its "of" object is one of these ("dismantled a
    # terrorist cell", "disbanded a group of smugglers": a police action, not a disarmament)
    object_cue: frozenset[str] = frozenset()

    @property
    def merge_family(self) -> str:
        return self.family or f"{self.category}:{self.mode}"


def _phrase_tokens(phrase: str) -> list[str]:
    return re.findall(r"\w+|[^\w\s]", phrase.lower())


def _validate(i: int, group: object) -> None:
    if not isinstance(group, dict):
        raise LexiconError(f"events.yaml group {i}: expected a mapping, got {type(group).__name__}")
    unknown = set(group) - _KEYS
    if unknown:
        raise LexiconError(f"events.yaml group {i}: unknown keys {sorted(unknown)}")
    if group.get("category") not in CATEGORIES:
        raise LexiconError(f"events.yaml group {i}: category {group.get('category')!r} is not PLOVER")
    if group.get("joint") is not None and group["joint"] not in CATEGORIES:
        raise LexiconError(f"events.yaml group {i}: joint {group['joint']!r} is not PLOVER")
    if group.get("pos") not in POS_TAGS:
        raise LexiconError(f"events.yaml group {i}: pos must be VERB or NOUN")
    lemmas = group.get("lemmas")
    if not lemmas or not all(isinstance(x, str) and _phrase_tokens(x) for x in lemmas):
        raise LexiconError(f"events.yaml group {i}: lemmas must be a non-empty list of words")
    for key in _LISTS:
        if not all(isinstance(x, str) for x in group.get(key) or ()):
            raise LexiconError(f"events.yaml group {i}: {key} must be a list of words")


def load(text: str) -> dict[tuple[str, ...], tuple[LexEntry, ...]]:
    """Parse and validate lexicon YAML into phrase tokens -> readings in file order."""
    data = load_yaml(text)
    if not isinstance(data, list):
        raise LexiconError("events.yaml: expected a list of groups")
    table: dict[tuple[str, ...], list[LexEntry]] = {}
    for i, group in enumerate(data):
        _validate(i, group)
        entry = LexEntry(
            category=group["category"],
            pos=group["pos"],
            mode=group.get("mode"),
            object=frozenset(x.lower() for x in group.get("object") or ()),
            governed_by=frozenset(x.lower() for x in group.get("governed_by") or ()),
            joint=group.get("joint"),
            inverse=bool(group.get("inverse", False)),
            intransitive=bool(group.get("intransitive", False)),
            object_actor=bool(group.get("object_actor", False)),
            subject=frozenset(x.lower() for x in group.get("subject") or ()),
            transitive=bool(group.get("transitive", False)),
            complement_aux=frozenset(x.lower() for x in group.get("complement_aux") or ()),
            family=group.get("family"),
            infinitive=bool(group.get("infinitive", False)),
            preps=frozenset(x.lower() for x in group.get("preps") or ()),
            known_object=bool(group.get("known_object", False)),
            not_governed_by=frozenset(x.lower() for x in group.get("not_governed_by") or ()),
            not_with=frozenset(x.lower() for x in group.get("not_with") or ()),
            not_of=frozenset(x.lower() for x in group.get("not_of") or ()),
            not_fought=frozenset(x.lower() for x in group.get("not_fought") or ()),
            act_object=bool(group.get("act_object", False)),
            not_preps=frozenset(x.lower() for x in group.get("not_preps") or ()),
            kept_with=frozenset(x.lower() for x in group.get("kept_with") or ()),
            plural=bool(group.get("plural", False)),
            cue=frozenset(x.lower() for x in group.get("cue") or ()),
            object_pronoun=bool(group.get("object_pronoun", False)),
            not_object=(frozenset(x.lower() for x in group["not_object"] or ())
                        if "not_object" in group else None),
            speech=bool(group.get("speech", False)),
            no_purpose=bool(group.get("no_purpose", False)),
            not_subject=frozenset(x.lower() for x in group.get("not_subject") or ()),
            source=frozenset(x.lower() for x in group.get("source") or ()),
            no_person_object=bool(group.get("no_person_object", False)),
            object_person=bool(group.get("object_person", False)),
            other_objects=frozenset(x.lower() for x in group.get("other_objects") or ()),
            no_clause=bool(group.get("no_clause", False)),
            not_subject_kinds=frozenset(group.get("not_subject_kinds") or ()),
            matter=frozenset(x.lower() for x in group.get("matter") or ()),
            made_by=frozenset(x.lower() for x in group.get("made_by") or ()),
            bare_subject=bool(group.get("bare_subject", False)),
            ownerless=frozenset(x.lower() for x in group.get("ownerless") or ()),
            mover=frozenset(x.lower() for x in group.get("mover") or ()),
            admitted_as=frozenset(x.lower() for x in group.get("admitted_as") or ()),
            doer_kinds=frozenset(group.get("doer_kinds") or ()),
            object_cue=frozenset(x.lower() for x in group.get("object_cue") or ()),
        )
        for lemma in group["lemmas"]:
            toks = _phrase_tokens(lemma)
            variants = {tuple(toks), tuple(t for t in toks if t != "-")}
            for var in variants:
                readings = table.setdefault(var, [])
                if entry not in readings:
                    readings.append(entry)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def entries() -> dict[tuple[str, ...], tuple[LexEntry, ...]]:
    """The packaged lexicon, read and validated once per process."""
    text = resources.files("sitroom.data").joinpath("events.yaml").read_text(encoding="utf-8")
    return load(text)


@lru_cache(maxsize=8)
def _matcher(vocab: Vocab) -> tuple[PhraseMatcher, dict[int, tuple[str, ...]]]:
    """A lemma PhraseMatcher over every lexicon phrase (hash lookups: cheap on long documents)."""
    matcher = PhraseMatcher(vocab, attr="LEMMA")
    keys: dict[int, tuple[str, ...]] = {}
    for phrase in entries():
        key = "EV:" + " ".join(phrase)
        words = list(phrase)
        matcher.add(key, [Doc(vocab, words=words, lemmas=words)])
        keys[vocab.strings[key]] = phrase
    return matcher, keys


@lru_cache(maxsize=1)
def _lemma_fixes() -> dict[str, str]:
    """Verb forms the lemmatizer gets wrong (``data/lemma_fixes.yaml``)."""
    text = resources.files("sitroom.data").joinpath("lemma_fixes.yaml").read_text(encoding="utf-8")
    data = load_yaml(text)
    verbs = data.get("verbs") if isinstance(data, dict) else None
    if not isinstance(verbs, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                              for k, v in verbs.items()):
        raise LexiconError("lemma_fixes.yaml: needs a mapping 'verbs' of form -> lemma")
    return {k.lower(): v for k, v in verbs.items()}


def fix_lemmas(doc: Doc) -> None:
    """Give the verbs the lemmatizer gets wrong their real lemma ("waged" is "wage", not "wag")."""
    fixes = _lemma_fixes()
    for tok in doc:
        if tok.pos_ == "VERB" and tok.lower_ in fixes:
            tok.lemma_ = fixes[tok.lower_]


def find_triggers(doc: Doc) -> list[tuple[Span, tuple[LexEntry, ...]]]:
    """Trigger spans (longest match wins where they overlap) with their candidate readings."""
    matcher, keys = _matcher(doc.vocab)
    found = []
    for match_id, start, end in matcher(doc):
        phrase = keys[match_id]
        span = doc[start:end]
        tags = span.root.pos_
        readings = tuple(e for e in entries()[phrase] if tags in POS_TAGS[e.pos])
        if readings:
            found.append((span, readings))
    found.sort(key=lambda item: (-(item[0].end - item[0].start), item[0].start))
    taken: set[int] = set()
    kept = []
    for span, readings in found:
        if taken.isdisjoint(range(span.start, span.end)):
            kept.append((span, readings))
            taken.update(range(span.start, span.end))
    kept.sort(key=lambda item: item[0].start)
    return kept
