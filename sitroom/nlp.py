"""Builds the spaCy pipeline: the model plus our components, in one place."""

from __future__ import annotations

import ctypes
import importlib
import os
from contextlib import nullcontext
from functools import lru_cache

import numpy
import spacy
from spacy.language import Language
from thinc.api import use_ops

from sitroom.components import ensure_extensions
from sitroom.nlp_options import COMPONENTS, MODEL, NlpOptions

__all__ = ["COMPONENTS", "MODEL", "NlpOptions", "add_components", "bare", "build", "single_thread_blas"]


def add_components(nlp: Language, options: NlpOptions = NlpOptions()) -> Language:
    """Add sitroom's components to ``nlp`` (a trained model or ``spacy.blank('en')``)."""
    ensure_extensions()
    wanted = options.components
    for factory, module, where in COMPONENTS:
        if wanted is not None and factory not in wanted:
            continue
        importlib.import_module(module)
        place = {k: v for k, v in where.items() if v in nlp.pipe_names}
        nlp.add_pipe(factory, config=options.component_config(factory), **place)
    return nlp


@lru_cache(maxsize=4)
def build(options: NlpOptions = NlpOptions()) -> Language:
    """Load the model and add our components; cached per options."""
    numpy_gemm = options.fast and single_thread_blas()
    with use_ops("numpy", use_blis=False) if numpy_gemm else nullcontext():
        nlp = spacy.load(options.model, exclude=list(options.disable))
    if options.fast:
        from sitroom.components.model_memo import memoise

        memoise(nlp)
    return add_components(nlp, options)


_BLAS_THREADS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads",
                 "openblas_set_num_threads64_", "openblas_set_num_threads")


@lru_cache(maxsize=1)
def single_thread_blas() -> bool:
    """Put numpy's OpenBLAS on one thread; True when done (Linux, numpy built on OpenBLAS).

    Why: the model's layers multiply through thinc's ``blis``, whose wheel falls back to its
    generic reference kernel on CPUs it does not know (the AMD EPYC here: 27% of bare spaCy's
    time in ``bli_sgemm_generic_ref``). numpy's OpenBLAS picks a tuned kernel at run time, but
    on several threads it spins on idle cores, which costs CPU and fights ``--workers``; on one
    thread the same products take a third of the time. Where this cannot be arranged, the model
    keeps ``blis``. The products differ from blis's in rounding only
    (``tests/test_fast_nlp.py`` compares every record of 200 real articles).
    """
    try:
        with open("/proc/self/maps", encoding="utf-8") as fh:  # the libraries this process loaded
            maps = [line.split() for line in fh]
    except OSError:
        return False
    # numpy's own copy (its wheel ships it in "numpy.libs"); scipy's or another library's copy
    # set to one thread would leave numpy's products on many
    own = os.path.dirname(numpy.__file__) + ".libs" + os.sep
    paths = {f[5] for f in maps if len(f) >= 6 and f[5].startswith(own) and "openblas" in f[5].lower()}
    for path in sorted(paths):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for name in _BLAS_THREADS:
            setter = getattr(lib, name, None)
            if setter is not None:
                setter(1)
                return True
    return False


def bare(model: str = MODEL) -> Language:
    """The model alone, for measuring what our components add."""
    return spacy.load(model)
