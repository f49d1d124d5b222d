"""Document text made safe for a terminal: control characters shown, never obeyed.

A document can hold escape sequences (colours, a new window title, a cleared screen) or
right-to-left overrides that reorder what is shown; in a table they would act on the reader's
terminal. Each becomes a visible stand-in instead: ESC is "␛", other controls "�".
"""

from __future__ import annotations

import re

# C0 controls but the line feed (tables join lines with it), DEL, C1 controls, and the
# bidirectional embeddings, overrides and isolates
_CONTROL_RE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SHOWN = {"\x1b": "␛", "\t": " "}


def printable(text: str) -> str:
    """TEXT with every terminal control character replaced by a visible stand-in."""
    return _CONTROL_RE.sub(lambda m: _SHOWN.get(m.group(), "\ufffd"), text)
