"""A list of inverted names with initials, its names parted by commas alone.

Mathematics', physics' and the sciences' reference styles (Springer's basic style, AMS, many
journals' house styles) print every author family-first with initials and close the list with
a colon or the last initial's full stop, often with no "and":

    Aizenman, M., Nachtergaele, B.: Geometric aspects of quantum spin states. Comm. Math. Phys.
    Alvarez-Gaumé, L. & Witten, E. Gravitational anomalies. Nucl. Phys. B 234, …
    Jordan, S. L., Indares, A., Dunning, G., Partial melting of metapelites, …

A comma after a name may as well open the title ("Smith, J., Title"), so the list is taken
only when two names of this shape follow each other: "Family," and its initials, twice.
"""

from __future__ import annotations

from citekit.parse.names import INITIALS_TOKEN_RE, JOINERS

MAX_INITIALS = 3  # "R. E.", "J. M. R."
LIST_JOINERS = frozenset({"and", "&"})


def initials_inverted(tokens: list[str]) -> int:
    """How many TOKENS open the citation as two or more "Family, I.," names; 0 when fewer."""
    taken = pairs = 0
    while True:
        size, closed = _pair(tokens[taken:])
        if not size:
            break
        taken, pairs = taken + size, pairs + 1
        if closed:
            break  # "B.:", "E. Gravitational": the list has ended
        if taken < len(tokens) - 1 and tokens[taken].casefold() in LIST_JOINERS:
            if not _pair(tokens[taken + 1 :])[0]:
                break  # "…, and Lauren Benton": a name in direct order, not read here
            taken += 1  # "Rhodes, M., Steinmeyer, G. & Trebino, R."
    if pairs == 1 and _title_follows(tokens, taken):
        return taken  # "Palmatary, H. C. The Pottery …": ISO 690's names in ordinary case
    return taken if pairs >= 2 else 0


def _title_follows(tokens: list[str], taken: int) -> bool:
    """Does a title open after one "Family, I." name closed by its initial's full stop? A word
    of two letters or more, capitalised, then a word not closed by a stop ("H. C. The Pottery",
    not "Müller, S. 12" nor "Paris, P. Éd. 2")."""
    after = tokens[taken : taken + 2]
    return (
        tokens[taken - 1].endswith(".")
        and len(after) == 2
        and after[0][:1].isupper()
        and after[0].isalpha()
        and len(after[0]) > 1
        and not after[1].endswith(".")
    )


def _pair(tokens: list[str]) -> tuple[int, bool]:
    """The tokens of one "Family, I. I.," at the start of TOKENS (0 when there is none) and
    whether its last initial closes the list (a colon, or a full stop and no joiner after)."""
    if len(tokens) < 2 or not tokens[0].endswith(",") or not _family(tokens[0][:-1]):
        return 0, False
    for count, token in enumerate(tokens[1 : 1 + MAX_INITIALS], start=2):
        if not INITIALS_TOKEN_RE.fullmatch(token.rstrip(",:")):
            return 0, False
        if token.endswith((",", ":")):
            return count, token.endswith(":")
        following = tokens[count] if count < len(tokens) else ""
        if following.casefold() in LIST_JOINERS:
            return count, False
        if not INITIALS_TOKEN_RE.fullmatch(following.rstrip(",:")):
            return count, True  # "Witten, E. Gravitational …"
    return 0, False


def _family(word: str) -> bool:
    """ "Aizenman", "Alvarez-Gaumé", "O'Neil": one capitalised word of letters."""
    return (
        len(word) > 1
        and word[0].isupper()
        and word.casefold() not in JOINERS
        and all(c.isalpha() or c in "-'’" for c in word)
    )
