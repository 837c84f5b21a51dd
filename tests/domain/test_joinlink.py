"""The join address as text: one line when it fits, never broken inside the token."""

from __future__ import annotations

from supervision_tui.joinlink import address_lines, short_join_url

URL = "http://192.168.178.23:8765/s/qtu0CCo5NVSgTLz4wFpvJQ"
SHORT = "http://192.168.178.23:8765/j/qtu0CCo5"


def test_short_form_keeps_host_and_port_and_eight_token_characters() -> None:
    assert short_join_url(URL) == SHORT
    assert short_join_url("http://10.0.0.2:8765/s/tok123") is None  # already short: no second form
    assert short_join_url(None) is None
    assert short_join_url("http://10.0.0.2:8765/other/qtu0CCo5NVSgTLz4wFpvJQ") is None


def test_address_lines_prefer_one_line_then_the_short_form_then_a_break_before_the_path() -> None:
    assert address_lines(URL, SHORT, 80) == [URL]
    assert address_lines(URL, SHORT, len(URL)) == [URL]
    assert address_lines(URL, SHORT, 38) == [SHORT]
    assert address_lines(URL, SHORT, 35) == ["http://192.168.178.23:8765", "/s/qtu0CCo5NVSgTLz4wFpvJQ"]
    assert address_lines(URL, None, 38) == ["http://192.168.178.23:8765", "/s/qtu0CCo5NVSgTLz4wFpvJQ"]
    assert address_lines(URL, SHORT, 20) == [URL]  # nothing fits: whole, cut by the window's edge


def test_the_token_is_never_split() -> None:
    for width in range(1, 90):
        lines = address_lines(URL, SHORT, width)
        assert any("qtu0CCo5NVSgTLz4wFpvJQ" in line or line.endswith("/j/qtu0CCo5") for line in lines), width
