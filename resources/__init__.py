"""Source assets (icons, fonts, translations), installed as ``planner.resources``."""
