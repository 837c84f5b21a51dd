"""The supervisor's Textual app: screens per agenda step, widgets, one stylesheet."""
