"""The packaged Word templates of the letters (ledger/docx_templates.py fills them); a package so they install."""
