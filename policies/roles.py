"""What each staff role may do with policies and their files, recordings and change notes
(collected by accounts.roles.sync_roles)."""

from accounts.roles import EDITOR, EDITOR_IN_CHIEF, QA_OFFICER

_EDIT = [
    "policies.add_policy",
    "policies.change_policy",
    "policies.view_policy",
    *(
        f"policies.{action}_{model}"
        for model in ("policyattachment", "policyaudio", "policyupdate")
        for action in ("add", "change", "delete", "view")
    ),
    "policies.add_benefit",
    "policies.change_benefit",
    "policies.view_benefit",
    *(
        f"policies.{action}_{model}"
        for model in ("benefitamount", "legalbasis", "benefitaudio")
        for action in ("add", "change", "delete", "view")
    ),
]

GRANTS = {
    EDITOR: _EDIT,
    # Only the editor-in-chief publishes (see PublishingAdmin) and deletes.
    EDITOR_IN_CHIEF: [
        *_EDIT,
        "policies.publish_policy",
        "policies.delete_policy",
        "policies.publish_benefit",
        "policies.delete_benefit",
    ],
    QA_OFFICER: ["policies.view_policy", "policies.view_benefit"],
}
