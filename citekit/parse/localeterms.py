"""The CSL locales' terms (lexicons/locale_terms.txt) in the shapes the parser's patterns take.

The locales give every form of a term; a pattern that looks for a word before a number or a
name takes only the forms that cannot be a word of the note's prose: an abbreviation of two
letters or more closed by its full stop ("szerk.", "roč.", "wyd."), or a phrase ("a cura
di", "onder redactie van"). A label two kinds share ("t.": a page in Estonian, a tome in
French; "p.": a page, and a Finnish edition) is left to neither.
"""

from __future__ import annotations

from citekit import lexicons


def _abbreviations(*kinds: str) -> frozenset[str]:
    """KINDS' terms that are a word cut short: "Bd.", "köt.", "стр."; not "p", "t.", "b."."""
    terms = lexicons.locale_terms(*kinds)
    return frozenset(
        t for t in terms if t[0].isalpha() and t.endswith(".") and sum(c.isalpha() for c in t) >= 2
    )


def _phrases_or_abbreviations(*kinds: str) -> tuple[str, ...]:
    """KINDS' terms that stand alone before names: a phrase or an abbreviation ("a c. di",
    "szerk.", "под редакцией"); not a bare word ("editör") nor a Basque suffix ("-(e)k itzulia")."""
    terms = lexicons.locale_terms(*kinds)
    return tuple(t for t in terms if t[0].isalpha() and (" " in t or t.endswith(".")))


def _role_verbs(*roles: str) -> tuple[str, ...]:
    forms = ("verb", "verb-short")
    return _phrases_or_abbreviations(*(f"{role}/{form}" for role in roles for form in forms))


_PAGES = _abbreviations("page/short", "folio/short")
_VOLUMES = _abbreviations("volume/short")
_ISSUES = _abbreviations("issue/short", "number/short")
_EDITIONS = _abbreviations("edition/short")
_CHAPTERS = _abbreviations("chapter/short")
_SHARED = (_PAGES | _ISSUES) & (_VOLUMES | _EDITIONS) | (_PAGES & _ISSUES) | (_VOLUMES & _EDITIONS)

# "edited by" and "translated by": "a cura di", "hrsg. von", "szerk.", "přel.", "traduit par"
# and the phrases they lack (lexicons/editor_verbs.txt), a phrase also as a sentence opens it,
# capitalised: ABNT "Organização de Walnice Nogueira Galvão."
_MORE_EDITOR_VERBS = sorted(lexicons.words("editor_verbs"))
EDITOR_VERBS = (
    *_role_verbs("editor", "collection-editor"),
    *_MORE_EDITOR_VERBS,
    *(t[0].upper() + t[1:] for t in _MORE_EDITOR_VERBS if " " in t),
)
# the phrases only: a bare "red." or "szerk." before a list of names is read where the list is
# ("red. J. Bachórz, A. Kowalczykowa": parse.segments), not by a pattern that stops at its comma
EDITOR_VERB_PHRASES = tuple(t for t in EDITOR_VERBS if " " in t)
TRANSLATOR_VERBS = _role_verbs("translator")
# an editor's mark after the names: "(szerk.)", "(toim.)", "(ur.)", "(red.)"
EDITOR_ABBREVIATIONS = tuple(sorted(_abbreviations("editor/short", "collection-editor/short")))
# the editor marks the parser reads: lexicons/editor_marks.txt and the locales' (lower case)
EDITOR_MARKS = lexicons.words("editor_marks") | {t.lower() for t in EDITOR_ABBREVIATIONS}
# the same marks as a regex group, their full stops left to the pattern: "eds", "hg", "ред"
EDITOR_MARK_WORDS = lexicons.alternation({m.rstrip(".") for m in EDITOR_MARKS})
# labels of a page, a volume, an issue, an edition: "стр.", "lpp."; "roč.", "köt."; "č.",
# "núm."; "vyd.", "uppl."
PAGE_LABELS = tuple(sorted(_PAGES - _SHARED))
VOLUME_LABELS = tuple(sorted(_VOLUMES - _SHARED))
ISSUE_LABELS = tuple(sorted(_ISSUES - _SHARED))
EDITION_LABELS = tuple(sorted(_EDITIONS - _SHARED))
# a chapter's label in the locales' short forms: "kap.", "Kap.", "rozdz.", "hfst.", "böl.", "гл."
# (a short form's pinpoint: "Bauer 1989, kap. 9"); none a page, volume, issue or edition label
CHAPTER_LABELS = tuple(sorted(_CHAPTERS - _PAGES - _VOLUMES - _ISSUES - _EDITIONS))
# the edition spelled out ("Auflage", "wydanie", "издание"), after its number
EDITION_WORDS = tuple(t for t in lexicons.locale_terms("edition") if " " not in t)
# what follows an edition's number: "2nd", "2.ª", "2ᵉ", "2:a", "2-е" (not a Latin letter alone,
# "2a", nor a figure)
ORDINAL_SUFFIXES = tuple(
    t
    for t in lexicons.locale_terms("ordinal")
    if not t.isdigit() and not (len(t) == 1 and t.isascii())
)
# "no date", "no place", "no publisher": "n.d.", "s. d.", "o. J.", "b.r.", "s.l.", "s.n."
NO_DATE = tuple(sorted(_abbreviations("no-date")))
NO_IMPRINT = tuple(lexicons.locale_terms("no-date", "no-place", "no-publisher"))
# the two words that cut a list of names short: "és mtsai.", "i sur.", "и съавт."
ET_AL = tuple(t for t in lexicons.locale_terms("et-al") if len(t.split()) == 2 and "/" not in t)
# the one abbreviated word that does so: Turkish "vd.", Swedish "m.fl.", Indonesian "dkk."
ET_AL_ONE_WORD = tuple(
    t for t in lexicons.locale_terms("et-al") if len(t.split()) == 1 and t.endswith(".")
)
