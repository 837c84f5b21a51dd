"""The live phone form: an aiohttp server inside the TUI's event loop, plus simulated phones."""

from __future__ import annotations

from .address import lan_address
from .server import LiveServer

__all__ = ["LiveServer", "lan_address"]
