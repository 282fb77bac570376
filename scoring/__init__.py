"""Scoring: methods, ranks, dominance, sensitivity. Pure Python + numpy; never imports Qt.

``rank(state) -> Ranking`` is the entry point; ``METHODS``/``get_method`` the method registry.
"""

from scoring.methods import METHODS, Method, get_method
from scoring.rank import rank, scores_for_weights
from scoring.result import Ranking

__all__ = ["METHODS", "Method", "Ranking", "get_method", "rank", "scores_for_weights"]
