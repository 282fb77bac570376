"""Dialogs of the Partner Scout window."""
