"""The review web app: queue, review pages, case pages, due lists, dashboard, JSON API, sign-in and roles."""
