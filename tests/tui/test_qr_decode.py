"""The join QR code must scan: screenshot → PNG → zxing-cpp, strict (no inverted codes)."""

from __future__ import annotations

import io

import cairosvg
import pytest
import zxingcpp
from PIL import Image

from supervision_tui.tui.widgets import QRCode
from supervision_tui.tui.widgets.qr import QUIET_ZONE, qr_matrix

from .conftest import JOIN_URL


def decode(svg: str) -> list[str]:
    png = cairosvg.svg2png(bytestring=svg.encode())
    image = Image.open(io.BytesIO(png))
    return [barcode.text for barcode in zxingcpp.read_barcodes(image, try_invert=False)]


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (160, 45)])
async def test_join_screen_qr_decodes(make_app, size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        qr = app.screen.query_one(QRCode)
        assert app.screen.region.contains_region(qr.region)  # never clipped
        assert decode(app.export_screenshot()) == [JOIN_URL]


async def test_double_width_on_large_terminals(make_app, tmp_path) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        qr = app.screen.query_one(QRCode)
        assert qr.double
        assert qr.region.width == 2 * qr.modules and qr.region.height == qr.modules
    # A second app in the same directory would (rightly) offer to resume the first session.
    app = make_app(sessions_dir=tmp_path / "second")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        qr = app.screen.query_one(QRCode)
        assert not qr.double
        assert qr.region.height == (qr.modules + 1) // 2


async def test_qr_modal_decodes_at_80x24(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("pagedown", "c")
        await pilot.pause()
        assert decode(app.export_screenshot()) == [JOIN_URL]


async def test_qr_ignores_the_theme(make_app) -> None:
    """Light and dark themes alike: the code stays black on white."""
    app = make_app(theme="dunkel")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert decode(app.export_screenshot()) == [JOIN_URL]
        await pilot.press("d")
        await pilot.pause()
        assert decode(app.export_screenshot()) == [JOIN_URL]


def test_matrix_has_a_four_module_quiet_zone() -> None:
    matrix = qr_matrix(JOIN_URL)
    size = len(matrix)
    for i in range(QUIET_ZONE):
        assert not any(matrix[i]) and not any(matrix[size - 1 - i])
        assert not any(row[i] for row in matrix) and not any(row[size - 1 - i] for row in matrix)
    assert matrix[QUIET_ZONE][QUIET_ZONE]  # the finder pattern starts right after it


async def test_a_real_length_join_url_still_fits_80x24(make_app) -> None:
    """The server's tokens are 22 characters: a bigger QR version must still fit and scan."""
    url = "http://192.168.178.23:8765/s/qtu0CCo5NVSgTLz4wFpvJQ"
    app = make_app(public_url="http://192.168.178.23:8765", token="qtu0CCo5NVSgTLz4wFpvJQ")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        qr = app.screen.query_one(QRCode)
        assert qr.data == url
        assert app.screen.region.contains_region(qr.region)
        assert decode(app.export_screenshot()) == [url]
