"""A number given twice: "World Architecture, No. 83, 2000, 34-37" read with volume 83 and
number 83, where the text prints 83 once. A reader that finds the issue's number may also
take it for the volume (the labeller, reading the number's label); one printed number is one
field, the one its mark names ("No.", "n°")."""

from __future__ import annotations

import re

from citekit.parse.elements import Parsed


def number_echo(parsed: Parsed, text: str) -> Parsed:
    """PARSED without a volume that repeats its number, where TEXT prints that number once."""
    volume = parsed.fields.get("volume")
    if not volume or volume != parsed.fields.get("number"):
        return parsed  # the cheap test: volume and number differ in most entries
    if len(re.findall(rf"(?<!\w){re.escape(volume)}(?!\w)", text)) > 1:
        return parsed  # "Vol. 3, No. 3": both printed
    fields = {k: v for k, v in parsed.fields.items() if k != "volume"}
    return Parsed(parsed.entry_type, fields, parsed.locator)
