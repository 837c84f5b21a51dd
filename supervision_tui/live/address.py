"""Where phones reach the form: the port it listens on, this machine's LAN address, and its URL form."""

from __future__ import annotations

import socket

from aiohttp import web


def lan_address() -> str | None:
    """This machine's LAN address, or None without a network.

    A UDP `connect` only asks the kernel for a route; no packet is sent.
    """
    for probe in ("10.254.254.254", "192.168.254.254", "172.31.254.254"):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            try:
                sock.connect((probe, 9))
                address = str(sock.getsockname()[0])  # (host, port) for AF_INET
            except OSError:
                continue
        if address and not address.startswith(("127.", "0.")):
            return address
    return None


def url_host(host: str) -> str:
    """`host` as it stands in a URL: an IPv6 address in brackets."""
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


async def listen(runner: web.AppRunner, host: str, port: int, backlog: int) -> int:
    """Listen on `port`, else on the next free of the 20 after it, else on any free one; the port taken.

    Port 0 is any free one. If none can be had, the runner is cleaned up and the last error raised.
    """
    candidates = [port] if port == 0 else [*range(port, min(port + 20, 65536)), 0]
    last: OSError | None = None
    for candidate in candidates:
        site = web.TCPSite(runner, host, candidate, backlog=backlog)
        try:
            await site.start()
        except OSError as exc:
            last = exc
            continue
        return int(runner.addresses[0][1])
    await runner.cleanup()
    raise last or OSError("no port")
