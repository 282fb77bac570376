"""Entry point of both bundled executables: the `partner-scout` command line.

`Partner Scout` (windowed) and `partner-scout-cli` (console) run the same code; with no
arguments it opens the app on the bundled sample, `open FILE.xlsx` on a workbook. A lone .xlsx
argument (a workbook dropped on the executable) opens it too.
"""

import sys

from desktop.cli import main

args = sys.argv[1:]
if len(args) == 1 and args[0].lower().endswith(".xlsx"):
    args = ["open", *args]
sys.exit(main(args))
