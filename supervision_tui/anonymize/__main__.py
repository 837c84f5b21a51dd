"""`python -m supervision_tui.anonymize`: the same as `supervision-tui anonymize`."""

from __future__ import annotations

import sys

from .cli import main

sys.exit(main())
