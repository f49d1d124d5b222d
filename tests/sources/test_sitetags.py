"""Site generators' tags in Markdown notes: the words the published page shows for them."""

from __future__ import annotations

import json
from pathlib import Path

from citekit.model import Code
from citekit.sources import md, sitetags


def _notes(tmp_path: Path, text: str) -> tuple[dict[int, str], list]:
    path = tmp_path / "essay.md"
    path.write_text(text, encoding="utf-8")
    document = md.read(path)
    return {f.number: f.text for f in document.footnotes}, list(document.diagnostics)


def test_quire_q_cite_is_its_short_form_and_page(tmp_path: Path) -> None:
    notes, problems = _notes(
        tmp_path,
        'A.[^1]\n\n[^1]: {{< q-cite "Hartley 1998" "12–14" >}}; {{< q-cite "Ohmann 2001" >}}.\n',
    )
    assert notes[1] == "Hartley 1998, 12–14; Ohmann 2001."
    assert problems == []


def test_hugo_cite_is_the_key_as_name_and_year(tmp_path: Path) -> None:
    text = (
        "A.[^1] B.[^2]\n\n"
        '[^1]: Comme le montre Lefort {{< cite "-Lefort1987" 212 >}}, '
        'puis {{< cite "Dumas2011" >}}.\n\n'
        '[^2]: Voir {{< cite "Ravel1990;OrsiniBayle2003_essai" "5;17-19" >}} '
        'et {{< cite "Sources" >}}.\n'
    )
    notes, problems = _notes(tmp_path, text)
    assert notes[1] == "Comme le montre Lefort (1987, 212), puis (Dumas 2011)."
    assert notes[2] == "Voir (Ravel 1990, 5; OrsiniBayle 2003, 17-19) et (Sources)."
    assert problems == []


def test_jekyll_scholar_cite_keeps_its_keys_and_locator(tmp_path: Path) -> None:
    notes, _ = _notes(
        tmp_path, "A.[^1]\n\n[^1]: See {% cite morel2004 --locator 23 %} and {% cite a1 b2 %}.\n"
    )
    assert notes[1] == "See (morel2004, 23) and (a1; b2)."


def test_tags_that_set_no_words_leave_nothing_and_are_not_reported(tmp_path: Path) -> None:
    text = (
        'A.[^1] {{< figure src="x.png" >}}\n\n'
        "[^1]: Berg, *Title* {% include figure.html src='y.png' %}{{% /notation %}}, 4.\n"
    )
    notes, problems = _notes(tmp_path, text)
    assert notes[1] == "Berg, *Title* , 4."
    assert problems == []


def test_a_tag_no_rule_renders_is_reported_in_its_note_only(tmp_path: Path) -> None:
    text = (
        "A.[^1] {{ page.date }} B.[^2]\n\n"
        "[^1]: Berg, *Title*, 4.\n\n"
        "[^2]: Ames, {{< meta citation.container-title >}}, 9.\n"
    )
    notes, problems = _notes(tmp_path, text)
    assert notes[2] == "Ames, , 9."
    assert [(p.code, p.note) for p in problems] == [(Code.UNRENDERED_MARKUP, 2)]
    assert "meta citation.container-title" in problems[0].message


def test_a_tag_over_several_lines_keeps_the_lines_after_it() -> None:
    rendered = sitetags.render('x {{< q-figure\n  id="1.2" >}} y\n{% z %}\nw')
    assert rendered.text == "x \n y\n\nw"
    assert rendered.unrendered == [(3, "{% z %}")]


def test_a_variable_in_a_link_address_is_not_reported() -> None:
    rendered = sitetags.render("[post]({{ site.baseurl }}/post) and {{ page.title }}")
    assert rendered.text == "[post](/post) and "
    assert rendered.unrendered == [(1, "{{ page.title }}")]


def test_quire_eleventy_cite_is_its_short_form_pages_or_text(tmp_path: Path) -> None:
    text = (
        "A.[^1]\n\n[^1]: Cited by {% cite 'Lanza 2004' '64, 70n6' %}; see "
        '{% cite "Orsi et al. 2015" %} and {% cite "Orsi 1999" "" "1999" %}.\n'
    )
    notes, _ = _notes(tmp_path, text)
    assert notes[1] == "Cited by Lanza 2004, 64, 70n6; see Orsi et al. 2015 and 1999."


def test_hugo_cite_takes_names_and_year_from_the_bundles_bibliography(tmp_path: Path) -> None:
    """hugo-cite prints a key from the page bundle's CSL-JSON: names and year, not the key."""
    entries = [
        {"id": "Lb2015", "author": [{"family": "Pety"}], "issued": {"date-parts": [["2015", 3]]}},
        {
            "id": "trio",
            "editor": [{"family": "Abel"}, {"family": "Bohr"}, {"family": "Cole"}],
            "issued": {"date-parts": [[1999]]},
        },
    ]
    (tmp_path / "bib.json").write_text(json.dumps(entries), encoding="utf-8")
    notes, _ = _notes(
        tmp_path,
        'A.[^1]\n\n[^1]: Voir {{< cite "Lb2015" 4 >}}, {{< cite "-trio" >}} '
        'et {{< cite "Unlisted2001" >}}.\n',
    )
    assert notes[1] == "Voir (Pety 2015, 4), (1999) et (Unlisted 2001)."


def test_an_unreadable_bundle_bibliography_leaves_the_keys(tmp_path: Path) -> None:
    (tmp_path / "bib.json").write_text("{not json", encoding="utf-8")
    notes, _ = _notes(tmp_path, 'A.[^1]\n\n[^1]: {{< cite "Dumas2011" >}}.\n')
    assert notes[1] == "(Dumas 2011)."
