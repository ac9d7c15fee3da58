"""File → text with layout → typed fields.  Pure functions: no database, no Prefect."""
