"""Lists of inverted names in capitals that ABNT notes join with semicolons.

"MARQUES, M. P. ; LANZELOTTE, R. G., Banco de dados …", "RIBARD, Dinah ; CAREL, Marion,
Testemunhar em poesia …": in Markdown the title's emphasis shows where the names stop; in
plain text each name is read on its own and the list goes on while a semicolon joins the
next "FAMILY, Given" to it.
"""

from __future__ import annotations

from collections.abc import Callable

NAME_WINDOW = 6  # tokens one name is read from: "FAMILY, Given Given Given," and one more


def semicolon_list(tokens: list[str], one_name: Callable[[list[str]], int]) -> int:
    """How many TOKENS the names (each read by ONE_NAME from the words that open a list) and
    the semicolons between them take. A loop over windows: a long list neither recurses nor
    is copied."""
    taken = one_name(tokens)
    while 1 < taken < len(tokens):
        if tokens[taken] == ";":
            at = taken + 1  # "MARQUES, M. P. ; LANZELOTTE"
        elif tokens[taken - 1].endswith(";"):
            at = taken  # "RIBARD, Dinah; CAREL"
        else:
            break
        more = one_name(tokens[at : at + NAME_WINDOW])
        if more < 2:
            break  # a family name alone may be a title's first word in capitals
        taken = at + more
    return taken
