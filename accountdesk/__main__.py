"""`python -m accountdesk` is the `accountdesk` command."""

import sys

from accountdesk.cli import main

sys.exit(main())
