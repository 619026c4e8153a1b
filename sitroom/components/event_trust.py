"""spaCy component "sitroom_event_trust": how far an analyst can trust each event.

The lexicon-and-parse rules find acts; whether a found act is right (an act the sentence
reports, in the right category and status, with the right parties) depends on evidence no single
rule weighs: the trigger word and its part of speech, the category and status coded from it and
whether the clause bears that status out, where it sits in the clause, whether its doer is its
grammatical subject (or another party, a pronoun, a passive subject stands there), what kind of
parties it has, the document's domain, a caption, headline fragment, question or quotation.
This component weighs that evidence with a logistic model whose weights were learned from
events judged by reading their sentences on dev articles (never the audit mix):
``python -m audit.train_events`` writes ``sitroom/data/event_trust.yaml``.

Each event gets ``confidence`` (the model's probability that it is right) and ``doubtful`` when
that falls under the threshold stored with the weights; a doubtful event stays in the store and
the export but the picture does not show it by default (``Event.shown``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

from sitroom.components import ensure_extensions
from sitroom.components.event_trust_features import DocContext, context, features
from sitroom.data_yaml import load_yaml
from sitroom.errors import ConfigError

__all__ = ["DocContext", "EventTrust", "TrustModel", "context", "features", "model", "trust_events"]


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
    data = load_yaml(text) or {}
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
