"""A development corpus generated from real bibliographies and CSL note styles (README.md)."""
