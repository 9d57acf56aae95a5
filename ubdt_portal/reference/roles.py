"""What each staff role may do with reference data (collected by accounts.roles.sync_roles):
everyone reads it, the system administrator keeps it and the site settings; editors import
the commune region lists."""

from accounts.roles import EDITOR, EDITOR_IN_CHIEF, QA_OFFICER, SYSTEM_ADMIN

_MODELS = (
    "ethnicgroup",
    "province",
    "formerprovince",
    "topic",
    "communeregion",
    "lifesituation",
    "commune",
)
_LISTS = ("regionlist", "communeclassification")
_VIEW = [f"reference.view_{model}" for model in (*_MODELS, *_LISTS)]
# Importing a region list adds or replaces the list and its classifications.
_IMPORT = ["reference.add_regionlist", "reference.change_regionlist"]

GRANTS = {
    EDITOR: [*_VIEW, *_IMPORT],
    EDITOR_IN_CHIEF: [*_VIEW, *_IMPORT, "reference.delete_regionlist"],
    QA_OFFICER: _VIEW,
    SYSTEM_ADMIN: [
        *(f"reference.{action}_{model}" for model in _MODELS for action in ("add", "change")),
        *_VIEW,
        *_IMPORT,
        "reference.delete_regionlist",
        "reference.view_sitesettings",
        "reference.change_sitesettings",
    ],
}
