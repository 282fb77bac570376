"""Sheet and column names of the workbook format (CONTRACT.md, "Workbook format")."""

from __future__ import annotations

PARTNERS = "Partners"
CRITERIA = "Criteria"
SCENARIOS = "Scenarios"
OUR_SHEETS = (PARTNERS, CRITERIA, SCENARIOS)

PARTNER = "Partner"
CRITERION = "Criterion"
DIRECTION = "Direction"
WEIGHT = "Weight"
DESCRIPTION = "Description"
MIN = "Min"
MAX = "Max"
UNIT = "Unit"
SCENARIO = "Scenario"

CRITERIA_REQUIRED = (CRITERION, DIRECTION, WEIGHT)
CRITERIA_COLUMNS = (CRITERION, DIRECTION, WEIGHT, DESCRIPTION, MIN, MAX, UNIT)

RANKING = "Ranking"
SETTINGS = "Settings"
