"""`supervision-tui review`: the coordinator's TUI over the stored session files.

A separate app from the supervisor's. It reads only coordinator files (`record.SessionRecord`s,
never `sessions/running/`), and shows every figure through the report's read model and its one
suppression rule (`report.suppression`), rendered from the same `report.document.Report` the
exports are made of: what the TUI shows and what an export holds cannot differ.
"""
