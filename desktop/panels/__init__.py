"""Panels of the Partner Scout window."""
