"""Run the command-line interface as ``python -m pressconv``."""

from pressconv.cli.app import main

main()
