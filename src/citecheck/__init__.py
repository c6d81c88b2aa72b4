"""citecheck: audit the claims and citations of health and science articles."""

__version__ = "0.1.0"
