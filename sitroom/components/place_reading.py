"""spaCy component "sitroom_place_reading": whether a country's or a capital's name is the land or
the state.

The hand rules of ``places.py`` (the ``place_*`` readings) each catch one shape in which a name
stands for its state ("Ruritania said", "sanctions on Ruritania", "Zenda's stance"); the shapes no
rule fits stay literal places, and a rule's shape now and then catches a land ("flights between
Zenda and Strelsau"). This component weighs the name's neighbourhood in the parse
(``place_reading_features``) with a logistic model whose weights were learned from mentions judged
by reading their sentences on dev articles (never the audit mix): ``python -m
audit.train_place_reading`` writes ``sitroom/data/place_reading.yaml``. Where the rules left the
name literal and the model's probability of a metonym reaches ``to_metonym`` it becomes a metonym;
where the rules made it a metonym and the probability falls to ``to_literal`` or below it becomes a
literal place again. Both thresholds were chosen out of fold so that at least four flips in five
are right; a country listed with a name the model turns into its state follows it, as the rules'
own metonyms carry their lists (``place_conjuncts``). A name the words make a market's party
("buying by Ruritania", "its trading partners are Ruritania and Zenda") stays the land, as the
rules and the judges read it. Only a country's name or a national capital's is read, outside
datelines and names.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from sitroom.components import ensure_extensions
from sitroom.components.place_conjuncts import coordinated_with, country_runs
from sitroom.components.place_cues import SPORT_CUES
from sitroom.components.place_reading_features import ReadingContext, features, in_trade
from sitroom.components.sports import sports_story
from sitroom.data_yaml import load_yaml
from sitroom.errors import ConfigError
from sitroom.resolve.gazetteer import Gazetteer, default_gazetteer

__all__ = ["PlaceReading", "ReadingModel", "candidates", "load", "model", "read_places"]


@dataclass(frozen=True)
class ReadingModel:
    """Logistic weights over named features, and the probabilities of a metonym at which a literal
    name becomes a metonym (``to_metonym``) and a metonym a literal name (``to_literal``); None
    leaves that reading as the rules made it."""

    weights: dict[str, float]
    bias: float
    to_metonym: float | None
    to_literal: float | None

    def probability(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _threshold(data: dict, key: str, source: str) -> float | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool):  # YAML reads yes/no/on/off as booleans, which float() would take
        raise ConfigError(f"{source}: {key} {value!r} is not a number")
    try:
        t = float(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{source}: {key} {value!r} is not a number") from exc
    if not 0.0 <= t <= 1.0:
        raise ConfigError(f"{source}: {key} {t} is not a probability between 0 and 1")
    return t


def load(text: str, source: str = "place_reading.yaml") -> ReadingModel:
    """The model of a ``place_reading.yaml`` text; a ConfigError that says how to rebuild it."""
    data = load_yaml(text)
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: expected a map with 'bias', 'weights', 'to_metonym' and 'to_literal'; "
                          "rebuild it with python -m audit.train_place_reading")
    try:
        weights = {str(k): float(v) for k, v in (data.get("weights") or {}).items()}
        bias = float(data["bias"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"{source}: needs a numeric 'bias' and a 'weights' map of numbers ({exc!r}); "
                          "rebuild it with python -m audit.train_place_reading") from exc
    return ReadingModel(weights, bias, _threshold(data, "to_metonym", source), _threshold(data, "to_literal", source))


@lru_cache(maxsize=1)
def model() -> ReadingModel:
    """The shipped model (``sitroom/data/place_reading.yaml``)."""
    return load(resources.files("sitroom.data").joinpath("place_reading.yaml").read_text(encoding="utf-8"))


def _kind(span: Span, gaz: Gazetteer) -> str | None:
    """"country" or "capital" for a country's or a national capital's name, else None."""
    ref = span._.place
    if ref is None:
        return None
    if ref.feature == "country":
        return "country"
    if ref.feature == "city" and ref.country and any(c.pid == ref.id for c in gaz.capitals(ref.country)):
        return "capital"
    return None


def candidates(doc: Doc, gaz: Gazetteer | None = None) -> list[tuple[Span, str, str]]:
    """(span, rule's reading, kind) of every country's or capital's name the rules read as a
    literal place or a metonym; a literal place that a reference claims (a dateline) is left out."""
    gaz = gaz or default_gazetteer()
    refs = list(doc.spans.get("place_refs", ()))
    claimed = {(s.start, s.end) for s in refs}
    out = []
    for span in doc.spans.get("places", ()):
        if (span.start, span.end) not in claimed and (kind := _kind(span, gaz)):
            out.append((span, "literal", kind))
    for span in refs:
        if span.label_ == "METONYM" and (kind := _kind(span, gaz)):
            out.append((span, "metonym", kind))
    return out


def read_places(doc: Doc, reading: ReadingModel | None = None, gaz: Gazetteer | None = None) -> None:
    """Move the names the model reads otherwise than the rules between ``doc.spans["places"]``
    (literal) and ``doc.spans["place_refs"]`` (label METONYM)."""
    found = candidates(doc, gaz)
    if not found:
        return
    reading = reading or model()
    ctx = ReadingContext.of(doc, sports_story(doc, SPORT_CUES), [s for s, _, _ in found])
    to_state, to_land = [], []
    for span, rule, kind in found:
        p = reading.probability(features(span, rule, kind, ctx))
        if rule == "literal" and reading.to_metonym is not None and p >= reading.to_metonym \
                and not in_trade(span):
            to_state.append(span)
        elif rule == "metonym" and reading.to_literal is not None and p <= reading.to_literal:
            to_land.append(span)
    if not (to_state or to_land):
        return
    if to_state and not ctx.sport:
        # a country listed with one now read as its state is the state too, as the rules read
        # their own ("Ruritania and Zenda have long shared ...")
        countries = [s for s, _, kind in found if kind == "country"]
        runs = country_runs(countries)
        to_state += [s for s, rule, kind in found if rule == "literal" and kind == "country"
                     and s not in to_state and coordinated_with(s, to_state, runs)]
    moved_out = {(s.start, s.end) for s in to_state}
    moved_back = {(s.start, s.end) for s in to_land}
    places = [s for s in doc.spans["places"] if (s.start, s.end) not in moved_out]
    refs = [s for s in doc.spans.get("place_refs", ()) if (s.start, s.end) not in moved_back]
    places += [_relabelled(s, s._.place.feature.upper()) for s in to_land]
    refs += [_relabelled(s, "METONYM") for s in to_state]
    doc.spans["places"] = filter_spans(sorted(places, key=lambda s: s.start))
    doc.spans["place_refs"] = filter_spans(sorted(refs, key=lambda s: s.start))


def _relabelled(span: Span, label: str) -> Span:
    out = Span(span.doc, span.start, span.end, label=label)
    out._.place = span._.place
    return out


class PlaceReading:
    """Callable pipeline component around ``read_places``."""

    def __call__(self, doc: Doc) -> Doc:
        read_places(doc)
        return doc


@Language.factory("sitroom_place_reading", requires=["doc.spans"], assigns=["doc.spans"])
def make_place_reading(nlp: Language, name: str) -> PlaceReading:
    """Factory for the place-reading component (right after the places component)."""
    ensure_extensions()
    model()  # fail at start-up, not on the first document, when the weights file is bad
    return PlaceReading()
