"""Tests of planner.storage."""
