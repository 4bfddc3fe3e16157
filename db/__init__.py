"""The planner's Alembic migration environment, installed as ``planner.migrations``."""
