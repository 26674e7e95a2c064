"""The command-line interface: one module per command, one error boundary in ``app.main``."""
