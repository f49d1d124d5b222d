"""JSON output: the same data back, outer levels indented, deeper items one to a line."""

from __future__ import annotations

import io
import json

from hypothesis import given
from hypothesis import strategies as st

from citekit.render import dump_json

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(JSON_VALUES)
def test_dump_json_round_trips(data: object) -> None:
    out = io.StringIO()
    dump_json(data, out)
    assert json.loads(out.getvalue()) == data


def test_each_note_on_one_line() -> None:
    out = io.StringIO()
    dump_json({"notes": [{"number": 1, "citations": [{"kind": "ibid"}]}], "diagnostics": []}, out)
    assert out.getvalue().splitlines() == [
        "{",
        '  "notes": [',
        '    {"number": 1, "citations": [{"kind": "ibid"}]}',
        "  ],",
        '  "diagnostics": []',
        "}",
    ]
