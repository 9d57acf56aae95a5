from ubdt_portal.formats.portal import *  # noqa: F403
