"""The services check-links asks by default; options and CITEKIT_* variables override them."""

DOI_API = "https://doi.org"  # handle API: {DOI_API}/api/handles/{doi}
CROSSREF_API = "https://api.crossref.org"  # {CROSSREF_API}/works/{doi}
WAYBACK_API = "https://archive.org"  # {WAYBACK_API}/wayback/available?url=...&timestamp=...
