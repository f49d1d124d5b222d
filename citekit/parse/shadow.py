"""A Unicode-wide pattern that is compiled only once a match is possible.

A widened character class ("A-Z" made every Latin, Greek and Cyrillic capital: uregex) costs
about a millisecond to compile, and a name pattern holds a dozen; many such patterns find
nothing in a whole document (an ISO 690 head in a Chicago book), yet each was compiled at its
first call. Here each call first asks a shadow of the pattern: the same source with each
widened class of its own written "\\w" (every letter is a word character), which compiles in a
fraction of the time. A wider class can only let more texts match, except inside a negated
class, a negative look-around or an atomic group (there the shadow keeps the widened class)
or under a possessive repeat or a conditional (then no shadow is made). So every match of the
pattern is a match of its shadow: where the shadow finds nothing the answer is "no match", to
the byte, and the pattern is compiled at the first text where the shadow finds something.
From then on the pattern answers alone, as it does from the start of a run where an earlier
run kept its compiled program (patterncache).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from citekit import patterncache
from citekit.parse import deferred

# the calls the shadow answers for while the pattern is not compiled
_TESTED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
# groups inside which a wider class could make a pattern match less: negative look-arounds, and
# atomic groups (they keep their first way of matching whatever follows fails)
_NARROWING_GROUPS = ("(?!", "(?<!", "(?>")
# possessive repeats, verbose or ASCII mode set inside the pattern, conditionals: no shadow
_UNSAFE = ("*+", "++", "?+", "}+", "(?x", "(?a", "(?(")


def shadow_of(source: str, flags: int, held: str, widen: Callable[[str], str]) -> str | None:
    """SOURCE with each "A-Z" and "a-z" of a plain class written HELD (a class holding every
    letter they are widened to), and those of a negated class, a negative look-around or an
    atomic group widened by WIDEN as in the pattern; None where no shadow is known to stand
    for the pattern (possessive repeats, conditionals, a range outside a class)."""
    if any(mark in source for mark in _UNSAFE) or flags & re.ASCII:  # ASCII: \w is then a-z, 0-9, _
        return None
    verbose, inside, out, at, in_classes = bool(flags & re.VERBOSE), [], [], 0, 0
    while at < len(source):
        char = source[at]
        if char == "[":
            end = _class_end(source, at) + 1
            body = source[at:end]
            narrowing = body.startswith("[^") or any(inside)
            in_classes += body.count("A-Z") + body.count("a-z")
            out.append(widen(body) if narrowing else body.replace("A-Z", held).replace("a-z", held))
            at = end
            continue
        step = 2 if char == "\\" else 1
        if char == "#" and verbose:
            newline = source.find("\n", at)
            step = (len(source) if newline < 0 else newline + 1) - at
        elif char == "(":
            inside.append(source.startswith(_NARROWING_GROUPS, at))
        elif char == ")" and inside:
            inside.pop()
        out.append(source[at : at + step])
        at += step
    if in_classes != source.count("A-Z") + source.count("a-z"):
        return None  # a range outside a class (or in a comment): widened as written
    return "".join(out)


def _class_end(source: str, start: int) -> int:
    """The index of the "]" closing the class opened at START ("[]…]", "[^]…]": a first "]"
    is a member)."""
    at = start + 1
    at += source.startswith("^", at)
    at += source.startswith("]", at)
    while at < len(source) and source[at] != "]":
        at += 2 if source[at] == "\\" else 1
    return at


class Shadowed(deferred.Pattern):
    """SOURCE (widened) compiled with FLAGS on first use, or, where SHADOW_FOR(ASKED, FLAGS)
    (ASKED: the source as written) gives a shadow, once the shadow finds a match; until then
    the shadow's "no match" is the answer. The shadow is made at the first call, not at import."""

    def __init__(
        self,
        source: str,
        flags: int,
        asked: str,
        shadow_for: Callable[[str, int], str | None],
    ) -> None:
        super().__init__(source, flags)
        self.asked, self.shadow_for = asked, shadow_for

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - whatever re.Pattern answers
        if name in ("pattern", "declared_flags", "asked", "shadow_for"):  # a copy before __init__
            raise AttributeError(name)
        if patterncache.kept(self.pattern, self.declared_flags):
            return super().__getattr__(name)  # made from an earlier run's program: no shadow
        held = self.shadow_for(self.asked, self.declared_flags) if name in _TESTED else None
        if held is None:
            return super().__getattr__(name)  # compiled now, as a deferred pattern
        test = patterncache.compile(held, self.declared_flags)
        for method in _TESTED:
            setattr(self, method, _asking_first(self, method, test))
        return getattr(self, name)

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return Shadowed, (self.pattern, self.declared_flags, self.asked, self.shadow_for)


def _asking_first(pattern: Shadowed, method: str, test: re.Pattern[str]) -> Callable[..., Any]:
    """PATTERN's METHOD answering "no match" where TEST finds none, else compiling PATTERN
    (which then puts its own methods in place of these) and asking it. search, match and
    fullmatch ask the shadow the same question; the others whether it matches anywhere."""
    if method in ("search", "match", "fullmatch"):
        same = getattr(test, method)

        def answer(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - as re.Pattern's method
            if not kwargs and same(*args) is None:
                return None
            return deferred.Pattern.__getattr__(pattern, method)(*args, **kwargs)

        return answer
    anywhere, text_at, none = test.search, int(method in ("sub", "subn")), _NONE[method]

    def answer_text(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - as re.Pattern's method
        if not kwargs and anywhere(args[text_at]) is None:
            return none(args[text_at])
        return deferred.Pattern.__getattr__(pattern, method)(*args, **kwargs)

    return answer_text


# what each of the other methods answers for a TEXT where nothing matches
_NONE: dict[str, Callable[[str], Any]] = {
    "finditer": lambda text: iter(()),
    "findall": lambda text: [],
    "sub": lambda text: text,
    "subn": lambda text: (text, 0),
    "split": lambda text: [text],
}
