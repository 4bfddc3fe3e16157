"""Tests of planner.domain."""
