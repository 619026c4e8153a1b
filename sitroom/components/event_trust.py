"""spaCy component "sitroom_event_trust": how far an analyst can trust each event.

The lexicon-and-parse rules find acts; whether a found act is right (an act the sentence
reports, in the right category and status, with the right parties) depends on evidence no single
rule weighs: the trigger word and its part of speech, where it sits in the clause, whether its
doer is its grammatical subject, what kind of parties it has, the document's domain, a headline
fragment or a quotation. This component weighs that evidence with a logistic model whose weights
were learned from events judged by reading their sentences on dev articles (never the audit
mix): ``python -m audit.train_events`` writes ``sitroom/data/event_trust.yaml``.

Each event gets ``confidence`` (the model's probability that it is right) and ``doubtful`` when
that falls under the threshold stored with the weights; a doubtful event stays in the store and
the export but the picture does not show it by default (``Event.shown``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitroom.components import ensure_extensions
from sitroom.components.event_domain import cue_words, doc_domain, domains, off_domain
from sitroom.errors import ConfigError

__all__ = ["DocContext", "EventTrust", "TrustModel", "context", "features", "model", "trust_events"]

_SUBJ = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})
_END = (".", "!", "?", '"', "'", "\u201d", "\u2019", ")")
_BACKGROUND = frozenset({"relcl", "acl", "amod", "pcomp", "compound", "appos"})
_NEGATIONS = frozenset({"not", "n't", "never", "no", "deny", "denied", "denies"})
_CONDITIONS = frozenset({"if", "unless", "whether"})


@dataclass(frozen=True)
class TrustModel:
    """Logistic weights over named features, and the confidence under which an event is doubtful."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def confidence(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def load(text: str, source: str = "event_trust.yaml") -> TrustModel:
    data = yaml.safe_load(text) or {}
    try:
        weights = {str(k): float(v) for k, v in (data.get("weights") or {}).items()}
        bias, threshold = float(data["bias"]), float(data["threshold"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"{source}: needs numeric 'bias', 'threshold' and a 'weights' map ({exc}); "
                          "rebuild it with python -m audit.train_events") from exc
    if not 0.0 <= threshold <= 1.0:
        raise ConfigError(f"{source}: threshold {threshold} is not a probability between 0 and 1")
    return TrustModel(weights, bias, threshold)


@lru_cache(maxsize=1)
def model() -> TrustModel:
    """The shipped model (``sitroom/data/event_trust.yaml``)."""
    return load(resources.files("sitroom.data").joinpath("event_trust.yaml").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class DocContext:
    """What every event of a document shares, read once per document."""

    topic: str | None  # the document's non-political domain (``doc_domain``)
    words: set[str]  # its ``cue_words``
    kinds: dict[str, str]  # actor id -> kind ("sector" for generic actors)
    by_sentence: dict[int, dict[str, Span]]  # sentence start -> actor id -> its mention there
    quoted: frozenset[int]  # tokens inside a direct quote


def context(doc: Doc) -> DocContext:
    words = cue_words(doc)
    actors = [s for s in doc.spans.get("actors", ()) if s._.actor is not None]
    by_sentence: dict[int, dict[str, Span]] = {}
    for s in actors:
        by_sentence.setdefault(s.sent.start, {})[s._.actor.id] = s
    return DocContext(
        topic=doc_domain(doc, words), words=words,
        kinds={s._.actor.id: (s._.actor.kind if not s._.actor.sector else "sector") for s in actors},
        by_sentence=by_sentence,
        quoted=frozenset(i for q in doc.spans.get("quotes", ()) for i in range(q.start, q.end)))


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
    return f


def trust_events(doc: Doc, trust: TrustModel | None = None) -> None:
    """Set ``confidence`` and ``doubtful`` on every event of the document."""
    spans = list(doc.spans.get("events", ()))
    if not spans:
        return
    trust = trust or model()
    ctx = context(doc)
    for span in spans:
        p = trust.confidence(features(span, ctx))
        span._.event = replace(span._.event, confidence=round(p, 3), doubtful=p < trust.threshold)


class EventTrust:
    """Callable pipeline component around ``trust_events``."""

    def __call__(self, doc: Doc) -> Doc:
        trust_events(doc)
        return doc


@Language.factory("sitroom_event_trust", requires=["doc.spans"], assigns=["doc.spans"])
def make_event_trust(nlp: Language, name: str) -> EventTrust:
    """Factory for the event-trust component (after the events and event-counts components)."""
    ensure_extensions()
    model()  # fail at start-up, not on the first document, when the weights file is bad
    return EventTrust()
