"""Date and number formats, the same dd/mm/yyyy in every portal language.

Django looks for `<FORMAT_MODULE_PATH>.<language>.formats`; each language package re-exports
the one definition in `portal.py`.
"""
