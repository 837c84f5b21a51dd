"""supervision-tui: live group supervision for volunteer programmes, offline and privacy-first."""

__version__ = "0.1.0"
