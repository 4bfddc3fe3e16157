"""Tests of planner.services."""
