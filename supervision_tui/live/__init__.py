"""The live phone form: an aiohttp server inside the TUI's event loop, plus simulated phones."""

from __future__ import annotations

from .server import LiveServer, lan_address

__all__ = ["LiveServer", "lan_address"]
