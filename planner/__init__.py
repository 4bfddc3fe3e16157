"""Delegation planner: delegations, visit programmes, people, partners, gifts and checklists for
the protocol officer of a city council's international cooperation department."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("delegation-planner")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
