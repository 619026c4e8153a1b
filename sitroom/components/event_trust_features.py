"""The evidence the event-trust model (``event_trust``) weighs about each event, as named features.

The trigger word and its part of speech, the category and status coded from it and whether the
clause bears that status out, where it sits in the clause, whether its doer is its grammatical
subject (or another party, a pronoun, a passive subject stands there), what kind of parties it
has, the document's domain, a caption, headline fragment, question or quotation. Features are
0/1 indicators named ``group=value``; ``audit/train_events.py`` learns their weights.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sitroom.components.event_domain import cue_words, doc_domain, domains, off_domain, political
from sitroom.model import Event
from sitroom.components.doc_text import text_of
from sitroom.components.span_records import recorded

__all__ = ["DocContext", "context", "features"]


_SUBJ = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})
_END = (".", "!", "?", '"', "'", "\u201d", "\u2019", ")")
_BACKGROUND = frozenset({"relcl", "acl", "amod", "pcomp", "compound", "appos"})
_NEGATIONS = frozenset({"not", "n't", "never", "no", "deny", "denied", "denies"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
_VERBS = frozenset({"VERB", "AUX"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "pcomp", "appos"})
_SPEECH = frozenset({"say", "tell", "report", "claim", "add", "state", "announce", "write", "accuse"})
_GOVERNED = frozenset({"xcomp", "ccomp", "pobj", "dobj", "advcl", "acl", "conj", "nsubj", "nsubjpass"})


@dataclass(frozen=True)
class DocContext:
    """What every event of a document shares, read once per document."""

    topic: str | None  # the document's non-political domain (``doc_domain``)
    words: set[str]  # its ``cue_words``
    kinds: dict[str, str]  # actor id -> kind ("sector" for generic actors)
    by_sentence: dict[int, dict[str, Span]]  # sentence start -> actor id -> its mention there
    quoted: frozenset[int]  # tokens inside a direct quote
    per_sentence: dict[int, int]  # sentence start -> how many events were found in it
    countries: dict[str, str]  # actor id -> the country it belongs to, where known
    sentences: dict[int, int]  # sentence start -> its index in the document


def context(doc: Doc) -> DocContext:
    words = cue_words(doc)
    actors = recorded(doc, "actors")
    by_sentence: dict[int, dict[str, Span]] = {}
    for s, a in actors:
        by_sentence.setdefault(s.sent.start, {})[a.id] = s
    return DocContext(
        topic=doc_domain(doc, words), words=words,
        kinds={a.id: (a.kind if not a.sector else "sector") for _, a in actors},
        by_sentence=by_sentence,
        quoted=frozenset(i for q in doc.spans.get("quotes", ()) for i in range(q.start, q.end)),
        per_sentence=Counter(s.sent.start for s in doc.spans.get("events", ())),
        countries={a.id: a.country for _, a in actors if a.country},
        sentences={s.start: i for i, s in enumerate(doc.sents)})


def _clause_subjects(tok: Token) -> list[Token]:
    """Subjects of the trigger's clause: its own, or, for a noun or infinitive, its governor's."""
    out, cur = [], tok
    for _ in range(3):
        out += [c for c in cur.children if c.dep_ in _SUBJ]
        if c_agent := [g for c in cur.children if c.dep_ == "agent" for g in c.children]:
            out += c_agent
        if out or cur.head is cur:
            break
        cur = cur.head
    return out


def _bucket(n: int, cuts: tuple[int, ...]) -> str:
    for c in cuts:
        if n <= c:
            return f"<={c}"
    return f">{cuts[-1]}"


def features(span: Span, ctx: DocContext) -> dict[str, float]:
    """The evidence about one event span (``span._.event``) of a document, as named features."""
    ev = span._.event
    tok = span.root
    sent = span.sent
    topic, kinds = ctx.topic, ctx.kinds
    f: dict[str, float] = {
        f"status={ev.status}": 1, f"pos={tok.pos_}": 1, f"dep={tok.dep_}": 1,
        f"actors={min(len(ev.actors), 2)}": 1, f"targets={min(len(ev.targets), 2)}": 1,
        f"date_source={ev.date_source or '-'}": 1, f"domain={topic or '-'}": 1,
        f"sent_len={_bucket(len(sent), (8, 15, 30, 50))}": 1,
    }
    refs = ctx.by_sentence.get(sent.start, {})
    for role, ids in (("actor", ev.actors), ("target", ev.targets)):
        for k in {kinds.get(i, "other") for i in ids}:
            f[f"{role}_kind={k}"] = 1
    subjects = {t.i for t in _clause_subjects(tok)}
    doer_spans = [refs[a] for a in ev.actors if a in refs]
    if doer_spans:
        if any(subjects & {t.i for t in s} for s in doer_spans):
            f["doer_is_subject"] = 1
        for s in doer_spans:  # how the doer is tied to the trigger: "Iraq war", "Russia's attack"
            rel = s.root.dep_ if s.root.head.i == tok.i else ("via_" + s.root.head.dep_ if
                                                              s.root.head.head.i == tok.i else "far")
            f[f"doer_rel={rel}"] = 1
            f[f"doer_rel_kind={rel}/{kinds.get(s._.actor.id, 'other')}"] = 1
        dist = min(min(abs(t.i - tok.i) for t in s) for s in doer_spans)
        f[f"doer_dist={_bucket(dist, (2, 5, 10, 20))}"] = 1
    elif ev.actors:
        f["doer_elsewhere"] = 1  # the doer comes from another sentence (a pronoun, an earlier clause)
    # the clause's mood beyond what the status rules read: tense, auxiliaries, the governing word
    f[f"tag={tok.tag_}"] = 1
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass", "neg"):
            f[f"aux={c.lower_}"] = 1
    words = {t.lower_ for t in sent}
    if any(t.tag_ == "MD" for t in sent):
        f["sent_modal"] = 1
    if words & _NEGATIONS:
        f["sent_negation"] = 1
    if words & _CONDITIONS:
        f["sent_condition"] = 1
    if tok.dep_ in _BACKGROUND:
        f["background_clause"] = 1
    if sent.start == 0:
        f["first_sentence"] = 1
    if not sent.text.rstrip().endswith(_END):
        f["no_final_stop"] = 1
    if tok.i > sent.start and tok.text[:1].isupper() and not tok.ent_type_:
        f["capitalised_trigger"] = 1
    if tok.i in ctx.quoted:
        f["quoted"] = 1
    if off_domain(sent, topic):
        f["off_domain"] = 1
    sent_words = cue_words(sent)
    for name, dom in domains().items():  # sport, entertainment, commerce
        f[f"doc_cues_{name}={_bucket(len(ctx.words & dom.words), (0, 2, 5))}"] = 1
        if in_sent := len(sent_words & dom.words):
            f[f"sent_cues_{name}={_bucket(in_sent, (1,))}"] = 1
    if ev.counts:
        f["has_counts"] = 1
    if len(ev.mentions) > 1:
        f["mentioned_again"] = 1
    if ev.place:
        f["has_place"] = 1
    f.update(_coding(ev, tok))
    for cue in _mood(tok) or ("none",):  # whether the clause bears out the status coded
        f[f"status_cue={ev.status}/{cue}"] = 1
    f.update(_form(sent))
    f.update(_roles(tok, ev, refs, kinds, subjects, doer_spans))
    f.update(_parties(tok, ev, refs, kinds))
    f[f"sent_actors={_bucket(len(refs), (1, 2, 4))}"] = 1
    f[f"sent_events={_bucket(ctx.per_sentence.get(sent.start, 0), (1, 2, 4))}"] = 1
    f.update(_clause(tok))
    f.update(_kinds(ev, ctx))
    f.update(_shape(sent, ctx))
    return f


def _coding(ev: Event, tok: Token) -> dict[str, float]:
    """What the rules coded and from which word: some words and categories are coded well, some
    badly, and a status is right more often for some categories than others."""
    f: dict[str, float] = {f"type={ev.type}": 1, f"type_status={ev.type}/{ev.status}": 1,
                           f"lemma={tok.lemma_.lower()}": 1, f"type_pos={ev.type}/{tok.pos_}": 1,
                           f"lemma_type={tok.lemma_.lower()}/{ev.type}": 1}
    if tok.dep_ in _GOVERNED:  # the word that governs the act: "plans to visit", "discussed ... talks"
        f[f"governor={tok.head.lemma_.lower()}"] = 1
    return f


def _mood(tok: Token) -> set[str]:
    """The mood cues of the trigger's own clause (and of the verb governing an infinitive or a
    noun): negation, a modal, a future, a condition, a past tense, an infinitive."""
    cues: set[str] = set()
    words = list(tok.children)
    if tok.dep_ in ("xcomp", "dobj", "pobj", "nsubj", "nsubjpass") or tok.pos_ == "NOUN":
        words += list(tok.head.children) + [tok.head]
    for w in words:
        low = w.lower_
        if w.dep_ == "neg" or low in ("never", "n't", "not"):
            cues.add("neg")
        elif w.tag_ == "MD":
            cues.add("future" if low in ("will", "'ll", "shall") else "modal")
        elif w.dep_ == "mark" and low in _CONDITIONS:
            cues.add("cond")
        elif w.dep_ == "aux" and low == "to":
            cues.add("to")
        elif w.lemma_ in ("plan", "intend", "seek", "expect", "want", "ready", "prepare", "aim"):
            cues.add("intent")
    if tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(c.lemma_ == "have" for c in tok.children)):
        cues.add("past")
    return cues


def _form(sent: Span) -> dict[str, float]:
    """How the sentence looks: captions, headlines, bylines and lists of links are no reports."""
    f: dict[str, float] = {}
    words = [t for t in sent if t.is_alpha]
    if not any(t.tag_ in _FINITE for t in sent):
        f["no_finite_verb"] = 1
    inner = [t for t in words[1:] if len(t) > 3]
    if len(inner) >= 3 and sum(t.text[0].isupper() for t in inner) >= 0.6 * len(inner):
        f["title_case"] = 1
    if "\n" in sent.text.strip():
        f["line_break"] = 1
    if len(words) <= 12 and not sent.text.rstrip().endswith(_END):
        f["short_fragment"] = 1
    if sent.text.rstrip().endswith("?") or any(t.text == "?" for t in sent):
        f["question"] = 1
    if sent.text.lstrip()[:1] in ("(", "[", "*", "-", "\u2022"):
        f["bracket_or_bullet"] = 1
    return f


def _roles(tok: Token, ev: Event, refs: dict[str, Span], kinds: dict[str, str], subjects: set[int],
           doer_spans: list[Span]) -> dict[str, float]:
    """Whether the parse agrees with the parties coded: a clause subject that is not the doer (a
    person, a pronoun, a common noun) or a target standing as the subject suggests a wrong doer."""
    f: dict[str, float] = {}
    doer_tokens = {t.i for s in doer_spans for t in s}
    target_tokens = {t.i for a in ev.targets if a in refs for t in refs[a]}
    if not subjects:
        f["no_subject"] = 1
    elif not subjects & doer_tokens:
        subj = tok.doc[min(subjects)]
        f["subject_not_doer"] = 1
        f[f"subject_not_doer={subj.pos_}"] = 1
        if subjects & target_tokens:
            f["target_is_subject"] = 1
        if not any(subjects & {t.i for t in s} for s in refs.values()):
            f["subject_not_an_actor"] = 1
    if doer_spans:
        side = "before" if min(s.start for s in doer_spans) < tok.i else "after"
        f[f"doer_side={side}"] = 1
    if tok.pos_ in ("NOUN", "PROPN"):
        owners = [c for c in tok.children if c.dep_ == "poss"]
        if owners and not any(o.i in doer_tokens for o in owners):
            f["owner_not_doer"] = 1
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        f["passive"] = 1
        if subjects & doer_tokens:
            f["doer_undergoes"] = 1  # "X was charged": the subject of a passive suffers the act
    for t in subjects:
        inner = {d.i for d in tok.doc[t].subtree} - {d.i for d in tok.doc[t].children
                                                       if d.dep_ == "compound"} - {t}
        if inner & doer_tokens and not doer_tokens & {t}:
            f["doer_inside_subject"] = 1  # "women who accused Trump called for ...": not Trump
        if tok.doc[t].pos_ == "PRON" and doer_spans:
            kind = kinds.get(doer_spans[0]._.actor.id, "other")
            f[f"pronoun_kind={tok.doc[t].lower_}/{kind}"] = 1
    if doer_spans:
        nearest = min(min(abs(t.i - tok.i) for t in s) for s in doer_spans)
        others = [s for a, s in refs.items() if a not in ev.actors and a not in ev.targets]
        if any(min(abs(t.i - tok.i) for t in s) < nearest for s in others):
            f["closer_actor"] = 1  # another party stands nearer the trigger than the doer
        for s in doer_spans:
            head = s.root.head
            if s.root.dep_ in _SUBJ and head.i not in (tok.i, tok.head.i) and head.pos_ in _VERBS:
                f["doer_subject_of_other_verb"] = 1  # "X needed them to back it": X backs nothing
    return f


def _parties(tok: Token, ev: Event, refs: dict[str, Span], kinds: dict[str, str]) -> dict[str, float]:
    """How the targets are tied to the trigger, and how many doers the event claims."""
    f: dict[str, float] = {}
    for a in ev.targets:  # "attacked X", "talks with X", or a target from another sentence
        if a in refs:
            root = refs[a].root
            rel = (root.dep_ if root.head.i == tok.i else "via_" + root.head.dep_ if
                   root.head.head.i == tok.i else "far")
            f[f"target_rel={rel}"] = 1
        else:
            f["target_elsewhere"] = 1
    if len(ev.actors) > 1:
        f["several_doers"] = 1
    for a in ev.actors:
        if kinds.get(a) == "person" and a in refs and refs[a].root.ent_type_ not in ("PERSON", ""):
            f["person_not_person_entity"] = 1
    return f


def _clause(tok: Token) -> dict[str, float]:
    """The clauses the trigger sits in: a relative or adverbial clause, reported speech, a
    negated or modal governor ("did not decide to attack"), a preposition ("talks on trade")."""
    f: dict[str, float] = {}
    if tok.dep_ == "pobj":
        f[f"prep={tok.head.lower_}"] = 1
    ancestors = list(tok.ancestors)
    for dep in {a.dep_ for a in [tok, *ancestors[:-1]]} & _CLAUSES:
        f[f"under={dep}"] = 1
    if any(a.lemma_.lower() in _SPEECH for a in ancestors):
        f["under_speech"] = 1
    if any(c.dep_ == "neg" for a in ancestors[:2] for c in a.children):
        f["governor_negated"] = 1
    if any(c.tag_ == "MD" for a in ancestors[:2] for c in a.children):
        f["governor_modal"] = 1
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        f["indefinite_noun"] = 1  # "a visit", "an attack": often generic or hypothetical
    if tok.tag_ == "NNS":
        f["plural_noun"] = 1
    return f


def _kinds(ev: Event, ctx: DocContext) -> dict[str, float]:
    """Whether the category fits its doers' kinds (a person who "attacks" often only criticises),
    how the two sides' kinds pair, whether the doer is known, whether both sides are one country."""
    f: dict[str, float] = {}
    a_kinds = sorted({ctx.kinds.get(i, "other") for i in ev.actors}) or ["none"]
    t_kinds = sorted({ctx.kinds.get(i, "other") for i in ev.targets}) or ["none"]
    for a in a_kinds:
        f[f"type_actor={ev.type}/{a}"] = 1
        for t in t_kinds:
            f[f"kind_pair={a}>{t}"] = 1
    known = [political(i) for i in ev.actors]
    f[f"doer_known={'all' if all(known) else 'some' if any(known) else 'none'}"] = 1
    a_c = {ctx.countries[i] for i in ev.actors if i in ctx.countries}
    t_c = {ctx.countries[i] for i in ev.targets if i in ctx.countries}
    if a_c and t_c:
        f["same_country" if a_c & t_c else "other_country"] = 1
    if set(ev.actors) & set(ev.targets):
        f["doer_is_target"] = 1
    return f


def _shape(sent: Span, ctx: DocContext) -> dict[str, float]:
    """How long the sentence and its line are, how much of it is capitalised, and where it stands
    in the document (a lead reports the news, the tail background and boilerplate)."""
    f: dict[str, float] = {}
    text = text_of(sent.doc)
    start, end = text.rfind("\n", 0, sent.start_char) + 1, text.find("\n", sent.end_char)
    f[f"line_chars={_bucket((end if end >= 0 else len(text)) - start, (40, 80, 200, 400))}"] = 1
    f[f"sent_chars={_bucket(len(sent.text), (40, 80, 160, 300))}"] = 1
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    if words:
        tenths = int(10 * sum(t.text[0].isupper() for t in words) / len(words))
        f[f"caps={_bucket(tenths, (1, 3, 5))}"] = 1
    f[f"sent_index={_bucket(ctx.sentences.get(sent.start, 0), (0, 2, 5, 10, 20))}"] = 1
    f[f"doc_pos={_bucket(int(10 * sent.start_char / max(1, len(text))), (1, 4, 7))}"] = 1
    return f
