"""Data files shipped inside the ledger package (a package only so that wheels include them)."""
