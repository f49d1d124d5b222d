"""A bounded cache for pure functions of one text that answer with a list.

lru_cache alone would hand every caller the same list, which one of them could change for
all the others; here the cache keeps a tuple and each call gets a list of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

T = TypeVar("T")


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


# entries kept by the caches that a later pass over a document's notes asks again (the
# document-wide count, the first and the second reading): the notes come in the same order
# each pass, so a cache smaller than the document forgets every answer just before it is
# asked again, and the cost per note jumps; this bounds the size up to which cost stays
# linear (131,072 notes or spans: beyond the 50,000-note book of bench_stages.py --linear)
PER_DOCUMENT = 1 << 17
