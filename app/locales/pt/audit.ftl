## status: needs-review
## audit: its messages move here as its pages are converted (issue 14).
