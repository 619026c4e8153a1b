"""Words of an event that are used in another, everyday sense here (used by the events component).

Shapes read from the parse, with word lists in ``sitroom/data/figurative.yaml``:

- a phrasal protest whose particle is a preposition with an object of its own is the literal
  posture: "sat in traffic", "is sitting in his office" (a sit-in has a bare "in": "students
  sat in at the dean's office");
- a verb that also means "show" shows when it governs a clause or is a comment clause with
  "as": "the protest demonstrates how worried they are", "as the family has demonstrated,
  patience is vital" ("protesters demonstrated outside the embassy" protest);
- calls and conversations that a party listens in on are what is spied upon, no meeting of
  those who made them: "eavesdropped on Vatican phone calls", "surveillance on millions of
  French telephone calls" (a single call overheard still happened: "intercepted a call
  between the two leaders");
- an animal shot, killed or hunted is no party: "shot and killed a bear", "the chimp was
  shot by police";
- refusing to act at all, or standing by, is inaction, no refusal or backing: "the troops who
  refused to respond", "soldiers who stood by silently" ("refused to withdraw", "stood by her");
- freeing people trapped or from rubble is a rescue, no release: "working to free two people
  trapped in the rubble" ("freed the hostages" still releases);
- the victims named as a group do no harm: "the dead and injured", "one of 50 injured", and a
  crash's toll is no attack: "caused a plane to crash, killing 10", nor is a collision: "the
  freighter hit a pillar of the bridge";
- a probe in a story of space flight is a spacecraft: "the new probe is the latest step in its
  lunar programme" ("a probe into the deaths" investigates);
- a word joined to "self-" names a quality, no act on another: "to make farming self-supporting",
  "a self-funded trip"; so do "well-" and "under-" ("a well-funded group"), and "up-" or "down-"
  make a verb of another sense ("the ruling has up-ended their plans");
- an impersonal cause blamed for a harm names a cause, it accuses no party: "blamed busy
  lifestyles for falling audiences", "blamed the delay on a faulty engine" ("blamed the
  bombings on separatists", "blamed Washington's indecision" accuse);
- a matter discussed by one speaker at a press conference, in an interview or on a show is talked
  about before an audience, no consultation: "at a news conference, the envoy discussed the
  outbreak" ("discussed the outbreak with the minister", "the two ministers discussed" consult).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_accidents import collision, crash_toll
from sitroom.components.event_words import word_lists

__all__ = ["everyday_sense"]

_PREPOSITIONS = frozenset({"in", "on", "at"})


def _posture(span: Span) -> bool:
    """"sat in traffic": the phrase's last word is a preposition with its own object."""
    phrases, = word_lists("figurative", "posture_phrases")
    words = " ".join(t.lemma_.lower() for t in span)
    last = span[-1]
    return len(span) > 1 and words in phrases and last.lower_ in _PREPOSITIONS and any(
        c.dep_ == "pobj" for c in last.children)


def _shows(root: Token) -> bool:
    """A verb of showing that governs a clause, or an "as" clause with nothing of its own but a
    subject ("As X has demonstrated, ...")."""
    verbs, = word_lists("figurative", "showing_verbs")
    if root.pos_ != "VERB" or root.lemma_.lower() not in verbs:
        return False
    if any(c.dep_ in ("ccomp", "xcomp") for c in root.children):
        return True
    own = [c for c in root.children if c.dep_ not in ("nsubj", "aux", "mark", "punct", "cc", "conj")]
    return root.dep_ == "advcl" and not own and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in root.children)


def _overheard(root: Token) -> bool:
    """Plural calls or conversations that a verb or noun of listening in governs, directly or
    through "on", "of" or "to", or that a participle of one describes ("recorded calls")."""
    talks, listening = word_lists("figurative", "overheard_talks", "listening_words")
    if root.pos_ not in ("NOUN", "PROPN") or root.tag_ not in ("NNS", "NNPS") or (
            root.lemma_.lower() not in talks):
        return False
    if any(c.dep_ == "amod" and c.lemma_.lower() in listening for c in root.children):
        return True  # "the recorded phone calls", "intercepted calls"
    tok = root
    for _ in range(2):  # "surveillance on millions of calls": through a count's "of"
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in ("on", "of", "to", "in", "into"):
            head = head.head
        elif tok.dep_ not in ("dobj", "nsubjpass"):
            return False
        # "conducted surveillance on calls": the verb's object names the listening
        if any(w.lemma_.lower() in listening or w.lower_ in listening
               for w in (head, *(c for c in head.children if c.dep_ == "dobj"))):
            return True
        if not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and head.pos_ in ("NOUN", "NUM")):
            return False
        tok = head
    return False


def _animal(root: Token) -> bool:
    """The verb's object (or passive subject) is an animal."""
    animals, = word_lists("figurative", "animals")
    objects = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    if root.dep_ == "conj":  # "shot and killed a bear": the object hangs on the last verb
        objects += [c for c in root.head.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [c for t in root.conjuncts for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(o.lemma_.lower() in animals or o.lower_ in animals for o in objects)


def _inaction(root: Token) -> bool:
    """"refused to respond", "their refusal to react": a verb of reacting with nothing of its own."""
    verbs, triggers = word_lists("figurative", "inaction_verbs", "inaction_triggers")
    if root.lemma_.lower() not in triggers:
        return False
    done = [c for c in root.children if c.dep_ in ("xcomp", "acl")]
    return bool(done) and all(
        d.lemma_.lower() in verbs and not any(
            c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "dative", "advcl") for c in d.children)
        for d in done)


def _idle(span: Span) -> bool:
    """"stood by silently", "stood by and watched": "stand by" with nothing stood by."""
    if " ".join(t.lemma_.lower() for t in span) != "stand by":
        return False
    return not any(c.dep_ in ("pobj", "dobj") for t in span for c in t.children)


def _rescue(root: Token) -> bool:
    """"free two people trapped in the rubble", "freed him from the wreckage": a rescue."""
    states, places = word_lists("figurative", "rescue_states", "rescue_places")
    if root.lemma_.lower() != "free":
        return False
    objects = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.dep_ in ("acl", "amod", "relcl") and c.lemma_.lower() in states | {
            g.lemma_.lower() for g in c.children if g.dep_ == "acomp"}
            for o in objects for c in o.children):
        return True
    return any(p.lemma_.lower() in places for c in root.children
               if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj")


def _victims(root: Token) -> bool:
    """A bare participle that names the victims as a group: "the dead and injured", "one of more
    than 50 injured", "among the wounded" (no subject, auxiliary, agent or object of its own)."""
    victims, harms = word_lists("figurative", "victim_words", "harm_participles")
    if root.tag_ != "VBN" or root.lemma_.lower() not in harms or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "dobj") for c in root.children):
        return False
    doc = root.doc
    before = doc[root.i - 1] if root.i > 0 else None
    if before is not None and before.lower_ in ("and", "or") and root.i > 1 and (
            doc[root.i - 2].lower_ in victims) and doc[root.i - 2].pos_ != "VERB":
        return True  # "the dead and injured"
    if before is not None and before.lower_ == "the":
        return True  # "among the injured"
    return root.dep_ == "acl" and root.head.pos_ == "NUM"  # "one of 50 injured", "left 10 injured"


def _spacecraft(root: Token) -> bool:
    """A probe, not "into" anything, in a sentence about space flight."""
    space, = word_lists("figurative", "space_words")
    if root.lemma_.lower() != "probe" or root.pos_ != "NOUN" or any(
            c.dep_ == "prep" and c.lower_ in ("into", "of") for c in root.children):
        return False
    return any(t.lemma_.lower() in space for t in root.sent)


def _self_compound(span: Span) -> bool:
    """"self-supporting", "up-ended": the trigger's first word is hyphened to a prefix that makes
    a word of another sense."""
    (prefixes,) = word_lists("figurative", "compound_prefixes")
    doc, i = span.doc, span.start
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_ \
        and doc[i - 2].lower_ in prefixes


_SETTING_PREPS = frozenset({"at", "in", "during", "on"})


def _medium(noun: Token, settings: frozenset[str]) -> bool:
    """A medium or an audience's occasion: "an interview", "a show", "a press conference"."""
    events, press = word_lists("figurative", "talk_press_events", "talk_press")
    if any(c.lower_ == "joint" for c in noun.children):
        return False  # "a joint press conference": the parties met
    if noun.lemma_.lower() in settings:
        return True  # "in an interview with a radio station": a medium's, whoever asks
    return noun.lemma_.lower() in events and any(  # "a press conference with his counterpart"
        c.dep_ in ("compound", "amod") and c.lower_ in press for c in noun.children) and not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


def _setting(verb: Token, settings: frozenset[str]) -> bool:
    """The verb is set in a medium or before an audience: "at a press conference", "in an interview"."""
    return any(c.dep_ == "prep" and c.lower_ in _SETTING_PREPS and any(
        p.dep_ == "pobj" and _medium(p, settings) for p in c.children) for c in verb.children)


def _public_talk(root: Token) -> bool:
    """One speaker discussing a matter in a medium or before an audience, with no partner."""
    verbs, settings, joins = word_lists("figurative", "talk_verbs", "talk_settings", "talk_joins")
    if root.lemma_.lower() not in verbs or root.pos_ != "VERB":
        return False
    chain = [root]  # the verb and those it hangs on as a participle, a purpose or a conjunct
    while chain[-1].dep_ in ("advcl", "xcomp", "conj") and len(chain) < 3:
        chain.append(chain[-1].head)
    if any(c.dep_ == "prep" and c.lower_ == "with" for v in chain for c in v.children):
        return False  # "discussed the deal with Iran", "a press conference with his counterpart"
    subjects = [c for v in chain for c in v.children if c.dep_ == "nsubj"]
    if any(s.tag_ in ("NNS", "NNPS") or s.conjuncts or s.lower_ in ("we", "they") for s in subjects):
        return False  # "the ministers discussed", "Iran and Iraq discussed": among themselves
    joined = any(v.lemma_.lower() in joins and any(
        c.dep_ == "dobj" and _medium(c, settings) for c in v.children) for v in chain[1:])
    return joined or any(_setting(v, settings) for v in chain)


def _cause_blamed(root: Token) -> bool:
    """"blamed lifestyles for the fall", "blamed the crash on the blades": what is blamed (the
    object of "on", else the object or the passive subject) is an impersonal cause."""
    verbs, causes = word_lists("figurative", "blame_verbs", "blamed_causes")
    if root.lemma_.lower() not in verbs or root.pos_ != "VERB":
        return False
    objects = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    holders = [root, *(t for o in objects for t in o.subtree)]  # "on" may hang inside the object
    blamed = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
              for p in c.children if p.dep_ == "pobj"] or objects
    blamed += [k for b in blamed for k in b.conjuncts]
    return bool(blamed) and all(b.lemma_.lower() in causes for b in blamed)


def everyday_sense(span: Span, category: str) -> bool:
    """The trigger is used in its everyday sense here, no act between parties."""
    root = span.root
    if _self_compound(span):
        return True
    if category == "PROTEST" and (_posture(span) or _shows(root)):
        return True
    if category == "CONSULT" and (_overheard(root) or _public_talk(root)):
        return True
    if category == "ACCUSE" and _cause_blamed(root):
        return True
    if category == "REJECT" and _inaction(root) or category == "SUPPORT" and _idle(span):
        return True
    if category == "RETREAT" and _rescue(root) or category == "ACCUSE" and _spacecraft(root):
        return True
    return category == "ASSAULT" and root.pos_ == "VERB" and (
        _animal(root) or _victims(root) or crash_toll(root) or collision(root))
