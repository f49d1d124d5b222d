"""Bounded caches for pure functions of text that answer with a list or with fields.

lru_cache alone would hand every caller the same list (or dict), which one of them could
change for all the others; here each call gets a list (or dicts) of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

T = TypeVar("T")
F = TypeVar("F", dict[str, str], tuple[dict[str, str], ...])


def cached_list(maxsize: int) -> Callable[[Callable[[str], list[T]]], Callable[[str], list[T]]]:
    """Decorator: FUNCTION(text) remembered for the last MAXSIZE texts, a fresh list each call."""

    def decorate(function: Callable[[str], list[T]]) -> Callable[[str], list[T]]:
        remembered = lru_cache(maxsize=maxsize)(lambda text: tuple(function(text)))

        @wraps(function)
        def wrapper(text: str) -> list[T]:
            return list(remembered(text))

        wrapper.cache_info = remembered.cache_info  # type: ignore[attr-defined]
        return wrapper

    return decorate


def cached_fields(maxsize: int) -> Callable[[Callable[..., F]], Callable[..., F]]:
    """Decorator: FUNCTION(*args), a dict of fields or a tuple of them, remembered for the
    last MAXSIZE arguments; each call gets dicts of its own (callers add to them)."""

    def decorate(function: Callable[..., F]) -> Callable[..., F]:
        remembered = lru_cache(maxsize=maxsize)(function)

        @wraps(function)
        def wrapper(*args: str) -> F:
            found = remembered(*args)
            return dict(found) if isinstance(found, dict) else tuple(map(dict, found))  # type: ignore[return-value]

        wrapper.cache_info = remembered.cache_info  # type: ignore[attr-defined]
        return wrapper

    return decorate


# entries kept by the caches that a later pass over a document's notes asks again (the
# document-wide count, the first and the second reading): the notes come in the same order
# each pass, so a cache smaller than the document forgets every answer just before it is
# asked again, and the cost per note jumps; this bounds the size up to which cost stays
# linear (131,072 notes or spans: beyond the 50,000-note book of bench_stages.py --linear)
PER_DOCUMENT = 1 << 17
