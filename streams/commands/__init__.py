"""One module a subcommand; each defines `add_parser(subparsers)` and sets `run=` on its parser.

Modules import their heavy dependencies inside `run`, so that `dealstream --help` stays fast.
"""
