"""Command line and settings that wire the rooms together."""
