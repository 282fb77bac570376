"""Models of the Partner Scout window."""
