"""One screen per agenda step kind, plus start, summary and dialogs."""
