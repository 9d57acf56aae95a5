"""What each staff role may do with reference data (collected by accounts.roles.sync_roles):
everyone reads it, the system administrator keeps it and the site settings."""

from accounts.roles import EDITOR, EDITOR_IN_CHIEF, QA_OFFICER, SYSTEM_ADMIN

_MODELS = ("ethnicgroup", "province", "formerprovince", "topic", "communeregion")
_VIEW = [f"reference.view_{model}" for model in _MODELS]

GRANTS = {
    EDITOR: _VIEW,
    EDITOR_IN_CHIEF: _VIEW,
    QA_OFFICER: _VIEW,
    SYSTEM_ADMIN: [
        *(f"reference.{action}_{model}" for model in _MODELS for action in ("add", "change")),
        *_VIEW,
        "reference.view_sitesettings",
        "reference.change_sitesettings",
    ],
}
