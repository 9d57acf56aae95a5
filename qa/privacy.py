"""The privacy notice of the question form: its version is stored with every consent, so a
change of the notice's text (qa/templates/qa/privacy.html) must come with a new version."""

from datetime import date

NOTICE_VERSION = "2026-11-25"
NOTICE_DATE = date(2026, 11, 25)
# Days within which a request from the asker (Law 91/2025/QH15, Decree 356/2025/NĐ-CP) is
# answered: 2 working days.
REQUEST_WORKING_DAYS = 2
