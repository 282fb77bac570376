"""Sheet and column names of the workbook format (CONTRACT.md, "Workbook format")."""

from __future__ import annotations

PARTNERS = "Partners"
CRITERIA = "Criteria"
SCENARIOS = "Scenarios"
EVIDENCE = "Evidence"
VALUE_FUNCTIONS = "Value functions"  # WSM's piecewise-linear value functions (issue 14)
STUDY_SETTINGS = "Study settings"  # criteria.study_settings: minimum-level setting, VIKOR's v
OUR_SHEETS = (PARTNERS, CRITERIA, SCENARIOS, EVIDENCE, VALUE_FUNCTIONS, STUDY_SETTINGS)

PARTNER = "Partner"
CRITERION = "Criterion"
DIRECTION = "Direction"
WEIGHT = "Weight"
DESCRIPTION = "Description"
MIN = "Min"
MAX = "Max"
UNIT = "Unit"
SCENARIO = "Scenario"
SETTING = "Setting"

CRITERIA_REQUIRED = (CRITERION, DIRECTION, WEIGHT)
CRITERIA_COLUMNS = (CRITERION, DIRECTION, WEIGHT, DESCRIPTION, MIN, MAX, UNIT)

RANKING = "Ranking"
SETTINGS = "Settings"

# The optional Evidence sheet (issue 13): one row per (Partner, Criterion) cell.
SOURCE = "Source"
DATE = "Date"
CONFIDENCE = "Confidence"
LOW = "Low"
HIGH = "High"
NOTE = "Note"
EVIDENCE_REQUIRED = (PARTNER, CRITERION)
EVIDENCE_COLUMNS = (PARTNER, CRITERION, SOURCE, DATE, CONFIDENCE, LOW, HIGH, NOTE)
# The optional Evidence settings sheet: the study's confidence widths and evidence age.
EVIDENCE_SETTINGS = "Evidence settings"
OUR_SHEETS += (EVIDENCE_SETTINGS,)

# Optional Criteria columns for minimum acceptable levels (issue 14, criteria.levels): values
# below ``Minimum`` or above ``Maximum`` fail. Written only when a criterion has one.
MINIMUM = "Minimum"
MAXIMUM = "Maximum"
LEVEL_COLUMNS = (MINIMUM, MAXIMUM)

# The optional Value functions sheet: one row per point of a criterion's function.
VALUE = "Value"
SCORE = "Score"
VALUE_FUNCTION_COLUMNS = (CRITERION, VALUE, SCORE)
SETTING_COLUMNS = (SETTING, VALUE)  # the Study settings and Evidence settings sheets
