"""Entry point of both bundled executables: the `partner-scout` command line.

`Partner Scout` (windowed) and `partner-scout-cli` (console) run the same code; with no
arguments it opens the app on the bundled sample, `open FILE.xlsx` on a workbook.
"""

import sys

from desktop.cli import main

sys.exit(main())
