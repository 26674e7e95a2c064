"""CLI, batch, report, config, check and plugin tests (issue 8)."""
