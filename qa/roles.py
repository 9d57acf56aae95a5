"""What each staff role may do with questions (collected by accounts.roles.sync_roles). Only
the Q&A roles hold any permission on questions, so only they see an asker's personal data."""

from accounts.roles import QA_APPROVER, QA_OFFICER

_OFFICER = [
    "qa.view_question",
    "qa.change_question",
    "qa.view_personal_data",
    "qa.answer_question",
    "qa.add_internalnote",
    "qa.view_internalnote",
    *(f"qa.{action}_questioncitation" for action in ("add", "change", "delete", "view")),
]

GRANTS = {
    QA_OFFICER: _OFFICER,
    # The approver reads the cited documents and benefits as the officers do.
    QA_APPROVER: [
        *_OFFICER,
        "qa.approve_question",
        "documents.view_legaldocument",
        "policies.view_benefit",
    ],
}
