#!/bin/sh
# Regenerates db/versions/0001_first_schema.py from the model. Only for use before the first
# release: a migration that users may have run is frozen and never regenerated.
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
mv db/versions/0002_default_catalogue.py "$tmp/"
rm -f db/versions/0001_first_schema.py
.venv/bin/python - "$tmp/gen.sqlite3" <<'PY'
import sys
from alembic import command
from planner.storage.database import alembic_config
cfg = alembic_config("sqlite:///" + sys.argv[1])
command.revision(cfg, message="first schema", autogenerate=True, rev_id="0001_first_schema")
PY
mv db/versions/0001_first_schema_first_schema.py db/versions/0001_first_schema.py
mv "$tmp/0002_default_catalogue.py" db/versions/
sed -i -E 's/planner\.storage\.types\.EnumText\(length=40\)/sa.String(length=40)/g; s/planner\.storage\.types\.Money\(\)/sa.BigInteger()/g; s/planner\.storage\.types\.UTCDateTime\(timezone=True\)/sa.DateTime(timezone=True)/g; /### (commands auto generated|end Alembic commands)/d' db/versions/0001_first_schema.py
sed -i "1s/.*/\"\"\"The planner's first schema: every table of the foundation (issue 2)./" db/versions/0001_first_schema.py
.venv/bin/ruff format -q db && .venv/bin/ruff check --fix -q db
rm -rf "$tmp"
