"""Identifiers in .bib fields, reduced to one spelling each: DOI, PMID, ISBN-13."""

from __future__ import annotations

import re
from urllib.parse import unquote

DOI_RE = re.compile(r"10\.\d{4,9}/[^\s\"<>{}]+")
DOI_PREFIX_RE = re.compile(r"^(?:https?://)?(?:dx\.)?doi\.org/|^doi:\s*", re.I)
PMID_RE = re.compile(
    r"(?:pubmed(?:\.ncbi\.nlm\.nih\.gov)?/|pmid[:\s]*)(\d{1,9})\b|^\s*(\d{1,9})\s*$", re.I
)
ISBN_RE = re.compile(r"(?:97[89][\s-]?)?(?:\d[\s-]?){9}[\dXx]")


def normal_doi(value: str) -> str:
    """'https://doi.org/10.1000/ABC' -> '10.1000/abc'; '' when VALUE holds no DOI."""
    match = DOI_RE.search(DOI_PREFIX_RE.sub("", unquote(value.strip())))
    return match.group().rstrip(".,;").lower() if match else ""


def normal_pmid(value: str) -> str:
    """'PMID: 12345', 'https://pubmed.ncbi.nlm.nih.gov/12345/' -> '12345'."""
    match = PMID_RE.search(value)
    return (match.group(1) or match.group(2)).lstrip("0") if match else ""


def normal_isbns(value: str) -> frozenset[str]:
    """Every valid ISBN in VALUE as ISBN-13: '0-19-852663-6' -> '9780198526636'."""
    found = set()
    for match in ISBN_RE.finditer(value):
        digits = re.sub(r"[^\dX]", "", match.group().upper())
        if len(digits) == 10 and _isbn10_ok(digits):
            digits = "978" + digits[:9] + _isbn13_check("978" + digits[:9])
        if len(digits) == 13 and _isbn13_check(digits[:12]) == digits[12]:
            found.add(digits)
    return frozenset(found)


def _isbn10_ok(digits: str) -> bool:
    values = [10 if c == "X" else int(c) for c in digits]
    return "X" not in digits[:9] and sum((10 - i) * v for i, v in enumerate(values)) % 11 == 0


def _isbn13_check(first12: str) -> str:
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(first12))
    return str((10 - total % 10) % 10)
