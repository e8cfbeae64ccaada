"""`python -m bot`: see bot/cli.py."""
from .cli import main

raise SystemExit(main())
