"""Decision model: criteria, partners, values, weights, scenarios, missing values, AHP.

Pure Python + numpy; never imports Qt or matplotlib.
"""
