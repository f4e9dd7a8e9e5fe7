## status: needs-review
## people: its messages move here as its pages are converted (issue 14).
