## status: needs-review
## catalogue: its messages move here as its pages are converted (issue 14).
