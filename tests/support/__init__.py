"""Helpers shared by the test modules (paths, seed articles)."""
