"""What each staff role may do with questions and published Q&A (collected by
accounts.roles.sync_roles). Only the Q&A roles hold any permission on the private questions, so
only they see an asker's personal data; published Q&A hold none, and editors may improve their
wording like any content."""

from accounts.roles import EDITOR, EDITOR_IN_CHIEF, QA_APPROVER, QA_OFFICER

_EDIT = [
    "qa.add_publishedquestion",
    "qa.change_publishedquestion",
    "qa.view_publishedquestion",
    *(f"qa.{action}_answercitation" for action in ("add", "change", "delete", "view")),
]

_QUESTIONS = [
    "qa.view_question",
    "qa.change_question",
    "qa.view_personal_data",
    "qa.answer_question",
    "qa.add_internalnote",
    "qa.view_internalnote",
    *(f"qa.{action}_questioncitation" for action in ("add", "change", "delete", "view")),
]

GRANTS = {
    # Officers answer questions and write the public answer from one; an approver publishes.
    QA_OFFICER: [*_QUESTIONS, *_EDIT],
    # The approver reads the cited documents and benefits as the officers do.
    QA_APPROVER: [
        *_QUESTIONS,
        *_EDIT,
        "qa.approve_question",
        "qa.publish_publishedquestion",
        "documents.view_legaldocument",
        "policies.view_benefit",
    ],
    EDITOR: _EDIT,
    EDITOR_IN_CHIEF: [
        *_EDIT,
        "qa.publish_publishedquestion",
        "qa.delete_publishedquestion",
    ],
}
