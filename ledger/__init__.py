"""The case ledger: cases, timeline events, the deadline rule table, the legal calendar, supervision grounds."""
