"""`python -m citekit` runs the command line."""

from citekit.cli import main

main()
